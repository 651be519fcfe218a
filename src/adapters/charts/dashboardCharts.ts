import type { Indicators } from '../../core/index';
import { attendanceChart } from './attendanceChart';
import type { ChartLabels } from './chartLabels';
import type { ChartOptions, ChartSpec } from './chartSpec';
import { incidentCategoryChart } from './incidentCategoryChart';
import { monthlyMeetingsChart } from './monthlyMeetingsChart';
import { pillarChart } from './pillarChart';

/** The four charts of the dashboard and the report, in their order. */
export function dashboardCharts(
  indicators: Indicators,
  labels: ChartLabels,
  options: ChartOptions = { responsive: true },
): ChartSpec[] {
  return [
    attendanceChart(indicators.participation.meetings, indicators.settings.attendanceTarget, labels, options),
    pillarChart(indicators.membership.byPillar, labels, options),
    monthlyMeetingsChart(indicators.heldByMonth, indicators.settings.meetingsPerMonth, labels, options),
    incidentCategoryChart(indicators.incidents ? indicators.incidents.byCategory : null, labels, options),
  ];
}
