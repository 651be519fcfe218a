import type { RawCell } from '../workbook/rawWorkbook';
import { cellDisplay, cellText, coerceDate, dayFromSerial, isBlank } from '../workbook/coerce';
import { dayToIso } from '../workbook/day';
import type { FieldSpec } from '../schema/sheets';
import { listMatcher } from '../schema/listMatcher';
import type { Issue } from './issue';
import { at } from './issueFactory';
import type { LocatedSheet } from './locateSheets';
import type { HeaderMap } from './headers';

/** A parsed cell: text, a Day (dates), a list code, or null when blank or unreadable. */
export type Parsed = string | number | null;

/** One data row after its own cells were read; cross-sheet checks may still mark it `error`. */
export interface ParsedRow {
  /** Excel row number. */
  readonly row: number;
  error: boolean;
  readonly values: Readonly<Record<string, Parsed>>;
}

export interface ParsedSheet {
  readonly located: LocatedSheet;
  readonly header: HeaderMap;
  readonly rows: ParsedRow[];
  readonly date1904: boolean;
}

type Reader = (cell: RawCell, excelRow: number) => Parsed;

/**
 * Reads every non-blank row below the header: text trimmed, dates understood, list values
 * matched. Problems become issues on their cell; a row with an error is marked.
 */
export function parseSheet(located: LocatedSheet, header: HeaderMap, date1904: boolean, issues: Issue[]): ParsedSheet {
  const { sheet } = located;
  const name = sheet.name;
  let rowHasError = false;
  const fields: { key: string; column: number; read: Reader; required: boolean }[] = [];

  for (const spec of located.spec.fields) {
    const column = header.columns.get(spec.key);
    if (column === undefined) continue;
    fields.push({ key: spec.key, column, read: readerFor(spec, column), required: spec.required });
  }

  function readerFor(spec: FieldSpec, column: number): Reader {
    const type = spec.type;
    if (type.kind === 'text') return (cell) => cellText(cell);
    if (type.kind === 'date') {
      return (cell, excelRow) => {
        const result = coerceDate(cell, date1904);
        if (result.ok) return result.day;
        rowHasError = true;
        const expected = result.reason === 'serial60' ? 'serial60' : 'date';
        issues.push({
          code: 'cell/type',
          severity: 'error',
          ...at(name, excelRow, column, spec.key, cellDisplay(cell)),
          detail: { expected },
        });
        return null;
      };
    }
    const matcher = listMatcher(type.list);
    const descriptive = type.descriptive;
    return (cell, excelRow) => {
      const text = typeof cell === 'boolean' ? (cell ? 'yes' : 'no') : cellText(cell);
      if (text === null) return null;
      const m = matcher.match(text);
      if (m.ok) return m.code;
      if (!descriptive) rowHasError = true;
      issues.push({
        code: 'cell/enum',
        severity: descriptive ? 'warning' : 'error',
        ...at(name, excelRow, column, spec.key, cellDisplay(cell), m.hint),
      });
      return null;
    };
  }

  const rows: ParsedRow[] = [];
  for (let r = header.headerIndex + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells || cells.every(isBlank)) continue;
    const excelRow = r + 1;
    rowHasError = false;
    const values: Record<string, Parsed> = {};
    for (const f of fields) {
      const cell = cells[f.column] ?? null;
      if (isBlank(cell)) {
        values[f.key] = null;
        if (f.required) {
          rowHasError = true;
          issues.push({ code: 'cell/required', severity: 'error', ...at(name, excelRow, f.column, f.key, null) });
        }
      } else {
        values[f.key] = f.read(cell, excelRow);
      }
    }
    rows.push({ row: excelRow, error: rowHasError, values });
  }
  return { located, header, rows, date1904 };
}

/** The raw cell of a field in a parsed row, for issue values. */
export function rawCell(sheet: ParsedSheet, row: number, key: string): RawCell {
  const column = sheet.header.columns.get(key);
  if (column === undefined) return null;
  return sheet.located.sheet.rows[row - 1]?.[column] ?? null;
}

/**
 * A cell as an issue shows it: a date column's serial number as the date it stands for
 * (Excel and the readers hand dates over as serials), anything else as written.
 */
export function displayValue(sheet: ParsedSheet, row: number, key: string): string | null {
  const cell = rawCell(sheet, row, key);
  const field = sheet.located.spec.fields.find((f) => f.key === key);
  if (typeof cell === 'number' && field?.type.kind === 'date') {
    const day = dayFromSerial(cell, sheet.date1904);
    if (day.ok) return dayToIso(day.day);
  }
  return cellDisplay(cell);
}
