import type { RawCell } from './rawWorkbook';
import { dayFromDate, dayFromYmd, dayToIso, validDay, type Day } from './day';

/**
 * How the core understands one cell (workbook.md, "Cells"). Each function returns a value or
 * a reason; none throws.
 */

/** Blank: null, text that is only white space, or a number or date holding no value. */
/** Whether the character code is printable ASCII other than a space: nothing trim() removes. */
function isSolid(c: number): boolean {
  return c > 32 && c < 127;
}

/** A text as trim() gives it; a text that begins and ends with printable ASCII (most cells) is kept as it is, at once. */
function trimmed(text: string): string {
  return isSolid(text.charCodeAt(0)) && isSolid(text.charCodeAt(text.length - 1)) ? text : text.trim();
}

export function isBlank(cell: RawCell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'string') return !isSolid(cell.charCodeAt(0)) && cell.trim() === '';
  // A number or date that holds no value (NaN, an invalid Date) is as good as blank.
  if (typeof cell === 'number') return Number.isNaN(cell);
  if (cell instanceof Date) return Number.isNaN(cell.getTime());
  return false;
}

/**
 * Plain decimal text of a number: 12 → "12", never "12.0"; and never exponent notation, which
 * JavaScript uses below 1e-6 and from 1e21 (1e-7 → "0.0000001"). The digits are the shortest
 * that give the number back, as Excel shows a number in a General cell.
 */
export function numberText(n: number): string {
  const text = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, head, tail = '', exp] = m;
  const digits = `${head}${tail}`;
  const point = 1 + Number(exp); // where the decimal point goes in `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits}${'0'.repeat(Math.max(0, point - digits.length))}`;
}

/**
 * A text cell: trimmed string; a number as its plain decimal text; a date as YYYY-MM-DD; a
 * boolean as TRUE/FALSE (as Excel shows it). Blank → null.
 */
export function cellText(cell: RawCell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string') {
    const t = trimmed(cell);
    return t === '' ? null : t;
  }
  if (typeof cell === 'number') return Number.isFinite(cell) ? numberText(cell) : null;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const day = dayFromDate(cell);
  return day === null ? null : dayToIso(day);
}

export type DateResult =
  { readonly ok: true; readonly day: Day } | { readonly ok: false; readonly reason: 'invalid' | 'serial60' };

const EXCEL_1900_EPOCH = dayFromYmd(1899, 12, 31); // serial 1 = 1900-01-01
const EXCEL_1904_EPOCH = dayFromYmd(1904, 1, 1); // serial 0 = 1904-01-01
const LAST_SERIAL = 2958465; // 9999-12-31 in the 1900 system

/** A date serial in the workbook's system. Serial 60 (29 Feb 1900, which never was) is refused. */
export function dayFromSerial(serial: number, date1904: boolean): DateResult {
  if (!Number.isFinite(serial)) return { ok: false, reason: 'invalid' };
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0 || whole > LAST_SERIAL - 1462) return { ok: false, reason: 'invalid' };
    return { ok: true, day: EXCEL_1904_EPOCH + whole };
  }
  if (whole < 1 || whole > LAST_SERIAL) return { ok: false, reason: 'invalid' };
  if (whole === 60) return { ok: false, reason: 'serial60' };
  // Excel counts a 29 February 1900 that never was: serials after it are one day ahead.
  return { ok: true, day: EXCEL_1900_EPOCH + (whole > 60 ? whole - 1 : whole) };
}

// A time of day after the date, dropped: 24-hour, or 12-hour with AM/PM as some exports write it.
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp][Mm]|Z|[+-]\d{2}:?\d{2})?)?`;
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})${TIME}$`);

/** Text dates: `2024-03-05`, or day first `5/3/2024`, `05-03-2024`, `05.03.2024`; a time of day dropped. */
export function dayFromText(text: string): Day | null {
  const t = text.trim();
  const iso = ISO_DATE.exec(t);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_FIRST.exec(t);
  if (dmy) return validDay(Number(dmy[4]), Number(dmy[3]), Number(dmy[1]));
  return null;
}

/** A date cell. Call only for a non-blank cell. */
export function coerceDate(cell: RawCell, date1904: boolean): DateResult {
  if (typeof cell === 'number') return dayFromSerial(cell, date1904);
  if (cell instanceof Date) {
    const day = dayFromDate(cell);
    return day === null ? { ok: false, reason: 'invalid' } : { ok: true, day };
  }
  if (typeof cell === 'string') {
    const day = dayFromText(cell);
    return day === null ? { ok: false, reason: 'invalid' } : { ok: true, day };
  }
  return { ok: false, reason: 'invalid' };
}

/** A number written as a number or as text (`1,5` or `1.5`), else null. */
function numberFrom(cell: RawCell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const t = cell.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  return Number(t);
}

/**
 * A rate: `0.6`, `60%`, `60 %`; a bare number above 1 is a percentage (`70` → 0.7). Must end
 * in [0, 1]. Returns null when it is not a rate.
 */
export function coerceRate(cell: RawCell): number | null {
  let value: number | null;
  if (typeof cell === 'string' && /%\s*$/.test(cell)) {
    const n = numberFrom(cell.replace(/%\s*$/, ''));
    value = n === null ? null : n / 100;
  } else {
    const n = numberFrom(cell);
    value = n === null ? null : n > 1 ? n / 100 : n;
  }
  return value !== null && value >= 0 && value <= 1 ? value : null;
}

/** A whole number at or above `min`, written as a number or text; else null. */
export function coerceCount(cell: RawCell, min: number): number | null {
  const n = numberFrom(cell);
  return n !== null && Number.isInteger(n) && n >= min ? n : null;
}

/** The cell as text for an issue's `value` (dates as YYYY-MM-DD). */
export function cellDisplay(cell: RawCell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string') return cell;
  return cellText(cell);
}
