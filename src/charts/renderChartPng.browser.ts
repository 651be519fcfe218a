import { registerChartParts } from './registerChartParts';
import type { ChartSpec } from './chartSpec';
import { drawPictureChart, type PictureSize } from './pictureChart';

registerChartParts();

function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the chart picture could not be encoded'))),
      'image/png',
    );
  });
}

/**
 * Draws a chart.js configuration into a PNG in the browser: the same size, pixel ratio and
 * options as the command line's pictures (renderChartPng.node.ts), on a canvas that is never
 * attached to the page, so nothing flickers and the screen's pixel ratio plays no part.
 */
export async function renderChartPng(config: ChartSpec['config'], size: PictureSize): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const chart = drawPictureChart(canvas, config, size);
  try {
    const blob = await canvasPng(canvas);
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    chart.destroy();
  }
}
