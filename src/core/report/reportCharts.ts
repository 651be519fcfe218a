import type { Indicators } from '../indicators/types';
import type { Meeting } from '../validate/records';
import { dayFromIso, firstDayOfMonthIndex, dayToIso, monthIndex } from '../workbook/day';
import type { IncidentsSection, ReportCharts } from './types';

/** Months shown by the meetings-per-month chart: a year, ending with the month of asOf. */
const MONTHS = 12;

/**
 * The charts' data. The incident series comes from the protected section (the donor's
 * suppressed figures); the monthly rhythm counts held meetings of the 12 months to asOf.
 */
export function reportCharts(
  indicators: Indicators,
  incidents: IncidentsSection,
  allMeetings: readonly Meeting[],
): ReportCharts {
  const asOf = dayFromIso(indicators.period.asOf) ?? 0;
  const last = monthIndex(asOf);
  const perMonth = new Map<number, number>();
  for (const m of allMeetings) {
    if (m.status !== 'held' || m.date > asOf) continue;
    const i = monthIndex(m.date);
    if (i > last - MONTHS) perMonth.set(i, (perMonth.get(i) ?? 0) + 1);
  }
  return {
    attendance: { meetings: indicators.participation.meetings, target: indicators.settings.attendanceTarget },
    activeByPillar: indicators.membership.byPillar,
    meetingsPerMonth: {
      months: Array.from({ length: MONTHS }, (_, k) => {
        const index = last - MONTHS + 1 + k;
        return { month: dayToIso(firstDayOfMonthIndex(index)).slice(0, 7), held: perMonth.get(index) ?? 0 };
      }),
      target: indicators.settings.meetingsPerMonth,
    },
    incidentsByCategory: incidents.kind === 'figures' ? incidents.byCategory : null,
  };
}
