import type { Indicators } from '../core';
import { attendanceChart } from './attendanceChart';
import type { ChartText } from './chartText';
import type { ChartOptions, ChartSpec } from './chartSpec';
import { incidentCategoryChart } from './incidentCategoryChart';
import { monthlyMeetingsChart } from './monthlyMeetingsChart';
import { pillarChart } from './pillarChart';

/** The four charts of the dashboard and the report, in their order. */
export function dashboardCharts(
  indicators: Indicators,
  text: ChartText,
  options: ChartOptions = { responsive: true },
): ChartSpec[] {
  return [
    attendanceChart(indicators.participation.meetings, indicators.settings.attendanceTarget, text, options),
    pillarChart(indicators.membership.byPillar, text, options),
    monthlyMeetingsChart(indicators.heldByMonth, indicators.settings.meetingsPerMonth, text, options),
    incidentCategoryChart(indicators.incidents ? indicators.incidents.byCategory : null, text, options),
  ];
}
