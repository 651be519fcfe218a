import { dayFromIso, type Day } from '../../core';

/**
 * `?asOf=2025-10-15` in the web page's address: the day the page takes for today, so a
 * facilitator can look at (and export) the workbook as it stood on a given day, and the
 * browser tests get the same as-of date as `vpwg report --as-of`. Null when absent or not a
 * real date (the page then uses the computer's today).
 */
export function todayFromUrl(search: string): Day | null {
  return dayFromIso(new URLSearchParams(search).get('asOf')?.trim() ?? '');
}
