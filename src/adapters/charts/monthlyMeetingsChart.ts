import type { ChartLabels } from './chartLabels';
import { CHART_COLOURS, targetLine, verticalWithLegend, type ChartOptions, type ChartSpec } from './chartSpec';

export interface MonthCount {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly held: number;
}

function monthKey(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Held meetings counted per calendar month over the `months` months ending with the month
 * of `lastDay` (zeros included, so a silent month shows as a gap). `meetings` are held
 * meetings with ISO dates, e.g. `participation.meetings` of indicators over those months.
 */
export function countMeetingsPerMonth(
  meetings: ReadonlyArray<{ readonly date: string }>,
  lastDay: string,
  months = 12,
): MonthCount[] {
  const last = Number(lastDay.slice(0, 4)) * 12 + Number(lastDay.slice(5, 7)) - 1;
  const counts = new Map<string, number>();
  for (const m of meetings) counts.set(m.date.slice(0, 7), (counts.get(m.date.slice(0, 7)) ?? 0) + 1);
  const result: MonthCount[] = [];
  for (let i = last - months + 1; i <= last; i++)
    result.push({ month: monthKey(i), held: counts.get(monthKey(i)) ?? 0 });
  return result;
}

/** Meetings held per month (vertical bars), with the monthly target as a dashed line. */
export function monthlyMeetingsChart(
  months: readonly MonthCount[],
  perMonthTarget: number,
  labels: ChartLabels,
  options: ChartOptions = { responsive: true },
): ChartSpec {
  const { t } = labels;
  const names = months.map((m) => labels.month(m.month));
  return {
    id: 'months',
    title: t('months.title'),
    height: 240,
    empty: null,
    config: {
      type: 'bar',
      data: {
        labels: names,
        datasets: [
          {
            type: 'bar',
            label: t('months.count'),
            data: months.map((m) => m.held),
            backgroundColor: CHART_COLOURS.bar,
            order: 2,
          },
          targetLine(`${t('attendance.target')} (${labels.count(perMonthTarget)})`, perMonthTarget),
        ],
      },
      options: verticalWithLegend(options, { beginAtZero: true, ticks: { precision: 0 } }),
    },
    table: {
      headers: [t('months.month'), t('months.count')],
      rows: months.map((m, i) => [names[i] ?? m.month, labels.count(m.held)]),
    },
  };
}
