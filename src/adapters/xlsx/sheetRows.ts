import { columnIndex, type RawCell } from '../../core';
import type { WorksheetScan } from './scanWorksheetXml';

/** Rows being built: index 0 is Excel row 1; each row's index 0 is column A. */
export type MutableRows = Array<RawCell[] | undefined>;

/** Sets one cell (1-based row and column), padding with blanks so arrays stay dense. */
export function setCell(rows: MutableRows, row: number, column: number, value: RawCell): void {
  while (rows.length < row) rows.push(undefined);
  let cells = rows[row - 1];
  if (!cells) {
    if (value === null) return;
    cells = [];
    rows[row - 1] = cells;
  }
  while (cells.length < column - 1) cells.push(null);
  cells[column - 1] = value;
}

function decodeRef(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  return m ? { column: columnIndex(m[1] ?? 'A') + 1, row: Number(m[2]) } : null;
}

/**
 * Puts right what exceljs cannot know: cells exceljs misreads (ISO dates, inline formula results) get their real content, and (for the
 * streaming reader, which ignores merges) cells hidden under a merge other than its
 * top-left one are blank, as a person sees them.
 */
export function applyScan(rows: MutableRows, scan: WorksheetScan, blankMerged: boolean): void {
  for (const [ref, value] of scan.overrides) {
    const at = decodeRef(ref);
    if (at) setCell(rows, at.row, at.column, value);
  }
  if (!blankMerged) return;
  for (const range of scan.merges) {
    const [from, to] = range.split(':').map(decodeRef);
    if (!from || !to) continue;
    for (let r = from.row; r <= Math.min(to.row, rows.length); r++) {
      const cells = rows[r - 1];
      if (!cells) continue;
      for (let c = from.column; c <= Math.min(to.column, cells.length); c++) {
        if (r !== from.row || c !== from.column) cells[c - 1] = null;
      }
    }
  }
}

/** Drops trailing blanks (rows and cells) so that a sheet is as small as what it holds. */
export function compactRows(rows: MutableRows): MutableRows {
  for (const [i, cells] of rows.entries()) {
    if (!cells) continue;
    let end = cells.length;
    while (end > 0 && cells[end - 1] === null) end--;
    if (end < cells.length) cells.length = end;
    if (end === 0) rows[i] = undefined;
  }
  let last = rows.length;
  while (last > 0 && rows[last - 1] === undefined) last--;
  rows.length = last;
  return rows;
}
