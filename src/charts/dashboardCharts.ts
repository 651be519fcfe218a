import type { Indicators, Measure } from '../core';
import { attendanceChart } from './attendanceChart';
import type { ChartText } from './chartText';
import type { ChartOptions, ChartSpec } from './chartSpec';
import { incidentCategoryChart } from './incidentCategoryChart';
import { monthlyMeetingsChart } from './monthlyMeetingsChart';
import { outreachFunnelChart } from './outreachFunnelChart';
import { pillarChart } from './pillarChart';
import { topicsChart } from './topicsChart';

/**
 * The dashboard's charts, under the measure each one shows (programme.md): the membership and
 * the mapping under measure 1, the topics under 2, the rhythm, attendance and incidents under 3.
 * Measure 4 has a list of initiatives rather than a chart.
 */
export function dashboardCharts(
  indicators: Indicators,
  text: ChartText,
  options: ChartOptions = { responsive: true },
): Readonly<Record<Measure, readonly ChartSpec[]>> {
  return {
    1: [
      pillarChart(indicators.membership.byPillar, text, options),
      outreachFunnelChart(indicators.outreach, text, options),
    ],
    2: [topicsChart(indicators.expertise.topics, text, options)],
    3: [
      attendanceChart(indicators.participation.meetings, indicators.settings.attendanceTarget, text, options),
      monthlyMeetingsChart(indicators.heldByMonth, indicators.settings.meetingsPerMonth, text, options),
      incidentCategoryChart(indicators.incidents ? indicators.incidents.byCategory : null, text, options),
    ],
    4: [],
  };
}
