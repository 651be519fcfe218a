import type { RawCell } from '../workbook/rawWorkbook';
import { cellDisplay, cellText, coerceDate, dayFromSerial, isBlank } from '../workbook/coerce';
import { dayToIso } from '../workbook/day';
import {
  ATTENDANCE,
  type CompleteRowValues,
  type FieldKey,
  type FieldSpec,
  type RowValues,
  type SheetSpec,
} from '../schema/sheets';
import { AttendanceColumns } from './attendanceColumns';
import { listMatcher } from '../schema/listMatcher';
import type { IssueSink } from './issueSink';
import { at, issue } from './issueFactory';
import type { LocatedSheet } from './locateSheets';
import type { HeaderMap } from './headers';
import { ITEMS_PER_STEP, runSteps, type Steps } from './steps';
import type { TakenRows } from './parseAhead';

/** Where a row is, and whether it is left out (an error on it, found now or by a cross-check). */
export interface RowState {
  /** Excel row number. */
  readonly row: number;
  error: boolean;
}

/** One data row of sheet S after its own cells were read: one typed value per field. */
export type ParsedRow<S extends SheetSpec> = RowValues<S> & RowState;

/** A row that passed validation: no error, so its required fields are there. */
export type CompleteRow<S extends SheetSpec> = CompleteRowValues<S> & RowState;

/**
 * Whether a row passed validation. By construction (parseSheet): a row whose required cell is
 * blank or unreadable is marked with an error, so a row without one has all its required fields.
 */
export function isComplete<S extends SheetSpec>(row: ParsedRow<S>): row is CompleteRow<S> {
  return !row.error;
}

/** A parsed sheet without its rows: where its cells are, for issues. */
export interface SheetPlace<S extends SheetSpec> {
  readonly spec: S;
  readonly located: LocatedSheet;
  readonly header: HeaderMap;
  readonly date1904: boolean;
  /** The rows read ahead (parseAhead.ts): their raw cells are no longer in the sheet. */
  readonly taken?: TakenRows;
}

export interface ParsedSheet<S extends SheetSpec> extends SheetPlace<S> {
  readonly rows: ParsedRow<S>[];
}

/** Attendance as parsed: its rows as columns (attendanceColumns.ts). */
export interface ParsedAttendance extends SheetPlace<typeof ATTENDANCE> {
  readonly columns: AttendanceColumns;
}

/** The details of a date column's `cell/type`, shared by all its issues. */
const NOT_A_DATE = { expected: 'date' } as const;
const SERIAL60 = { expected: 'serial60' } as const;

/** A cell once read: text, a Day (dates), a list code, or null when blank or unreadable. */
export type Parsed = string | number | null;
type Reader = (cell: RawCell, excelRow: number) => Parsed;
/** A row under construction, before it is typed as its sheet's ParsedRow. */
interface RowDraft {
  row: number;
  error: boolean;
  [field: string]: Parsed | boolean;
}

/**
 * Reads every non-blank row below the header: text trimmed, dates understood, list values
 * matched. Problems become issues on their cell; a row with an error is marked. Every row has
 * every field of the sheet (null where blank, unreadable or the column is absent), in one shape.
 */
export function parseSheet<S extends SheetSpec>(
  spec: S,
  located: LocatedSheet,
  header: HeaderMap,
  date1904: boolean,
  issues: IssueSink,
): ParsedSheet<S> {
  return runSteps(parseSheetSteps(spec, located, header, date1904, issues));
}

/** Reads one row's cells, the first `length` of `cells`: its parsed row, or null when the row is blank. */
export type RowParser<S extends SheetSpec> = (
  cells: readonly RawCell[],
  length: number,
  excelRow: number,
) => ParsedRow<S> | null;

/**
 * Reads one row's cells, the first `length` of `cells`, into `values` (one per field of the
 * sheet, in its order; null where blank, unreadable or the column is absent): null when the row
 * is blank, else whether it has an error.
 */
export type RowReader = (
  cells: readonly RawCell[],
  length: number,
  excelRow: number,
  values: Parsed[],
) => boolean | null;

/**
 * The reader of a sheet's data rows, one at a time: text trimmed, dates understood, list values
 * matched; problems become issues on their cell, pushed into `issues`, and mark the row.
 */
