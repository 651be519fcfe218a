import { cellReference, columnLetter } from '../workbook/cellRef';
import type { Issue } from './issue';

/** Builds issues with the location fields filled the same way everywhere. */
type Located = Pick<Issue, 'sheet' | 'row' | 'column' | 'cell' | 'field' | 'value' | 'hint'>;

/** A cell's location: sheet, Excel row, 0-based column. */
export function at(
  sheet: string,
  row: number,
  column: number,
  field: string | null,
  value: string | null,
  hint: string | null = null,
): Located {
  return { sheet, row, column: columnLetter(column), cell: cellReference(sheet, column, row), field, value, hint };
}

/** A whole row (row/duplicate): column and cell null. */
export function atRow(sheet: string, row: number): Located {
  return { sheet, row, column: null, cell: null, field: null, value: null, hint: null };
}

/** A whole sheet, optionally naming a field (header/missing). */
export function atSheet(sheet: string, field: string | null = null): Located {
  return { sheet, row: null, column: null, cell: null, field, value: null, hint: null };
}
