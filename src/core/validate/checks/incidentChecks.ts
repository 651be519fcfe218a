import type { Day } from '../../workbook/day';
import { idKey } from '../../workbook/normalise';
import type { INCIDENTS, MEETINGS } from '../../schema/sheets';
import { rawCell, type ParsedRow, type ParsedSheet } from '../parseSheet';
import type { RefDetail } from '../issue';
import type { IssueSink } from '../issueSink';
import { emptyResult, inTheFuture, issueAt, outOfOrder, unknownReference, type CheckResult } from './checkResult';
import { issue } from '../issueFactory';

type IncidentSheet = ParsedSheet<typeof INCIDENTS>;

/** Reported or closed before the incident's date (errors); an incident dated after today (a warning). */
export function incidentDates(incidents: IncidentSheet, asOf: Day, asOfIso: string, issues: IssueSink): CheckResult {
  const result = emptyResult(issues);
  for (const row of incidents.rows) {
    const { date, reported, closed } = row;
    if (date !== null && reported !== null && reported < date)
      outOfOrder(result, incidents, row, 'reported', 'reported-before-date');
    if (date !== null && closed !== null && closed < date)
      outOfOrder(result, incidents, row, 'closed', 'closed-before-date');
    if (date !== null && date > asOf) inTheFuture(result, incidents, row, 'date', asOfIso);
  }
  return result;
}

/**
 * Shared at a meeting the Meetings sheet does not have (an error, its detail `meetingRef`), or
 * at one held before the incident happened (an error). Shared at a left-out meeting: no issue,
 * the incident counts as not shared (workbook.md).
 */
export function sharedAtMeeting(
  incidents: IncidentSheet,
  meetingsByKey: ReadonlyMap<string, ParsedRow<typeof MEETINGS>>,
  meetingRef: RefDetail,
  issues: IssueSink,
): CheckResult {
  const result = emptyResult(issues);
  for (const row of incidents.rows) {
    const shared = row.sharedMeetingId;
    if (shared === null) continue;
    const meeting = meetingsByKey.get(idKey(shared));
    if (!meeting) {
      unknownReference(result, incidents, row, 'sharedMeetingId', meetingRef);
    } else if (!meeting.error && row.date !== null && meeting.date !== null && meeting.date < row.date) {
      outOfOrder(result, incidents, row, 'sharedMeetingId', 'shared-before-date');
    }
  }
  return result;
}

/**
 * Closed without a closing date: an error on the follow-up. A closing date that is there but
 * unreadable already has `cell/type`; only a blank one is missing.
 */
export function closedWithoutDate(incidents: IncidentSheet, issues: IssueSink): CheckResult {
  const result = emptyResult(issues);
  for (const row of incidents.rows) {
    if (row.followUp !== 'closed' || row.closed !== null) continue;
    const cell = rawCell(incidents, row.row, 'closed');
    if (cell !== null && !(typeof cell === 'string' && cell.trim() === '')) continue;
    result.leftOut.push(row);
    result.issues.push(issue('incident/closed-date-missing', 'error', issueAt(incidents, row, 'followUp')));
  }
  return result;
}
