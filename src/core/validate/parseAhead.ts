import type { RawCell, RawSheet } from '../workbook/rawWorkbook';
import { isBlank } from '../workbook/coerce';
import { normaliseName } from '../workbook/normalise';
import { ATTENDANCE } from '../schema/sheets';
import { HEADER_SEARCH_ROWS, readHeaders, type HeaderMap } from './headers';
import { IssueCollection } from './issueSink';
import { rowReader, valuesFor, type Parsed, type RowReader } from './parseSheet';
import { ATTENDANCE_SLOT, AttendanceColumns, type AttendanceKey } from './attendanceColumns';

/** What a reader hands a sheet's rows to as each one ends (ReadAhead.sheet). */
export interface RowTaker {
  /**
   * Takes the row (true: the reader keeps nothing of it) or declines it (false: kept as usual).
   * `cells`: its first `length` are the row's, reused by the reader after the call; `kept`: the
   * sheet's rows the reader kept so far.
   */
  take(excelRow: number, cells: readonly RawCell[], length: number, kept: RawSheet['rows']): boolean;
}

/**
 * A reader's companion that may take some sheets' rows as they are read, so that they never all
 * live as raw cells (ReadOptions.readAhead of the xlsx reader). A reader that cannot give a
 * taken row its final cells (rows out of order, merged ranges, which come after the rows)
 * calls discard() and reads the workbook again without it.
 */
export interface ReadAhead {
  /** Before any sheet: every sheet's name and visibility in tab order, and the date system. */
  begin(sheets: readonly { readonly name: string; readonly hidden: boolean }[], date1904: boolean): void;
  /** The taker of the rows of the sheet at this index, or undefined. `rowsAtMost`: a bound the reader knows. */
  sheet(index: number, rowsAtMost: number): RowTaker | undefined;
  /** Forgets every row taken. */
  discard(): void;
}

/** The fields whose raw cell a taken row keeps for issues, where it differs from the text read. */
const TEXT_FIELDS = ATTENDANCE.fields.filter((f) => f.type.kind === 'text').map((f) => f.key);
const TEXT_SLOTS = TEXT_FIELDS.map((key) => ATTENDANCE_SLOT[key]);
const SLOTS = 8;
/** Room in front of the rows taken for the sheet's own rows above them: rows 2 to 10 at most. */
const FRONT = HEADER_SEARCH_ROWS;

/** Attendance's rows as read ahead: parsed, their issues, and the raw cells issues may show. */
export interface TakenRows {
  readonly sheetName: string;
  readonly header: HeaderMap;
  /** The rows taken, parsed, in order; once prepend() has run, every parsed row of the sheet. */
  readonly columns: AttendanceColumns;
  readonly issues: IssueCollection;
  /** The first Excel row taken: rows from it on exist only here. */
  readonly from: number;
  /** A field's raw cell in a taken row, as the workbook has it (null: blank). */
  cell(row: number, key: string): RawCell;
  /**
   * Puts the sheet's own parsed rows (those above the rows taken: nine at most) in front, once,
   * in the room left for them: a million rows are not copied into new columns.
   */
  prepend(first: AttendanceColumns): void;
}

/**
 * Parses the Attendance sheet (the one of a million rows) while the reader reads it: each row past
 * the first ten (where the header is looked for) becomes a row of its columns at once, and its
 * raw cells are dropped, but for the few an issue may show (an ID not written as read: spaces
 * around it, a number). The validation then takes these rows instead of parsing the sheet's
 * (validateWorkbook's `readAhead`). Only a workbook with one sheet named as Attendance, whose
 * header is usable, is read ahead; any other is read and validated as usual.
 */
export class ParseAhead implements ReadAhead, RowTaker {
  private target = -1;
  private name = '';
  private date1904 = false;
  private rowsAtMost = 0;
  /** undefined: not decided yet (before row 11); null: declined (the header is not usable). */
  private taken: TakenRowsImpl | null | undefined;
  private read: RowReader | undefined;
  private readonly values = valuesFor(ATTENDANCE);

  /** `listedPerGroup`: the cap the validation will use (ValidateOptions). */
  constructor(private readonly listedPerGroup = Infinity) {}

