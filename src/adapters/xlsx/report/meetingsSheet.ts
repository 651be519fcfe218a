import type { ReportModel } from '../../../core';
import { date, int, share, text, type ReportCell } from './reportCell';
import type { ReportText } from './reportText';
import type { SheetWriter } from './sheetWriter';

export const MEETINGS_COLUMNS = 9;

/** Réunions / Meetings: one row per held meeting (topics only in the internal report), then the rhythm. */
export function writeMeetingsSheet(w: SheetWriter, model: ReportModel, x: ReportText): void {
  const { t } = x;
  const section = model.meetings;
  const withTopics = model.summary.audience === 'internal';
  const headers = (['date', 'type', 'location', 'expected', 'attended', 'rate', 'pillars', 'initiative'] as const).map(
    (k) => t(`meetings.${k}`),
  );
  w.header(withTopics ? [...headers, t('meetings.topics')] : headers, true, true);
  if (section.meetings.length === 0) w.note(t('meetings.none'));
  for (const m of section.meetings) {
    const cells: ReportCell[] = [
      date(m.date),
      text(x.format.list('meetingType', m.type)),
      text(m.location ?? x.format.none),
      int(m.expected),
      int(m.attended),
      share(m.rate),
      int(m.pillarsPresent),
      text(m.initiative ?? x.format.none),
    ];
    if (withTopics && m.topics) cells.push(text(m.topics.join('; ')));
    w.cells(cells);
  }
  w.gap();

  const r = section.rhythm;
  w.heading(t('meetings.rhythm'));
  w.pair(t('meetings.meetingsHeld'), int(r.meetingsHeld));
  w.pair(t('meetings.meetingsExpected'), int(r.meetingsExpected));
  w.pair(t('meetings.monthsInPeriod'), int(r.monthsInPeriod));
  w.pair(t('meetings.monthsWithMeeting'), int(r.monthsWithMeeting));
  w.pair(t('meetings.longestGapDays'), int(r.longestGapDays));
  w.pair(t('meetings.daysSinceLastMeeting'), int(r.daysSinceLastMeeting));
  w.pair(t('meetings.monthStreak'), int(r.monthStreak));
  w.pair(t('meetings.averageRate'), share(section.averageRate));
  w.pair(t('meetings.fullPillarShare'), share(section.fullPillarShare));
}
