import type { Indicators } from '../../core/index';
import { attendanceChart } from './attendanceChart';
import type { ChartLabels } from './chartLabels';
import type { ChartOptions, ChartSpec } from './chartSpec';
import { incidentCategoryChart } from './incidentCategoryChart';
import { countMeetingsPerMonth, monthlyMeetingsChart } from './monthlyMeetingsChart';
import { pillarChart } from './pillarChart';

/**
 * The four charts of the dashboard and the report, in their order. `lastTwelveMonths` are the
 * indicators over the 12 calendar months ending with the period's last month (their
 * `participation.meetings` are the held meetings counted per month).
 */
export function dashboardCharts(
  indicators: Indicators,
  lastTwelveMonths: Indicators,
  labels: ChartLabels,
  options: ChartOptions = { responsive: true },
): ChartSpec[] {
  return [
    attendanceChart(indicators.participation.meetings, indicators.settings.attendanceTarget, labels, options),
    pillarChart(indicators.membership.byPillar, labels, options),
    monthlyMeetingsChart(
      countMeetingsPerMonth(lastTwelveMonths.participation.meetings, lastTwelveMonths.period.to),
      indicators.settings.meetingsPerMonth,
      labels,
      options,
    ),
    incidentCategoryChart(indicators.incidents ? indicators.incidents.byCategory : null, labels, options),
  ];
}
