import type { RawWorkbook } from '../workbook/rawWorkbook';
import type { WorkbookPlan } from './sheetPlan';

/** A plan as the cells a reader would find in the written file: each sheet's header row, then its rows. */
export function planToRawWorkbook(plan: WorkbookPlan): RawWorkbook {
  return {
    date1904: false,
    sheets: plan.sheets.map((sheet) => ({
      name: sheet.name,
      rows: [sheet.columns.map((c) => c.header), ...sheet.rows],
    })),
  };
}
