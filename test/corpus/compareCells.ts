import { columnLetter, dayFromSerial, dayToIso, type RawCell, type RawWorkbook } from '../../src/core';
import type { OpenpyxlReading, OpenpyxlValue } from './openpyxl';

/**
 * Where the project's reader and openpyxl may disagree on purpose: each rule says why, and the
 * differential test counts the cells each one excuses. Anything else is a difference.
 */
export const RULES = {
  timeOnly:
    'A time-of-day or duration format (h:mm, mm:ss, [h]:mm) shows no day: openpyxl makes a time of it, the project keeps the number, and they are compared as numbers.',
  beyondDates:
    'A date-formatted number that is no day of Excel’s (negative, below 1, serial 60 for the 29 February 1900 that never was, past 9999): openpyxl makes a date, a time or #VALUE! of it; the project keeps the number, and the engine says the date is wrong.',
  escapes:
    'OOXML escapes in text (_x000D_ for a carriage return): Excel shows the character, openpyxl leaves the escape.',
} as const;
export type Rule = keyof typeof RULES;

export interface Comparison {
  readonly cells: number;
  readonly differences: string[];
  readonly excused: Partial<Record<Rule, number>>;
}

function shown(value: RawCell | OpenpyxlValue | undefined): string {
  if (value instanceof Date) return `day ${dayToIso(Math.floor(value.getTime() / 86_400_000))}`;
  return JSON.stringify(value);
}

/** Whether a number format shows a day, month or year: the test's own rough reading, not the reader's. */
function showsDate(format: string): boolean {
  const bare = (format.split(';')[0] ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\.|general|am\/pm|a\/p/gi, '');
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}

function isoDay(cell: RawCell): string | null {
  return cell instanceof Date ? dayToIso(Math.floor(cell.getTime() / 86_400_000)) : null;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** Whether the two cells agree, and under which rule if they only agree by one. */
function agree(ours: RawCell, theirs: OpenpyxlValue, date1904: boolean): boolean | Rule {
  if (typeof theirs === 'string') {
    if (ours === theirs) return true;
    const decoded = theirs.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    return decoded !== theirs && ours === decoded ? 'escapes' : false;
  }
  if (typeof theirs === 'number' || typeof theirs === 'boolean') return ours === theirs;
  if ('e' in theirs) {
    if (ours === theirs.e) return true;
    // openpyxl's word for a date-formatted number it cannot make a date of.
    return theirs.e === '#VALUE!' && typeof ours === 'number' && !dayFromSerial(ours, date1904).ok
      ? 'beyondDates'
      : false;
  }
  if ('x' in theirs) return false;
  if ('d' in theirs && isoDay(ours) === theirs.d) return true;
  const serial = 'd' in theirs ? theirs.n : theirs.t;
  if (typeof ours !== 'number' || serial === undefined || !close(ours, serial)) return false;
  if (theirs.f !== undefined && !showsDate(theirs.f)) return 'timeOnly';
  return dayFromSerial(ours, date1904).ok ? false : 'beyondDates';
}

/** Every cell of every sheet, both ways: a cell only one reader has is a difference too. */
export function compareCells(ours: RawWorkbook, theirs: OpenpyxlReading & { ok: true }): Comparison {
  const differences: string[] = [];
  const excused: Partial<Record<Rule, number>> = {};
  let cells = 0;
  if (ours.date1904 !== theirs.date1904) differences.push(`date1904: ${ours.date1904} vs ${theirs.date1904}`);
  const names = (xs: ReadonlyArray<{ name: string }>) => xs.map((s) => s.name).join(' | ');
  if (names(ours.sheets) !== names(theirs.sheets))
    differences.push(`sheets: [${names(ours.sheets)}] vs [${names(theirs.sheets)}]`);
  theirs.sheets.forEach((sheet, i) => {
    const mine = ours.sheets[i];
    if (mine?.name !== sheet.name) return;
    const seen = new Set<string>();
    for (const [row, column, value] of sheet.cells) {
      if (value === '') continue; // an empty string is a blank cell
      const key = `${row}:${column}`;
      seen.add(key);
      cells++;
      const cell = mine.rows[row - 1]?.[column - 1] ?? null;
      const verdict = agree(cell, value, ours.date1904);
      if (verdict === true) continue;
      const where = `${sheet.name}!${columnLetter(column - 1)}${row}: ${shown(cell)} vs ${shown(value)}`;
      if (verdict === false) differences.push(where);
      else {
        excused[verdict] = (excused[verdict] ?? 0) + 1;
        if (process.env.VPWG_DIFF_DEBUG) console.log(verdict, where);
      }
    }
    mine.rows.forEach((cellsOfRow, r) =>
      cellsOfRow?.forEach((cell, c) => {
        if (cell === null || seen.has(`${r + 1}:${c + 1}`)) return;
        differences.push(`${sheet.name}!${columnLetter(c)}${r + 1}: ${shown(cell)} vs nothing`);
      }),
    );
  });
  return { cells, differences, excused };
}
