import { isActiveOn } from '../../rules/activeOn';
import type { ATTENDANCE } from '../../schema/sheets';
import { atRow, issue } from '../issueFactory';
import type { ParsedSheet } from '../parseSheet';
import type { IssueSink } from '../issueSink';
import { emptyResult, issueAt, markLeftOut, unknownReference, type CheckResult, type RefDetails } from './checkResult';
import { targetAt, type ResolvedAttendance } from './resolveAttendance';
import { ITEMS_PER_STEP, runSteps, type Steps } from '../steps';

type AttendanceSheet = ParsedSheet<typeof ATTENDANCE>;

/**
 * A meeting or member ID that its sheet does not have: `ref/unknown` on the cell, the row left
 * out, its detail from `refs` (naming the Meetings or Members tab it was looked up in).
 */
export function unknownReferences(
  attendance: AttendanceSheet,
  resolved: ResolvedAttendance,
  refs: RefDetails,
  issues: IssueSink,
): CheckResult {
  return runSteps(unknownReferencesSteps(attendance, resolved, refs, issues));
}

/** unknownReferences in steps of a few thousand rows (steps.ts). */
export function* unknownReferencesSteps(
  attendance: AttendanceSheet,
  resolved: ResolvedAttendance,
  refs: RefDetails,
  issues: IssueSink,
): Steps<CheckResult> {
  const result = emptyResult(issues);
  const { meetings, members } = resolved;
  const rows = attendance.rows;
  for (let i = 0; i < rows.length; i++) {
    if (i % ITEMS_PER_STEP === 0 && i > 0) {
      // This check reads no row's error: its rows left out are marked as it goes.
      markLeftOut(result);
      yield i / rows.length;
    }
    const row = rows[i]!;
    if (meetings.checked && meetings.codes[i]! >= 0 && targetAt(meetings, i) === undefined)
      unknownReference(result, attendance, row, 'meetingId', refs.Meetings);
    if (members.checked && members.codes[i]! >= 0 && targetAt(members, i) === undefined)
      unknownReference(result, attendance, row, 'memberId', refs.Members);
  }
  return result;
}

/** Above this many meeting × member pairs, first rows are kept in a map rather than a table. */
const PAIR_TABLE_LIMIT = 4_194_304;

/**
 * The same meeting and member on two rows: `row/duplicate` on each repeat (with the first row),
 * left out. A row naming an unknown member gets `ref/unknown` only (workbook.md).
 */
export function repeatedPairs(
  attendance: AttendanceSheet,
  resolved: ResolvedAttendance,
  issues: IssueSink,
): CheckResult {
  return runSteps(repeatedPairsSteps(attendance, resolved, issues));
}

/** repeatedPairs in steps of a few thousand rows (steps.ts). */
export function* repeatedPairsSteps(
  attendance: AttendanceSheet,
  resolved: ResolvedAttendance,
  issues: IssueSink,
): Steps<CheckResult> {
  const result = emptyResult(issues);
  const { meetings, members } = resolved;
  const width = members.distinct.size;
  // Pairs as numbers: two small codes, far cheaper than string keys over a million rows; a flat
  // table of first rows (0: none yet) when the grid of pairs is small enough, a map otherwise.
  const cells = meetings.distinct.size * width;
  const table = cells <= PAIR_TABLE_LIMIT ? new Int32Array(cells) : null;
  const map = table ? null : new Map<number, number>();
  const sheetName = attendance.located.sheet.name;
  const rows = attendance.rows;
  for (let i = 0; i < rows.length; i++) {
    if (i % ITEMS_PER_STEP === 0 && i > 0) yield i / rows.length;
    const row = rows[i]!;
    const meeting = meetings.codes[i]!;
    const member = members.codes[i]!;
    if (meeting < 0 || member < 0 || (members.checked && members.targets[member] === undefined)) continue;
    const pair = meeting * width + member;
    const firstRow = table ? table[pair]! : (map!.get(pair) ?? 0);
    if (firstRow !== 0) {
      result.leftOut.push(row);
      if (!result.issues.countedUnlisted(sheetName, 'error', 'row/duplicate', row.row, -1))
        result.issues.push(issue('row/duplicate', 'error', atRow(sheetName, row.row), { firstRow }));
    } else if (table) {
      table[pair] = row.row;
    } else {
      map!.set(pair, row.row);
    }
  }
  return result;
}

/**
 * Attendance of someone who was not a member on the meeting's day: a warning. A left-out
 * member or meeting row already has its own error: no second issue from it.
 */
export function attendanceOfNonMembers(
  attendance: AttendanceSheet,
  resolved: ResolvedAttendance,
  issues: IssueSink,
): CheckResult {
  return runSteps(attendanceOfNonMembersSteps(attendance, resolved, issues));
}

/** attendanceOfNonMembers in steps of a few thousand rows (steps.ts). */
export function* attendanceOfNonMembersSteps(
  attendance: AttendanceSheet,
  resolved: ResolvedAttendance,
  issues: IssueSink,
): Steps<CheckResult> {
  const result = emptyResult(issues);
  const rows = attendance.rows;
  for (let i = 0; i < rows.length; i++) {
    if (i % ITEMS_PER_STEP === 0 && i > 0) yield i / rows.length;
    const row = rows[i]!;
    const meeting = targetAt(resolved.meetings, i);
    const member = targetAt(resolved.members, i);
    if (!meeting || !member || meeting.error || member.error) continue;
    if (meeting.date === null || member.joined === null) continue;
    if (!isActiveOn(member.joined, member.left, meeting.date)) {
      result.issues.push(issue('attendance/not-member', 'warning', issueAt(attendance, row, 'memberId')));
    }
  }
  return result;
}

/** The keys of the meetings Attendance names (known or not). */
export function attendedMeetingKeys(resolved: ResolvedAttendance): Set<string> {
  // Every code stands for a key some row names.
  const { distinct } = resolved.meetings;
  const keys = new Set<string>();
  for (let code = 0; code < distinct.size; code++) keys.add(distinct.key(code));
  return keys;
}
