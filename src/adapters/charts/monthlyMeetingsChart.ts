import type { MonthCount } from '../../core/index';
import type { ChartLabels } from './chartLabels';
import { CHART_COLOURS, targetLine, verticalWithLegend, type ChartOptions, type ChartSpec } from './chartSpec';

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
      rows: months.map((m, i) => [names[i] ?? labels.month(m.month), labels.count(m.held)]),
    },
  };
}
