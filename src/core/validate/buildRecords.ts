import { idKey } from '../workbook/normalise';
import type { ATTENDANCE, INCIDENTS, MEETINGS, MEMBERS, SheetSpec } from '../schema/sheets';
import type { AttendanceRecord, Incident, Meeting, Member } from './records';
import { isComplete, type CompleteRow, type ParsedSheet } from './parseSheet';
import type { ResolvedAttendance } from './checks/resolveAttendance';

/*
 * Turns the rows that passed validation into records. A row reaching here has no error, so its
 * required fields are there and its list values are codes of their lists (CompleteRow).
 */

function complete<S extends SheetSpec>(sheet: ParsedSheet<S> | undefined): CompleteRow<S>[] {
  return sheet ? sheet.rows.filter(isComplete) : [];
}

export function buildMembers(sheet: ParsedSheet<typeof MEMBERS> | undefined): Member[] {
  return complete(sheet).map((r) => ({
    row: r.row,
    memberId: r.memberId,
    memberKey: idKey(r.memberId),
    name: r.name,
    organisation: r.organisation,
    pillar: r.pillar,
    gender: r.gender,
    role: r.role,
    email: r.email,
    phone: r.phone,
    joined: r.joined,
    left: r.left,
  }));
}

/** Topics split on `;`, trimmed, blanks dropped. */
function topicsOf(cell: string | null): string[] {
  return cell === null
    ? []
    : cell
        .split(';')
        .map((t) => t.trim())
        .filter((t) => t !== '');
}

export function buildMeetings(sheet: ParsedSheet<typeof MEETINGS> | undefined): Meeting[] {
  return complete(sheet).map((r) => ({
    row: r.row,
    meetingId: r.meetingId,
    meetingKey: idKey(r.meetingId),
    date: r.date,
    type: r.type ?? 'ordinary',
    status: r.status ?? 'held',
    location: r.location,
    topics: topicsOf(r.topics),
    initiative: r.initiative,
  }));
}

/** Attendance records, their ID keys as the cross-checks resolved them (one string per ID, shared). */
export function buildAttendance(
  sheet: ParsedSheet<typeof ATTENDANCE> | undefined,
  resolved: ResolvedAttendance | null,
): AttendanceRecord[] {
  const out: AttendanceRecord[] = [];
  const rows = sheet?.rows ?? [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (!isComplete(r)) continue;
    out.push({
      row: r.row,
      meetingId: r.meetingId,
      meetingKey: resolved?.meetings[i]?.key ?? idKey(r.meetingId),
      memberId: r.memberId,
      memberKey: resolved?.members[i]?.key ?? idKey(r.memberId),
      attendance: r.attendance,
      delegate: r.delegate,
    });
  }
  return out;
}

export function buildIncidents(sheet: ParsedSheet<typeof INCIDENTS>): Incident[] {
  return complete(sheet).map((r) => ({
    row: r.row,
    incidentId: r.incidentId,
    incidentKey: idKey(r.incidentId),
    date: r.date,
    reported: r.reported,
    territory: r.territory,
    site: r.site,
    category: r.category,
    actor: r.actor,
    severity: r.severity,
    sharedMeetingId: r.sharedMeetingId,
    sharedMeetingKey: r.sharedMeetingId === null ? null : idKey(r.sharedMeetingId),
    followUp: r.followUp,
    closed: r.closed,
    referredTo: r.referredTo,
    confidential: r.confidential === 'yes',
    description: r.description,
  }));
}

export function excludedCount(sheet: { readonly rows: readonly { readonly error: boolean }[] } | undefined): number {
  let n = 0;
  for (const r of sheet?.rows ?? []) if (r.error) n++;
  return n;
}
