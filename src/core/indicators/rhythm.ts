import { firstDayOfMonthIndex, lastDayOfMonthIndex, monthIndex, type Day } from '../workbook/day';
import type { MonthCount, Rhythm } from './types';
import type { ResolvedPeriod } from './period';

/**
 * The monthly meeting rhythm over the held meetings' dates (sorted, all ≤ asOf), for the
 * period so far `[from, asOf]`.
 */
export function computeRhythm(heldDate: Int32Array, period: ResolvedPeriod, meetingsPerMonth: number): Rhythm {
  const { from, asOf } = period;
  const monthsHeld = new Set<number>();
  const monthsInPeriodHeld = new Set<number>();
  let meetingsHeld = 0;
  // longestGapDays = max(later − earlier over consecutive held meetings whose later one is in
  // the period, asOf − last held meeting); null when none was ever held.
  let longestGap = -1;
  for (let i = 0; i < heldDate.length; i++) {
    const d = heldDate[i]!;
    const month = monthIndex(d);
    monthsHeld.add(month);
    if (d < from) continue;
    meetingsHeld++;
    monthsInPeriodHeld.add(month);
    if (i > 0) longestGap = Math.max(longestGap, d - heldDate[i - 1]!);
  }
  const last = heldDate.length > 0 ? heldDate[heldDate.length - 1]! : null;
  if (last !== null) longestGap = Math.max(longestGap, asOf - last);

  // monthsInPeriod: calendar months the period so far touches; meetingsExpected = months × target.
  // (Never negative, even for a hand-made period whose asOf precedes from.)
  const monthsInPeriod = Math.max(0, monthIndex(asOf) - monthIndex(from) + 1);
  return {
    meetingsHeld,
    meetingsExpected: monthsInPeriod * meetingsPerMonth,
    monthsInPeriod,
    monthsWithMeeting: monthsInPeriodHeld.size,
    longestGapDays: last === null ? null : longestGap,
    daysSinceLastMeeting: last === null ? null : asOf - last,
    monthStreak: monthStreak(monthsHeld, asOf),
  };
}

/**
 * Consecutive months with a held meeting counting back from asOf's month. A month that is not
 * over (asOf before its last day) and has no meeting yet does not break the streak: counting
 * starts from the month before. A month that is over without a meeting ends it.
 */
function monthStreak(monthsHeld: ReadonlySet<number>, asOf: number): number {
  let month = monthIndex(asOf);
  if (!monthsHeld.has(month) && asOf < lastDayOfMonthIndex(month)) month--;
  let streak = 0;
  while (monthsHeld.has(month - streak)) streak++;
  return streak;
}

/** Months the monthly chart shows: a year, so a silent month stands out against eleven others. */
export const MONTHS_SHOWN = 12;

/**
 * Held meetings (dates ≤ asOf) counted per calendar month over the `months` months ending with
 * asOf's month, zeros included: the one count behind the dashboard's and the report's charts.
 */
export function heldByMonth(heldDate: Int32Array, asOf: Day, months = MONTHS_SHOWN): MonthCount[] {
  const last = monthIndex(asOf);
  const first = last - months + 1;
  const held = new Array<number>(months).fill(0);
  for (const d of heldDate) {
    const i = monthIndex(d) - first;
    if (i >= 0 && i < months && d <= asOf) held[i]!++;
  }
  return held.map((count, i) => ({ month: firstDayOfMonthIndex(first + i), held: count }));
}
