import { dayToIso, type Day } from '../workbook/day';
import { idKey, idKeyMemo } from '../workbook/normalise';
import { isActiveOn } from '../rules/activeOn';
import type { Issue, OrderRule } from './issue';
import { at, atRow } from './issueFactory';
import { displayValue, rawCell, type ParsedRow, type ParsedSheet } from './parseSheet';

/** The parsed contract sheets that exist and are usable (undefined otherwise). */
export interface ParsedSheets {
  readonly members?: ParsedSheet;
  readonly meetings?: ParsedSheet;
  readonly attendance?: ParsedSheet;
  readonly incidents?: ParsedSheet;
}

function str(row: ParsedRow, key: string): string | null {
  const v = row.values[key];
  return typeof v === 'string' ? v : null;
}
function day(row: ParsedRow, key: string): Day | null {
  const v = row.values[key];
  return typeof v === 'number' ? v : null;
}

function issueAt(sheet: ParsedSheet, row: ParsedRow, key: string, hint: string | null = null) {
  const column = sheet.header.columns.get(key) ?? 0;
  return at(sheet.located.sheet.name, row.row, column, key, displayValue(sheet, row.row, key), hint);
}

/** Every row's ID (errors or not), first row per ID; repeats get `cell/unique` on every repeat. */
function indexIds(sheet: ParsedSheet | undefined, key: string, issues: Issue[]): Map<string, ParsedRow> {
  const first = new Map<string, ParsedRow>();
  if (!sheet) return first;
  for (const row of sheet.rows) {
    const id = str(row, key);
    if (id === null) continue;
    const k = idKey(id);
    const seen = first.get(k);
    if (seen) {
      row.error = true;
      issues.push({
        code: 'cell/unique',
        severity: 'error',
        ...issueAt(sheet, row, key),
        detail: { firstRow: seen.row },
      });
    } else {
      first.set(k, row);
    }
  }
  return first;
}

function order(sheet: ParsedSheet, row: ParsedRow, key: string, rule: OrderRule, issues: Issue[]): void {
  row.error = true;
  issues.push({ code: 'cell/order', severity: 'error', ...issueAt(sheet, row, key), detail: { rule } });
}

/** Whether a member row was active on day d (null when its joining date is unreadable). */
function activeOn(member: ParsedRow, d: Day): boolean | null {
  const joined = day(member, 'joined');
  return joined === null ? null : isActiveOn(joined, day(member, 'left'), d);
}

/**
 * The checks that look across rows and sheets (workbook.md, "Issues"): unique IDs, references,
 * repeated attendance pairs, date order, closed without a date, future dates, attendance of
 * non-members and held meetings without attendance. References are checked against every row
 * of the referenced sheet, also rows with errors; a missing or unusable sheet is not checked.
 */
