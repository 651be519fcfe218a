import type { Day, Lang, ReportAudience, ValidatedWorkbook } from '../core';

export interface ReportRequest {
  /** `2025-Q3`. */
  readonly quarter: string;
  readonly lang: Lang;
  readonly audience: ReportAudience;
  /** Today as the door sees it: the running quarter is reported "so far". */
  readonly today: Day;
}

export interface BuiltReport {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

/**
 * What a door hands the Report tab to build the quarterly report (report model + xlsx writer,
 * loaded on demand so exceljs stays out of the first download). `onProgress` takes 0..1 or
 * null; the builder should yield between its steps so the pane keeps painting.
 */
export type ReportBuilder = (
  validated: ValidatedWorkbook,
  request: ReportRequest,
  onProgress: (fraction: number | null) => void,
) => Promise<BuiltReport>;
