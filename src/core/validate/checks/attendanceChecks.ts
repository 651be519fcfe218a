import { isActiveOn } from '../../rules/activeOn';
import { atRow, issue } from '../issueFactory';
import type { ParsedAttendance } from '../parseSheet';
import type { IssueSink } from '../issueSink';
import { emptyResult, issueAtRow, reportUnknown, type CheckResult, type RefDetails } from './checkResult';
import { isUnknownAt, targetAt, type ResolvedAttendance } from './resolveAttendance';
import { ITEMS_PER_STEP, runSteps, type Steps } from '../steps';

/*
 * Attendance's checks leave their rows out at once, in its columns' `error`: none of them reads
 * an Attendance row's error, so marking them as found changes nothing for the next row or check
 * (crossChecks' rule that a row left out by one check is left out for the next holds), and a
 * million rows left out are never one list. Their results' `leftOut` stays empty.
 */

type AttendanceSheet = ParsedAttendance;

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
  const { columns } = attendance;
  for (let i = 0; i < columns.length; i++) {
    if (i % ITEMS_PER_STEP === 0 && i > 0) yield i / columns.length;
    if (isUnknownAt(meetings, i)) {
      columns.error[i] = 1;
      reportUnknown(issues, attendance, columns.row[i]!, 'meetingId', refs.Meetings);
    }
    if (isUnknownAt(members, i)) {
      columns.error[i] = 1;
      reportUnknown(issues, attendance, columns.row[i]!, 'memberId', refs.Members);
    }
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
  const { columns } = attendance;
  for (let i = 0; i < columns.length; i++) {
    if (i % ITEMS_PER_STEP === 0 && i > 0) yield i / columns.length;
    const row = columns.row[i]!;
    const meeting = meetings.codes[i]!;
    const member = members.codes[i]!;
    if (meeting < 0 || member < 0 || (members.checked && members.targets[member] === undefined)) continue;
    const pair = meeting * width + member;
    const firstRow = table ? table[pair]! : (map!.get(pair) ?? 0);
    if (firstRow !== 0) {
      columns.error[i] = 1;
      if (!result.issues.countedUnlisted(sheetName, 'error', 'row/duplicate', row, -1))
        result.issues.push(issue('row/duplicate', 'error', atRow(sheetName, row), { firstRow }));
    } else if (table) {
      table[pair] = row;
    } else {
      map!.set(pair, row);
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
  const { columns } = attendance;
  for (let i = 0; i < columns.length; i++) {
    if (i % ITEMS_PER_STEP === 0 && i > 0) yield i / columns.length;
    const meeting = targetAt(resolved.meetings, i);
    const member = targetAt(resolved.members, i);
    if (!meeting || !member || meeting.error || member.error) continue;
    if (meeting.date === null || member.joined === null) continue;
    if (!isActiveOn(member.joined, member.left, meeting.date)) {
      result.issues.push(
        issue('attendance/not-member', 'warning', issueAtRow(attendance, columns.row[i]!, 'memberId')),
      );
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