export function crossCheck(
  sheets: ParsedSheets,
  asOf: Day,
  issues: Issue[],
  keyOf: (id: string) => string = idKeyMemo(),
): void {
  const { members, meetings, attendance, incidents } = sheets;
  const memberById = indexIds(members, 'memberId', issues);
  const meetingById = indexIds(meetings, 'meetingId', issues);
  indexIds(incidents, 'incidentId', issues);
  const asOfIso = dayToIso(asOf);

  if (members) {
    for (const row of members.rows) {
      const joined = day(row, 'joined');
      const left = day(row, 'left');
      if (joined !== null && left !== null && left < joined) order(members, row, 'left', 'left-before-joined', issues);
      if (joined !== null && joined > asOf) {
        issues.push({
          code: 'cell/future',
          severity: 'warning',
          ...issueAt(members, row, 'joined'),
          detail: { asOf: asOfIso },
        });
      }
    }
  }

  const attendedMeetings = new Set<string>();
  if (attendance) {
    const pairIds = new Map<string, number>();
    const memberIds = new Map<string, number>();
    const seenPairs = new Map<number, number>();
    for (const row of attendance.rows) {
      const meetingId = str(row, 'meetingId');
      const memberId = str(row, 'memberId');
      const meetingKey = meetingId === null ? null : keyOf(meetingId);
      const memberKey = memberId === null ? null : keyOf(memberId);
      if (meetingKey !== null) attendedMeetings.add(meetingKey);
      let meetingKnown = false;
      let memberKnown = false;
      if (meetingKey !== null && meetings) {
        meetingKnown = meetingById.has(meetingKey);
        if (!meetingKnown) {
          row.error = true;
          issues.push({
            code: 'ref/unknown',
            severity: 'error',
            ...issueAt(attendance, row, 'meetingId'),
            detail: { target: 'Meetings' },
          });
        }
      }
      if (memberKey !== null && members) {
        memberKnown = memberById.has(memberKey);
        if (!memberKnown) {
          row.error = true;
          issues.push({
            code: 'ref/unknown',
            severity: 'error',
            ...issueAt(attendance, row, 'memberId'),
            detail: { target: 'Members' },
          });
        }
      }
      // An Attendance row naming an unknown member gets `ref/unknown` only (workbook.md).
      const memberUnknown = memberKey !== null && members !== undefined && !memberKnown;
      if (meetingKey !== null && memberKey !== null && !memberUnknown) {
        // Pairs as numbers: two small integer codes, far cheaper than string keys over a million rows.
        let a = pairIds.get(meetingKey);
        if (a === undefined) pairIds.set(meetingKey, (a = pairIds.size));
        let b = memberIds.get(memberKey);
        if (b === undefined) memberIds.set(memberKey, (b = memberIds.size));
        const pair = a * 4_194_304 + b;
        const firstRow = seenPairs.get(pair);
        if (firstRow !== undefined) {
          row.error = true;
          issues.push({
            code: 'row/duplicate',
            severity: 'error',
            ...atRow(attendance.located.sheet.name, row.row),
            detail: { firstRow },
          });
        } else {
          seenPairs.set(pair, row.row);
        }
      }
      // A left-out member or meeting row already has its own error: no second issue from it.
      const meeting = meetingKnown ? meetingById.get(meetingKey!)! : null;
      const member = memberKnown ? memberById.get(memberKey!)! : null;
      if (meeting && member && !meeting.error && !member.error) {
        const meetingDate = day(meeting, 'date');
        const active = meetingDate === null ? null : activeOn(member, meetingDate);
        if (active === false) {
          issues.push({ code: 'attendance/not-member', severity: 'warning', ...issueAt(attendance, row, 'memberId') });
        }
      }
    }
  }

  if (meetings) {
    for (const row of meetings.rows) {
      const date = day(row, 'date');
      const status = row.values.status ?? 'held';
      if (status !== 'held' || date === null) continue;
      if (date > asOf) {
        issues.push({
          code: 'cell/future',
          severity: 'warning',
          ...issueAt(meetings, row, 'date'),
          detail: { asOf: asOfIso },
        });
      } else if (attendance && !row.error) {
        const id = str(row, 'meetingId');
        if (id !== null && !attendedMeetings.has(idKey(id))) {
          issues.push({ code: 'meeting/no-attendance', severity: 'warning', ...issueAt(meetings, row, 'meetingId') });
        }
      }
    }
  }

  if (incidents) {
    for (const row of incidents.rows) {
      const date = day(row, 'date');
      const reported = day(row, 'reported');
      const closed = day(row, 'closed');
      if (date !== null && reported !== null && reported < date)
        order(incidents, row, 'reported', 'reported-before-date', issues);
      if (date !== null && closed !== null && closed < date)
        order(incidents, row, 'closed', 'closed-before-date', issues);
      const shared = str(row, 'sharedMeetingId');
      if (shared !== null && meetings) {
        const meeting = meetingById.get(idKey(shared));
        if (!meeting) {
          row.error = true;
          issues.push({
            code: 'ref/unknown',
            severity: 'error',
            ...issueAt(incidents, row, 'sharedMeetingId'),
            detail: { target: 'Meetings' },
          });
        } else if (!meeting.error) {
          // Shared at a left-out meeting: no issue, the incident counts as not shared (workbook.md).
          const meetingDate = day(meeting, 'date');
          if (date !== null && meetingDate !== null && meetingDate < date)
            order(incidents, row, 'sharedMeetingId', 'shared-before-date', issues);
        }
      }
      if (row.values.followUp === 'closed' && closed === null && rawIsBlank(incidents, row, 'closed')) {
        row.error = true;
        issues.push({
          code: 'incident/closed-date-missing',
          severity: 'error',
          ...issueAt(incidents, row, 'followUp'),
        });
      }
      if (date !== null && date > asOf) {
        issues.push({
          code: 'cell/future',
          severity: 'warning',
          ...issueAt(incidents, row, 'date'),
          detail: { asOf: asOfIso },
        });
      }
    }
  }
}

/** A closed date that is unreadable already has `cell/type`; only a blank one is "missing". */
function rawIsBlank(sheet: ParsedSheet, row: ParsedRow, key: string): boolean {
  const cell = rawCell(sheet, row.row, key);
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}
