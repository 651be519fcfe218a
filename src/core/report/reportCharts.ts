import type { Indicators } from '../indicators/types';
import type { IncidentsSection, ReportCharts } from './types';

/**
 * The charts' data. The incident series comes from the protected section (the donor's
 * suppressed figures); the monthly rhythm is the indicators' held meetings per month.
 */
export function reportCharts(indicators: Indicators, incidents: IncidentsSection): ReportCharts {
  return {
    attendance: { meetings: indicators.participation.meetings, target: indicators.settings.attendanceTarget },
    activeByPillar: indicators.membership.byPillar,
    meetingsPerMonth: { months: indicators.heldByMonth, target: indicators.settings.meetingsPerMonth },
    incidentsByCategory: incidents.kind === 'figures' ? incidents.byCategory : null,
  };
}
