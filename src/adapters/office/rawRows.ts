import type { RawCell } from '../../core';

/**
 * Excel's `values` to the core's cells. Excel hands dates over as serial numbers (the core decodes
 * them with the workbook's date system), errors as their code text (`#N/A`), blanks as "".
 */
export function rawCell(value: unknown): RawCell {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? null : value;
  return null;
}

/** A row without its trailing blanks (RawSheet rows may be shorter than others). */
function trimRow(row: RawCell[]): RawCell[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end -= 1;
  if (end < row.length) row.length = end;
  return row;
}

/**
 * Places a block of values read at (rowIndex, columnIndex), 0-based, into `rows`, where rows[0] is
 * Excel row 1: columns left of the used range become blank cells.
 */
export function placeBlock(
  rows: (RawCell[] | undefined)[],
  rowIndex: number,
  columnIndex: number,
  values: readonly (readonly unknown[])[],
): void {
  values.forEach((excelRow, offset) => {
    const row: RawCell[] = new Array<RawCell>(columnIndex).fill(null);
    for (const value of excelRow) row.push(rawCell(value));
    const trimmed = trimRow(row);
    rows[rowIndex + offset] = trimmed.length > 0 ? trimmed : undefined;
  });
}
