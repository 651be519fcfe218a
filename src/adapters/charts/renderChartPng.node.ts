import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type Plugin } from 'chart.js';
import type { ChartSpec } from './chartSpec';

Chart.register(...registerables);
// Pictures are printed about a third smaller than drawn: larger type keeps axis labels legible.
Chart.defaults.font.size = 13;

export interface PictureSize {
  /** CSS pixels; the picture holds `scale` times as many for sharp printing. */
  readonly width: number;
  readonly height: number;
  readonly scale: number;
}

/** Report pictures sit on white paper; chart.js leaves the canvas transparent. */
const whiteBackground: Plugin = {
  id: 'vpwgWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#FFFFFF';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/**
 * Draws a chart.js configuration (the same one the pane draws) into a PNG, in Node, with
 * @napi-rs/canvas. Animation and responsiveness are turned off: one frame, fixed size.
 */
export async function renderChartPng(config: ChartSpec['config'], size: PictureSize): Promise<Uint8Array> {
  const canvas = createCanvas(size.width, size.height);
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, {
    ...config,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: size.scale },
    plugins: [...(config.plugins ?? []), whiteBackground],
  });
  try {
    const png = await canvas.encode('png');
    return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
  } finally {
    chart.destroy();
  }
}
