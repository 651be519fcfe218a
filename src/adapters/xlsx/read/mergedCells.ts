import { refuse } from '../workbookReadError';
import type { SheetRows } from './rowBuilder';
import type { MergedRange } from './sheetScanner';

/** Steps every sheet may spend on its merged ranges, beyond a few per cell it holds. */
const BASE_BUDGET = 10_000_000;

/**
 * Blanks the cells a merged range covers, except its top-left one, as a person sees them (a
 * writer may leave values under a merge). A range is only ever its two corners: the walk stays
 * within the rows and cells the sheet holds, so a range over the whole grid costs what the sheet
 * holds, not 17 billion cells. Merged ranges that overlap over and over (which Excel repairs)
 * run out of steps and the workbook is refused as damaged, in bounded time.
 */
export function blankMergedCells(rows: SheetRows, merges: readonly MergedRange[]): void {
  if (merges.length === 0) return;
  let slots = 0;
  for (const cells of rows) slots += cells?.length ?? 0;
  let budget = BASE_BUDGET + 8 * (rows.length + slots);
  let touched = false;
  // Plain comparisons rather than Math.min/max in these loops: they run millions of times.
  for (const m of merges) {
    const last = m.bottom < rows.length ? m.bottom : rows.length;
    for (let r = m.top; r <= last; r++) {
      const cells = rows[r - 1];
      budget--;
      if (cells === undefined) continue;
      const right = m.right < cells.length ? m.right : cells.length;
      for (let c = m.left; c <= right; c++) {
        if (r === m.top && c === m.left) continue;
        cells[c - 1] = null;
        touched = true;
      }
      if (right >= m.left) budget -= right - m.left + 1;
      if (budget < 0) throw refuse('corrupt', `${merges.length} merged ranges overlap`);
    }
  }
  if (touched) trimBlanks(rows);
}

/** Drops trailing blanks (cells, then rows) left by blanking, so a sheet is as small as what it shows. */
function trimBlanks(rows: SheetRows): void {
  rows.forEach((cells, i) => {
    if (cells === undefined) return;
    let end = cells.length;
    while (end > 0 && cells[end - 1] === null) end--;
    if (end === 0) rows[i] = undefined;
    else cells.length = end;
  });
  let last = rows.length;
  while (last > 0 && rows[last - 1] === undefined) last--;
  rows.length = last;
}
