import { dayFromSerial, dayToDate, validDay, type RawCell } from '../../../core';
import { plainInlineText } from './plainCell';
import {
  elementText,
  isEndTag,
  isLocal,
  isMarkup,
  NAMES,
  nameEnd,
  nextByte,
  selfClosing,
  skipMarkup,
  stringItemText,
  tagEnd,
  type Bytes,
} from './xmlBytes';

/** A cell's `t` attribute: what its `<v>` holds. */
export type CellType = 'n' | 's' | 'str' | 'inlineStr' | 'b' | 'e' | 'd';

/** The type a `t` attribute's value in [from, to) names (read in place: it is on every cell). */
export function typeOf(xml: Bytes, from: number, to: number): CellType {
  const length = to - from;
  const c = xml[from];
  if (length === 1) {
    if (c === 115) return 's';
    if (c === 98) return 'b';
    if (c === 101) return 'e';
    if (c === 100) return 'd';
    return 'n';
  }
  if (length === 3 && c === 115 && xml[from + 1] === 116 && xml[from + 2] === 114) return 'str';
  if (length === 9 && c === 105) return 'inlineStr';
  return 'n';
}

/** What a worksheet's cells refer to: the shared strings, which styles are dates, the date system. */
export interface CellContext {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** Where the content of the cell's first child with this local name starts; -1 if none, -2 if empty. */
function child(xml: Bytes, from: number, to: number, local: Bytes): number {
  let at = from;
  for (;;) {
    const lt = nextByte(xml, 60, at);
    if (lt === -1 || lt >= to) return -1;
    if (isMarkup(xml, lt)) {
      at = skipMarkup(xml, lt);
      if (at === -1) return -1;
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (gt === -1 || gt > to) return -1;
    if (!isEndTag(xml, lt) && isLocal(xml, lt + 1, nameEnd(xml, lt + 1), local))
      return selfClosing(xml, gt) ? -2 : gt + 1;
    at = gt + 1;
  }
}

/** Where the text of the cell's `<v>` starts; -1 if none, -2 if empty. */
function valueStart(xml: Bytes, from: number, to: number): number {
  // Nearly every cell: `<v>` right after the cell's start tag.
  if (xml[from] === 60 && xml[from + 1] === 118 && xml[from + 2] === 62) return from + 3;
  return child(xml, from, to, NAMES.v);
}

/** A whole number written as plain digits up to the next `<` (`<v>42</v>`), read in place; -1 otherwise. */
function plainInteger(xml: Bytes, start: number): number {
  let n = 0;
  let i = start;
  for (; i < start + 15; i++) {
    const c = xml[i] ?? 0;
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
  }
  return i > start && xml[i] === 60 ? n : -1;
}

/** A date-formatted number as its day, a Date at UTC midnight; out of Excel's dates, the number. */
function dateCell(serial: number, date1904: boolean): RawCell {
  const day = dayFromSerial(serial, date1904);
  // Serial 60 (29 February 1900, which never was) and negative serials stay numbers: the
  // engine then says why the date is wrong.
  return day.ok ? dayToDate(day.day) : serial;
}

const ISO_DAY = /^\s*(\d{4})-(\d{2})-(\d{2})/;

function numberCell(text: string, style: number, context: CellContext): RawCell {
  if (text.trim() === '') return null;
  const n = Number(text);
  // Not a number at all: the text as written, so that the engine can show it.
  if (!Number.isFinite(n)) return text;
  return context.dateStyles[style] === true ? dateCell(n, context.date1904) : n;
}

/**
 * The value of one cell whose content is [from, to): what Excel shows after calculation, as
 * the core's raw cell. A formula's cached result is its `<v>` (shared and array formulas
 * alike); a formula never calculated is blank. Blank cells give null.
 */
export function cellValue(
  xml: Bytes,
  from: number,
  to: number,
  type: CellType,
  style: number,
  context: CellContext,
): RawCell {
  if (type === 'inlineStr') {
    const plain = plainInlineText(xml, from, to);
    if (plain !== null) return plain === '' ? null : plain;
    const is = child(xml, from, to, NAMES.is);
    const v = is >= 0 ? -1 : valueStart(xml, from, to);
    const text = is >= 0 ? stringItemText(xml, is, to) : v >= 0 ? elementText(xml, v) : '';
    return text === '' ? null : text;
  }
  const start = valueStart(xml, from, to);
  if (start < 0) return null;
  // Shared strings and whole numbers, most cells of a sheet, are read without making a string.
  const integer = type === 's' || type === 'n' ? plainInteger(xml, start) : -1;
  if (type === 's') {
    const shared = context.strings[integer >= 0 ? integer : Number(elementText(xml, start))];
    return shared === undefined || shared === '' ? null : shared;
  }
  if (type === 'n' && integer >= 0)
    return context.dateStyles[style] === true ? dateCell(integer, context.date1904) : integer;
  const text = elementText(xml, start);
  if (text === '') return null;
  switch (type) {
    case 'n':
      return numberCell(text, style, context);
    case 'b': {
      const b = text.trim().toLowerCase();
      if (b === '1' || b === 'true') return true;
      if (b === '0' || b === 'false') return false;
      return text;
    }
    case 'd': {
      // ISO 8601 dates, written by some generators instead of serials.
      const m = ISO_DAY.exec(text);
      const day = m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
      return day === null ? text : dayToDate(day);
    }
    default:
      // 'str' (a formula's text result) and 'e' (an error such as #N/A): the text itself.
      return text;
  }
}