export function rowReader(
  spec: SheetSpec,
  name: string,
  header: HeaderMap,
  date1904: boolean,
  issues: IssueSink,
): RowReader {
  let rowHasError = false;
  const fields: { key: string; index: number; column: number; read: Reader; required: boolean }[] = [];
  spec.fields.forEach((field, index) => {
    const column = header.columns.get(field.key);
    if (column !== undefined)
      fields.push({ key: field.key, index, column, read: readerFor(field, column), required: field.required });
  });

  function readerFor(field: FieldSpec, column: number): Reader {
    const type = field.type;
    // A multi-value cell is kept as its text here; its parts are read when the record is built.
    if (type.kind === 'text' || type.kind === 'multi') return (cell) => cellText(cell);
    if (type.kind === 'date') {
      return (cell, excelRow) => {
        const result = coerceDate(cell, date1904);
        if (result.ok) return result.day;
        rowHasError = true;
        const detail = result.reason === 'serial60' ? SERIAL60 : NOT_A_DATE;
        issues.push(issue('cell/type', 'error', at(name, excelRow, column, field.key, cellDisplay(cell)), detail));
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
      issues.push(
        issue(
          'cell/enum',
          descriptive ? 'warning' : 'error',
          at(name, excelRow, column, field.key, cellDisplay(cell), m.hint),
        ),
      );
      return null;
    };
  }

  return (cells, length, excelRow, values) => {
    let empty = true;
    for (let c = 0; c < length && empty; c++) empty = isBlank(cells[c] ?? null);
    if (empty) return null;
    rowHasError = false;
    for (let i = 0; i < values.length; i++) values[i] = null;
    for (const f of fields) {
      const cell = f.column < length ? (cells[f.column] ?? null) : null;
      if (isBlank(cell)) {
        if (f.required) {
          rowHasError = true;
          issues.push(issue('cell/required', 'error', at(name, excelRow, f.column, f.key, null)));
        }
      } else {
        const value = f.read(cell, excelRow);
        values[f.index] = value;
        // A required value that could not be read leaves the row out too (isComplete relies on it).
        if (value === null && f.required) rowHasError = true;
      }
    }
    return rowHasError;
  };
}

/** Room for one value per field of the sheet, for a RowReader. */
export function valuesFor(spec: SheetSpec): Parsed[] {
  return spec.fields.map(() => null);
}

/** rowReader, each row as its ParsedRow: every field of the sheet, in one shape. */
export function rowParser<S extends SheetSpec>(
  spec: S,
  name: string,
  header: HeaderMap,
  date1904: boolean,
  issues: IssueSink,
): RowParser<S> {
  const read = rowReader(spec, name, header, date1904, issues);
  const values = valuesFor(spec);
  const keys = spec.fields.map((f) => f.key);
  // Every row starts as a copy of this one: the same hidden class for all, no field ever missing.
  const blank: RowDraft = { row: 0, error: false };
  for (const key of keys) blank[key] = null;
  return (cells, length, excelRow) => {
    const error = read(cells, length, excelRow, values);
    if (error === null) return null;
    const draft: RowDraft = { ...blank };
    draft.row = excelRow;
    draft.error = error;
    for (let i = 0; i < keys.length; i++) draft[keys[i]!] = values[i] ?? null;
    // Typed here, once: each field was read by the reader of its kind (text, Day or list code).
    return draft as unknown as ParsedRow<S>;
  };
}

/** parseSheet in steps of a few thousand rows (steps.ts); `end`: the rows (0-based) before it only. */
export function* parseSheetSteps<S extends SheetSpec>(
  spec: S,
  located: LocatedSheet,
  header: HeaderMap,
  date1904: boolean,
  issues: IssueSink,
  end = located.sheet.rows.length,
): Steps<ParsedSheet<S>> {
  const { sheet } = located;
  const parse = rowParser(spec, sheet.name, header, date1904, issues);
  // Made at its largest size, then cut to the rows read: a list grown row by row is copied
  // some thirty times on the way to a million, each time into memory the system must hand over.
  const rows = new Array<ParsedRow<S>>(Math.max(end - header.headerIndex - 1, 0));
  let count = 0;
  for (let r = header.headerIndex + 1; r < end; r++) {
    if (r % ITEMS_PER_STEP === 0) yield r / end;
    const cells = sheet.rows[r];
    if (!cells) continue;
    const row = parse(cells, cells.length, r + 1);
    if (row) rows[count++] = row;
  }
  rows.length = count;
  return { spec, located, header, rows, date1904 };
}

/** Attendance parsed into columns (parseSheetSteps' counterpart for the sheet of a million rows). */
export function* parseAttendanceSteps(
  located: LocatedSheet,
  header: HeaderMap,
  date1904: boolean,
  issues: IssueSink,
  end = located.sheet.rows.length,
): Steps<ParsedAttendance> {
  const { sheet } = located;
  const read = rowReader(ATTENDANCE, sheet.name, header, date1904, issues);
  const values = valuesFor(ATTENDANCE);
  const columns = new AttendanceColumns(end - header.headerIndex - 1);
  for (let r = header.headerIndex + 1; r < end; r++) {
    if (r % ITEMS_PER_STEP === 0) yield r / end;
    const cells = sheet.rows[r];
    if (!cells) continue;
    const error = read(cells, cells.length, r + 1, values);
    if (error !== null) columns.add(r + 1, error, values);
  }
  columns.finish();
  return { spec: ATTENDANCE, located, header, columns, date1904 };
}

/** The raw cell of a field in a row, for issue values. */
export function rawCell<S extends SheetSpec>(sheet: SheetPlace<S>, row: number, key: FieldKey<S>): RawCell {
  const column = sheet.header.columns.get(key);
  if (column === undefined) return null;
  const cells = sheet.located.sheet.rows[row - 1];
  if (cells === undefined && sheet.taken && row >= sheet.taken.from) return sheet.taken.cell(row, key);
  return cells?.[column] ?? null;
}

/**
 * A cell as an issue shows it: a date column's serial number as the date it stands for
 * (Excel and the readers hand dates over as serials), anything else as written.
 */
export function displayValue<S extends SheetSpec>(sheet: SheetPlace<S>, row: number, key: FieldKey<S>): string | null {
  const cell = rawCell(sheet, row, key);
  const field = sheet.spec.fields.find((f) => f.key === key);
  if (typeof cell === 'number' && field?.type.kind === 'date') {
    const day = dayFromSerial(cell, sheet.date1904);
    if (day.ok) return dayToIso(day.day);
  }
  return cellDisplay(cell);
}
