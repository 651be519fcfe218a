import type { RawSheet } from '../workbook/rawWorkbook';
import { normaliseName } from '../workbook/normalise';
import { cellText } from '../workbook/coerce';
import { columnLetter } from '../workbook/cellRef';
import type { SheetSpec } from '../schema/sheets';
import type { IssueSink } from './issueSink';
import { at, atSheet, issue } from './issueFactory';

/** Where a sheet's header row is and which column holds each contract field. */
export interface HeaderMap {
  /** 0-based index of the header row in `sheet.rows`. */
  readonly headerIndex: number;
  /** field key → 0-based column. */
  readonly columns: ReadonlyMap<string, number>;
  /** False when a required column is missing: the sheet is not used. */
  readonly usable: boolean;
}

export const HEADER_SEARCH_ROWS = 10;

function fieldNames(spec: SheetSpec): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of spec.fields) {
    for (const n of [f.en, f.fr, ...f.aliases, f.key]) {
      const key = normaliseName(n);
      if (!names.has(key)) names.set(key, f.key);
    }
  }
  return names;
}

/** The header row: the first among the first 10 that holds at least two of the sheet's headers; -1 if none. */
export function findHeaderRow(spec: SheetSpec, sheet: RawSheet): number {
  const names = fieldNames(spec);
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); r++) {
    let hits = 0;
    for (const cell of sheet.rows[r] ?? []) {
      const text = cellText(cell);
      if (text !== null && names.has(normaliseName(text))) hits++;
    }
    if (hits >= 2) return r;
  }
  return -1;
}

/** The required columns (field keys) whose header appears nowhere in the first 10 rows. */
export function absentRequiredColumns(spec: SheetSpec, sheet: RawSheet): string[] {
  const names = fieldNames(spec);
  const seen = new Set<string>();
  for (const row of sheet.rows.slice(0, HEADER_SEARCH_ROWS)) {
    for (const cell of row ?? []) {
      const text = cellText(cell);
      const key = text === null ? undefined : names.get(normaliseName(text));
      if (key !== undefined) seen.add(key);
    }
  }
  return spec.fields.filter((f) => f.required && !seen.has(f.key)).map((f) => f.key);
}

/**
 * The header row is the first among the first 10 that holds at least two of the sheet's
 * headers; rows above it are titles or notes. Unknown headers are `header/unknown` (info), a
 * second column for the same field `header/duplicate`, a missing required one `header/missing`.
 */
export function readHeaders(spec: SheetSpec, sheet: RawSheet, issues: IssueSink): HeaderMap {
  const names = fieldNames(spec);
  const headerIndex = findHeaderRow(spec, sheet);
  const columns = new Map<string, number>();
  if (headerIndex >= 0) {
    const row = sheet.rows[headerIndex] ?? [];
    const excelRow = headerIndex + 1;
    row.forEach((cell, c) => {
      const text = cellText(cell);
      if (text === null) return;
      const key = names.get(normaliseName(text));
      if (key === undefined) {
        issues.push(issue('header/unknown', 'info', at(sheet.name, excelRow, c, null, text), { kind: 'column' }));
      } else if (columns.has(key)) {
        issues.push(
          issue('header/duplicate', 'error', at(sheet.name, excelRow, c, key, text), {
            firstColumn: columnLetter(columns.get(key)!),
          }),
        );
      } else {
        columns.set(key, c);
      }
    });
  }
  let usable = true;
  for (const f of spec.fields) {
    if (f.required && !columns.has(f.key)) {
      usable = false;
      issues.push(issue('header/missing', 'error', atSheet(sheet.name, f.key)));
    }
  }
  return { headerIndex, columns, usable };
}
