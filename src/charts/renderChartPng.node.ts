import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables } from 'chart.js';
import type { ChartSpec } from './chartSpec';
import { drawPictureChart, type PictureSize } from './pictureChart';

Chart.register(...registerables);

export type { PictureSize } from './pictureChart';

/**
 * Draws a chart.js configuration (the same one the pane draws) into a PNG, in Node, with
 * @napi-rs/canvas (the browser's twin is renderChartPng.browser.ts).
 */
export async function renderChartPng(config: ChartSpec['config'], size: PictureSize): Promise<Uint8Array> {
  const canvas = createCanvas(size.width, size.height);
  const chart = drawPictureChart(canvas as unknown as HTMLCanvasElement, config, size);
  try {
    const png = await canvas.encode('png');
    return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
  } finally {
    chart.destroy();
  }
}
