import { Chart, type Plugin } from 'chart.js';
import type { ChartSpec } from './chartSpec';

export interface PictureSize {
  /** CSS pixels; the picture holds `scale` times as many for sharp printing. */
  readonly width: number;
  readonly height: number;
  readonly scale: number;
}

/** Pictures are printed about a third smaller than drawn: larger type keeps axis labels legible. */
const PICTURE_FONT_SIZE = 13;

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
 * Draws a chart.js configuration (the one the pane draws) as a report picture on `canvas`,
 * the same way in Node and in the browser: fixed size and pixel ratio, no animation, so one
 * frame is drawn at once, on white, with the pictures' larger type. The type size is set
 * only while the chart is built and drawn (synchronously, since animation is off): in the
 * browser the pane's own charts share chart.js's defaults and must keep theirs.
 * The caller gives a canvas of `size` (CSS pixels), encodes it, then destroys the chart.
 */
export function drawPictureChart(
  canvas: HTMLCanvasElement,
  config: ChartSpec['config'],
  size: PictureSize,
): Chart<'bar' | 'line', (number | null)[], string | string[]> {
  const font = Chart.defaults.font;
  const paneSize = font.size;
  font.size = PICTURE_FONT_SIZE;
  try {
    return new Chart(canvas, {
      ...config,
      options: { ...config.options, responsive: false, animation: false, devicePixelRatio: size.scale },
      plugins: [...(config.plugins ?? []), whiteBackground],
    });
  } finally {
    font.size = paneSize;
  }
}
