import { renderChartPng } from '../../charts/renderChartPng.browser';
import { buildReportXlsx, type ChartRenderer } from '../../adapters/xlsx/report/buildReportXlsx';
import { resolvePeriod, type ValidatedWorkbook } from '../../core';
import type { BuiltReport, ReportRequest } from '../../ports';
import { yieldToBrowser } from '../../ui/yieldToBrowser';
import { reportModelFor } from './reportModelFor';

/** `vpwg-report-2025-Q3-donor-fr.xlsx`: what, when, for whom and in which language, at a glance in a Downloads folder. */
export function reportFileName(label: string, request: Pick<ReportRequest, 'audience' | 'lang'>): string {
  return `vpwg-report-${label}-${request.audience}-${request.lang}.xlsx`;
}

/**
 * The report of the Report tab (web page and task pane): the same model as `vpwg report`
 * (reportModelFor, with the tab's today as the as-of and generation day), then the same
 * writer, the charts drawn by the browser's canvas. Progress goes 0 → 1, with a pause for
 * the browser to paint between the steps. Loaded on demand with exceljs (the "xlsx" chunk).
 * It only reads `validated`: the source workbook is never touched.
 */
export async function buildReportFile(
  validated: ValidatedWorkbook,
  request: ReportRequest,
  onProgress: (fraction: number | null) => void,
  render: ChartRenderer = renderChartPng,
): Promise<BuiltReport> {
  const { today } = request;
  const period = resolvePeriod({ kind: 'quarter', quarter: request.quarter }, today);
  if (!period.ok) throw new Error(`not a quarter to report on: ${request.quarter} (${period.error.code})`);
  onProgress(0);
  await yieldToBrowser();
  const model = reportModelFor(validated, period.period, request.audience, today);
  await yieldToBrowser();
  const bytes = await buildReportXlsx(model, request.lang, render, (p) => onProgress((p.done + 1) / (p.total + 2)));
  onProgress(1);
  return { bytes, fileName: reportFileName(period.period.label ?? request.quarter, request) };
}
