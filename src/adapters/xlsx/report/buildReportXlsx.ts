import type { Lang, ReportModel } from '../../../core';
import type { ChartSpec } from '../../../charts';
import { PICTURE_SIZE, type ReportPicture } from './chartsSheet';
import { reportChartPlans } from './reportChartPlans';
import { createReportText } from './reportText';
import { writeReportXlsx } from './writeReportXlsx';

/** Draws one chart.js configuration as PNG bytes: @napi-rs/canvas in Node, a canvas in the browser. */
export type ChartRenderer = (
  config: ChartSpec['config'],
  size: { readonly width: number; readonly height: number; readonly scale: number },
) => Promise<Uint8Array>;

export interface ReportProgress {
  /** Charts drawn so far, of `total`; then the workbook is written. */
  readonly step: 'charts' | 'workbook';
  readonly done: number;
  readonly total: number;
}

/**
 * Every door's way to the report file: the model's charts drawn by the door's renderer, one
 * after the other (progress after each), then the workbook. The model is built before, by
 * the core's buildReportModel, so all doors write the same figures.
 */
export async function buildReportXlsx(
  model: ReportModel,
  lang: Lang,
  render: ChartRenderer,
  onProgress?: (p: ReportProgress) => void,
): Promise<Uint8Array> {
  const plans = reportChartPlans(model, createReportText(lang));
  const pictures: ReportPicture[] = [];
  for (const plan of plans) {
    onProgress?.({ step: 'charts', done: pictures.length, total: plans.length });
    pictures.push({ ...plan, png: plan.config ? await render(plan.config, PICTURE_SIZE) : null });
  }
  onProgress?.({ step: 'workbook', done: plans.length, total: plans.length });
  return writeReportXlsx(model, lang, pictures);
}
