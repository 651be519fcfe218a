import { columnLetter, sheetReference } from '../workbook/cellRef';
import type { Issue } from './issue';

/** Builds issues with the location fields filled the same way everywhere. */
type Located = Pick<Issue, 'sheet' | 'row' | 'column' | 'cell' | 'field' | 'value' | 'hint'>;

/*
 * A million issues name a handful of sheets and columns: each sheet's reference (`'Présences '`)
 * and each column's letters are worked out once, not once per issue.
 */
let lastSheet: string | null = null;
let lastReference = '';
const letters: string[] = [];

function referenceOf(sheet: string): string {
  if (sheet !== lastSheet) {
    lastReference = sheetReference(sheet);
    lastSheet = sheet;
  }
  return lastReference;
}

function lettersOf(column: number): string {
  return (letters[column] ??= columnLetter(column));
}

/** A cell's location: sheet, Excel row, 0-based column. */
export function at(
  sheet: string,
  row: number,
  column: number,
  field: string | null,
  value: string | null,
  hint: string | null = null,
): Located {
  const letter = lettersOf(column);
  return { sheet, row, column: letter, cell: `${referenceOf(sheet)}!${letter}${row}`, field, value, hint };
}

/** A whole row (row/duplicate): column and cell null. */
export function atRow(sheet: string, row: number): Located {
  return { sheet, row, column: null, cell: null, field: null, value: null, hint: null };
}

/** A whole sheet, optionally naming a field (header/missing). */
export function atSheet(sheet: string, field: string | null = null): Located {
  return { sheet, row: null, column: null, cell: null, field, value: null, hint: null };
}

type IssueOf<C extends Issue['code']> = Extract<Issue, { readonly code: C }>;
type DetailOf<C extends Issue['code']> = IssueOf<C> extends { readonly detail: infer D } ? D : never;

/**
 * An issue of `code` at `where`, with the detail its code needs (none for the others). Built
 * as one literal of a fixed shape rather than spread: a million issues are about a fifth smaller
 * and quicker to make.
 */
export function issue<C extends Issue['code']>(
  code: C,
  severity: IssueOf<C>['severity'],
  where: Located,
  ...detail: [DetailOf<C>] extends [never] ? [] : [DetailOf<C>]
): IssueOf<C> {
  const { sheet, row, column, cell, field, value, hint } = where;
  // Each branch is the issue of its code: the detail is there exactly when the code has one.
  const made =
    detail.length === 0
      ? { code, severity, sheet, row, column, cell, field, value, hint }
      : { code, severity, sheet, row, column, cell, field, value, hint, detail: detail[0] };
  return made as IssueOf<C>;
}
