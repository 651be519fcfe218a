import { previousQuarterOf, type PeriodRequest, type ResolvedPeriod } from '../indicators/period';
import { dayToYmd } from '../workbook/day';

/**
 * The period a report compares with, as a request for resolvePeriod: the quarter before a
 * quarter, the year before a year (a year is compared with a year, not with its own last
 * quarter); null for another range, whose "previous" would be arbitrary.
 */
export function previousPeriod(period: Pick<ResolvedPeriod, 'from' | 'kind'>): PeriodRequest | null {
  if (period.kind === 'quarter') return { kind: 'quarter', quarter: previousQuarterOf(period.from) };
  if (period.kind === 'year') return { kind: 'year', year: String(dayToYmd(period.from).year - 1).padStart(4, '0') };
  return null;
}
