/**
 * A calendar day as a whole number of days since 1970-01-01 (day 0). Days carry no time and
 * no time zone, so differences are plain subtraction: calendar days between two dates.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayFromYmd(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The UTC calendar day of a Date (readers hand dates over as UTC midnight or UTC date-times). */
export function dayFromDate(date: Date): Day | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  return Math.floor(ms / MS_PER_DAY);
}

export function dayToYmd(day: Day): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD`, the form of every date in JSON output. */
export function dayToIso(day: Day): string {
  const { year, month, day: d } = dayToYmd(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
}

/** Parses exactly `YYYY-MM-DD` (a real calendar date), else null. */
export function dayFromIso(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The day for year/month/day when that date exists on the calendar, else null. */
export function validDay(year: number, month: number, day: number): Day | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1) return null;
  const result = dayFromYmd(year, month, day);
  const back = dayToYmd(result);
  return back.year === year && back.month === month && back.day === day ? result : null;
}

/** A Date at UTC midnight of the day, for writers that want Date objects. */
export function dayToDate(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

/** Month index (year × 12 + month − 1), handy to count calendar months. */
export function monthIndex(day: Day): number {
  const { year, month } = dayToYmd(day);
  return year * 12 + month - 1;
}

export function firstDayOfMonthIndex(index: number): Day {
  return dayFromYmd(Math.floor(index / 12), (index % 12) + 1, 1);
}

export function lastDayOfMonthIndex(index: number): Day {
  return firstDayOfMonthIndex(index + 1) - 1;
}
