import { READ_LIMITS } from '../readLimits';
import { refuse } from '../workbookReadError';
import { utf8Text, type Bytes } from './xmlBytes';

/**
 * A cell reference (`B12`, `$B$12`, `b12`) read in place from the worksheet's bytes: column and row, 1-based, set on
 * `out` (no allocation per cell). Beyond Excel's grid or not a reference: the file is damaged,
 * refused at once whatever the number (no row is ever padded up to it).
 */
export interface CellAt {
  row: number;
  column: number;
}

export function readCellRef(xml: Bytes, from: number, to: number, out: CellAt): void {
  let i = from;
  if (xml[i] === 36) i++; // $
  let column = 0;
  let letters = 0;
  for (; i < to; i++) {
    const c = (xml[i] ?? 0) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
    letters++;
  }
  if (xml[i] === 36) i++;
  let row = 0;
  let digits = 0;
  for (; i < to; i++) {
    const c = xml[i] ?? 0;
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
    digits++;
  }
  if (letters === 0 || letters > 3 || digits === 0 || i !== to)
    throw refuse('corrupt', `not a cell reference: ${utf8Text(xml, from, Math.min(to, from + 20))}`);
  checkRow(row);
  if (column > READ_LIMITS.columns) throw refuse('corrupt', `column beyond XFD: ${utf8Text(xml, from, to)}`);
  out.row = row;
  out.column = column;
}

export function checkRow(row: number): void {
  if (!(row >= 1 && row <= READ_LIMITS.rows)) throw refuse('corrupt', `row ${row} is outside Excel's grid`);
}

/** A range `A1:B2` written in [start, end), as its two corners; null when it is not one. */
export function readRange(
  xml: Bytes,
  start: number,
  end: number,
): { top: number; left: number; bottom: number; right: number } | null {
  const colon = xml.indexOf(58, start); // :
  if (colon === -1 || colon >= end) return null;
  const a: CellAt = { row: 0, column: 0 };
  const b: CellAt = { row: 0, column: 0 };
  try {
    readCellRef(xml, start, colon, a);
    readCellRef(xml, colon + 1, end, b);
  } catch {
    return null; // a merged range that is not one is ignored, as Excel repairs it
  }
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}
