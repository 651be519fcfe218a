// Draws the add-in's icons (assets/icon-*.png) with @napi-rs/canvas: a blue tile with three
// rising bars, the monitoring the add-in does. Run once (`node scripts/make-icons.js`) and
// commit the PNGs; the build only copies them. Sizes: 16/32/80 for the ribbon button (Office
// scales them for high-DPI screens), 32 and 64 for IconUrl/HighResolutionIconUrl, 128 for stores,
// 192 and 512 for the web page installed as an app (manifest.*.json); favicon.ico holds 16, 32
// and 48 (PNG images inside an ICO, which every browser since IE Vista-era reads).
const fs = require('node:fs');
const path = require('node:path');
const { createCanvas } = require('@napi-rs/canvas');

const SIZES = [16, 32, 64, 80, 128, 192, 512];
const FAVICON_SIZES = [16, 32, 48];
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

// ICO: a 6-byte header, a 16-byte entry per image, then the images (PNG data, as-is).
function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.png)]);
}
fs.writeFileSync(path.join(out, 'favicon.ico'), ico(FAVICON_SIZES.map((size) => ({ size, png: draw(size) }))));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} and favicon.ico to ${out}`);