  begin(sheets: readonly { readonly name: string; readonly hidden: boolean }[], date1904: boolean): void {
    const names = new Set([ATTENDANCE.en, ATTENDANCE.fr, ...ATTENDANCE.aliases].map(normaliseName));
    const candidates = sheets.flatMap((s, i) => (names.has(normaliseName(s.name)) ? [i] : []));
    this.target = candidates.length === 1 ? candidates[0]! : -1;
    this.name = this.target >= 0 ? sheets[this.target]!.name : '';
    this.date1904 = date1904;
  }

  sheet(index: number, rowsAtMost: number): RowTaker | undefined {
    this.rowsAtMost = rowsAtMost;
    return index === this.target ? this : undefined;
  }

  discard(): void {
    this.target = -1;
    this.taken = undefined;
    this.read = undefined;
  }

  take(excelRow: number, cells: readonly RawCell[], length: number, kept: RawSheet['rows']): boolean {
    if (excelRow <= HEADER_SEARCH_ROWS || this.taken === null) return false;
    let taken = this.taken;
    if (taken === undefined) {
      // The first rows are all there: the header the validation will find (its issues it will push).
      const header = readHeaders(ATTENDANCE, { name: this.name, rows: kept }, new IssueCollection());
      if (!header.usable) {
        this.taken = null;
        return false;
      }
      const issues = new IssueCollection(this.listedPerGroup);
      taken = this.taken = new TakenRowsImpl(this.name, header, issues, excelRow, this.rowsAtMost - excelRow + 1);
      this.read = rowReader(ATTENDANCE, this.name, header, this.date1904, taken.issues);
    }
    const error = this.read!(cells, length, excelRow, this.values);
    if (error !== null) taken.add(excelRow, error, this.values, cells, length);
    return true;
  }

  /** The rows taken from this sheet, if any, once the workbook is read. */
  takenFrom(sheet: RawSheet): TakenRows | undefined {
    if (!this.taken || sheet.name !== this.taken.sheetName) return undefined;
    this.taken.finish();
    return this.taken;
  }
}

class TakenRowsImpl implements TakenRows {
  readonly columns: AttendanceColumns;
  /** Raw cells that differ from the text read, by row × SLOTS + the field's place in TEXT_FIELDS. */
  private readonly kept = new Map<number, RawCell>();
  private readonly textColumns: (number | undefined)[];

  constructor(
    readonly sheetName: string,
    readonly header: HeaderMap,
    readonly issues: IssueCollection,
    readonly from: number,
    rowsAtMost: number,
  ) {
    this.textColumns = TEXT_FIELDS.map((key) => header.columns.get(key));
    // Made at their largest size and cut once read; rows go in from FRONT on: room for the
    // sheet's own first rows (prepend).
    this.columns = new AttendanceColumns(FRONT + Math.max(rowsAtMost, 0));
    this.columns.length = FRONT;
  }

  /** A row taken: its values, and the raw cells that differ from the text read. */
  add(excelRow: number, error: boolean, values: readonly Parsed[], cells: readonly RawCell[], length: number): void {
    this.columns.add(excelRow, error, values);
    for (let i = 0; i < TEXT_FIELDS.length; i++) {
      const column = this.textColumns[i];
      if (column === undefined || column >= length) continue;
      const cell = cells[column] ?? null;
      if (!isBlank(cell) && cell !== values[TEXT_SLOTS[i]!]) this.kept.set(excelRow * SLOTS + i, cell);
    }
  }

  finish(): void {
    this.columns.finish();
  }

  prepend(first: AttendanceColumns): void {
    this.columns.putBefore(FRONT, first);
  }

  cell(row: number, key: string): RawCell {
    const i = TEXT_FIELDS.indexOf(key as (typeof TEXT_FIELDS)[number]);
    const kept = i >= 0 ? this.kept.get(row * SLOTS + i) : undefined;
    if (kept !== undefined) return kept;
    // A text field written as read; any other field shows as read (no check shows one of those).
    const index = this.columns.indexOf(row);
    return index >= 0 && key in ATTENDANCE_SLOT ? this.columns.value(index, key as AttendanceKey) : null;
  }
}
