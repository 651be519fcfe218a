import type { Issue } from '../../src/core';

/** A cell-level issue as the engine reports it. */
export function cellIssue(sheet: string, column: string, row: number): Issue {
  return {
    code: 'cell/required',
    severity: 'error',
    sheet,
    row,
    column,
    cell: `${sheet}!${column}${row}`,
    field: null,
    value: null,
    hint: null,
  };
}

/** A row-level issue (no column), such as a duplicate row. */
export function rowIssue(sheet: string, row: number): Issue {
  return {
    code: 'row/duplicate',
    severity: 'warning',
    sheet,
    row,
    column: null,
    cell: null,
    field: null,
    value: null,
    hint: null,
    detail: { firstRow: 2 },
  };
}
