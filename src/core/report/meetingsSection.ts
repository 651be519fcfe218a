import type { Indicators } from '../indicators/types';
import type { Meeting } from '../validate/records';
import { idKey } from '../workbook/normalise';
import type { MeetingsSection, ReportMeeting } from './types';

/**
 * The period's held meetings (the indicators' participation list, in date order) with what
 * the Meetings sheet says of each. Topics are kept here; protect.ts drops them for donors.
 */
export function meetingsSection(meetings: readonly Meeting[], indicators: Indicators): MeetingsSection {
  const byKey = new Map(meetings.map((m) => [m.meetingKey, m]));
  const rows = indicators.participation.meetings.map((p): ReportMeeting => {
    const meeting = byKey.get(idKey(p.meetingId));
    // The cell's parts as written, each once: what the Meetings sheet says of the meeting.
    const written = (parts: readonly { readonly written: string }[]) => parts.map((part) => part.written);
    const initiatives = written(meeting?.initiatives ?? []);
    return {
      date: p.date,
      type: meeting?.type ?? 'ordinary',
      location: meeting?.location ?? null,
      initiative: initiatives.length === 0 ? null : initiatives.join('; '),
      expected: p.expected,
      attended: p.attended,
      rate: p.rate,
      pillarsPresent: p.pillarsPresent,
      topics: written(meeting?.topics ?? []),
    };
  });
  return {
    meetings: rows,
    rhythm: indicators.rhythm,
    averageRate: indicators.participation.averageRate,
    fullPillarShare: indicators.participation.fullPillarShare,
  };
}
