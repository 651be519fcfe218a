import type { Day } from '../../workbook/day';
import { idKey } from '../../workbook/normalise';
import type { MEETINGS } from '../../schema/sheets';
import type { ParsedSheet } from '../parseSheet';
import type { IssueSink } from '../issueSink';
import { emptyResult, inTheFuture, issueAt, type CheckResult } from './checkResult';
import { issue } from '../issueFactory';

/**
 * Held meetings (a blank status is held): one dated after today is a warning; one that
 * Attendance never names is a warning too, when there is a usable Attendance sheet
 * (`attended`: the keys it names) and the meeting row is not left out.
 */
export function heldMeetings(
  meetings: ParsedSheet<typeof MEETINGS>,
  asOf: Day,
  asOfIso: string,
  attended: ReadonlySet<string> | null,
  issues: IssueSink,
): CheckResult {
  const result = emptyResult(issues);
  for (const row of meetings.rows) {
    const { date } = row;
    if ((row.status ?? 'held') !== 'held' || date === null) continue;
    if (date > asOf) {
      inTheFuture(result, meetings, row, 'date', asOfIso);
    } else if (attended && !row.error && row.meetingId !== null && !attended.has(idKey(row.meetingId))) {
      result.issues.push(issue('meeting/no-attendance', 'warning', issueAt(meetings, row, 'meetingId')));
    }
  }
  return result;
}
