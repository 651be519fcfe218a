import type { RawWorkbook, WorkbookPlan } from '../../src/core';

/** A plan as the cells a writer puts down: the header row, then the rows. */
export function planToRawWorkbook(plan: WorkbookPlan): RawWorkbook {
  return {
    date1904: false,
    sheets: plan.sheets.map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows] })),
  };
}
