import type { MonthCount } from '../core';
import type { ChartText } from './chartText';
import { CHART_COLOURS, targetLine, verticalWithLegend, type ChartOptions, type ChartSpec } from './chartSpec';

/** Meetings held per month (vertical bars), with the monthly target as a dashed line. */
export function monthlyMeetingsChart(
  months: readonly MonthCount[],
  perMonthTarget: number,
  text: ChartText,
  options: ChartOptions = { responsive: true },
): ChartSpec {
  const { t, format } = text;
  const names = months.map((m) => format.month(m.month));
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
          targetLine(`${t('attendance.target')} (${format.count(perMonthTarget)})`, perMonthTarget),
        ],
      },
      options: verticalWithLegend(options, { beginAtZero: true, ticks: { precision: 0 } }),
    },
    table: {
      headers: [t('months.month'), t('months.count')],
      rows: months.map((m, i) => [names[i] ?? format.month(m.month), format.count(m.held)]),
    },
  };
}
