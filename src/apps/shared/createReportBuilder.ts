import type { ChartRenderer } from '../../adapters/xlsx/report/buildReportXlsx';
import type { ReportBuilder } from '../../ports';

/**
 * The Report tab's builder for both browser doors (web page, task pane). The report code
 * and exceljs come in one chunk loaded at the first export, so the first download of the
 * page stays small. `render` replaces the browser's canvas in tests.
 */
export function createReportBuilder(render?: ChartRenderer): ReportBuilder {
  return async (validated, request, onProgress) => {
    onProgress(null);
    const door = await import(/* webpackChunkName: "xlsx" */ './buildReportFile');
    return door.buildReportFile(validated, request, onProgress, render);
  };
}
