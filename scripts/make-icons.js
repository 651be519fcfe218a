// Draws the add-in's icons (assets/icon-*.png) with @napi-rs/canvas: a blue tile with three
// rising bars, the monitoring the add-in does. Run once (`node scripts/make-icons.js`) and
// commit the PNGs; the build only copies them. Sizes: 16/32/80 for the ribbon button (Office
// scales them for high-DPI screens), 32 and 64 for IconUrl/HighResolutionIconUrl, 128 for stores.
const fs = require('node:fs');
const path = require('node:path');
const { createCanvas } = require('@napi-rs/canvas');

const SIZES = [16, 32, 64, 80, 128];
const TILE = '#1F4E79';
const BARS = ['#9DC3E6', '#C9E2F5', '#FFFFFF'];

function roundedRect(ctx, x, y, w, h, r) {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

function draw(size) {
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  roundedRect(ctx, 0, 0, size, size, Math.max(2, size * 0.18));
  ctx.fillStyle = TILE;
  ctx.fill();
  // Three bars on a baseline; whole pixels so the 16 px icon stays crisp.
  const margin = Math.round(size * 0.2);
  const gap = Math.max(1, Math.round(size * 0.06));
  const width = Math.floor((size - 2 * margin - 2 * gap) / 3);
  const base = size - margin;
  const heights = [0.3, 0.5, 0.7].map((f) => Math.max(2, Math.round(size * f)));
  heights.forEach((h, i) => {
    ctx.fillStyle = BARS[i];
    ctx.fillRect(margin + i * (width + gap), base - h, width, h);
  });
  return canvas.toBuffer('image/png');
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), draw(size));
}
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to ${out}`);
