import ExcelJS from 'exceljs';
import type { RawCell } from '../../core';

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (serial 0 as exceljs counts) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Serial 0 of the 1904 system is 1904-01-01, 1462 days after the 1900 system's. */
const OFFSET_1904 = 1_462;

/**
 * exceljs turns date-formatted numbers into Dates, and gets the days before 1 March 1900 wrong
 * by one (it ignores Excel's phantom 29 February 1900). The reader hands the core the serial
 * Excel stored instead, exactly inverting exceljs's conversion, so the core alone interprets
 * dates (1900/1904 systems, serial 60) the same way for every door.
 */
export function serialFromExcelJsDate(date: Date, date1904: boolean): number | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  // One division of whole milliseconds, so that -1.2 comes back as -1.2, not -1.2000000000007.
  return (ms + (UNIX_EPOCH_SERIAL - (date1904 ? OFFSET_1904 : 0)) * MS_PER_DAY) / MS_PER_DAY;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function richTextPlain(runs: unknown): string {
  return Array.isArray(runs)
    ? runs.map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('')
    : '';
}

/**
 * One exceljs cell value as the core's RawCell: formula → its cached result (none → blank),
 * rich text → plain text, hyperlink → its text, error → its code (`#N/A`), date → serial.
 */
export function rawCellFromExcelJs(value: unknown, date1904: boolean): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return serialFromExcelJsDate(value, date1904);
  if (!isRecord(value)) return null;
  if ('richText' in value) return richTextPlain(value.richText) || null;
  if ('error' in value) return typeof value.error === 'string' ? value.error : null;
  if ('formula' in value || 'sharedFormula' in value || 'result' in value)
    return rawCellFromExcelJs(value.result, date1904);
  if ('text' in value) return rawCellFromExcelJs(value.text, date1904);
  return null;
}

/**
 * One exceljs cell as a RawCell. Formula cells are read through `cell.result`: exceljs's
 * `cell.value` drops a falsy result, so `=COUNTIF(…)` giving 0 or `=ISNA(…)` giving FALSE
 * would read as blank. Cells covered by a merge (exceljs repeats the top-left value in them)
 * are blank, as a person sees them.
 */
export function rawCellOfExcelJsCell(cell: ExcelJS.Cell, date1904: boolean): RawCell {
  switch (cell.type) {
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Formula:
      return rawCellFromExcelJs(cell.result, date1904);
    default:
      return rawCellFromExcelJs(cell.value, date1904);
  }
}
