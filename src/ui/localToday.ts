import { dayFromYmd, type Day } from '../core';

/** Today on the user's computer (their calendar day, not UTC's). Doors only: the core never reads the clock. */
export function localToday(now: Date = new Date()): Day {
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
