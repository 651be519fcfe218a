import type { Period } from '../indicators/types';
import { previousQuarterOf, type PeriodRequest } from '../indicators/period';
import { dayFromIso } from '../workbook/day';

/** What kind of period a label names: `2025-Q3`, `2025`, or anything else. */
export function periodKind(label: string | null): 'quarter' | 'year' | 'range' {
  if (label !== null && /^\d{4}-Q[1-4]$/.test(label)) return 'quarter';
  if (label !== null && /^\d{4}$/.test(label)) return 'year';
  return 'range';
}

/**
 * The period a report compares with, as a request for resolvePeriod: the quarter before a
 * quarter, the year before a year (a year is compared with a year, not with its own last
 * quarter); null for another range, whose "previous" would be arbitrary.
 */
export function previousPeriod(period: Pick<Period, 'from' | 'label'>): PeriodRequest | null {
  const kind = periodKind(period.label);
  const from = dayFromIso(period.from);
  if (kind === 'quarter' && from !== null) return { kind: 'quarter', quarter: previousQuarterOf(from) };
  if (kind === 'year' && period.label !== null)
    return { kind: 'year', year: String(Number(period.label) - 1).padStart(4, '0') };
  return null;
}
