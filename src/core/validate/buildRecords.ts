import { idKey } from '../workbook/normalise';
import type { INCIDENTS, INITIATIVES, MEETINGS, MEMBERS, MultiList, SheetSpec, STAKEHOLDERS } from '../schema/sheets';
import type { Country, Topic } from '../schema/lists';
import { cellParts, type CellPart } from '../rules/cellParts';
import { initiativeKey } from '../rules/names';
import type { AttendanceRecord, Incident, Initiative, Meeting, Member, Stakeholder } from './records';
import { isComplete, type CompleteRow, type ParsedAttendance, type ParsedSheet } from './parseSheet';
import { keyAt, type ResolvedAttendance } from './checks/resolveAttendance';
import { ITEMS_PER_STEP, runSteps, type Steps } from './steps';

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

/** The parts of a multi-value cell (programme.md): blank is none. */
function parts<C extends string>(cell: string | null, list: MultiList | null, comma = false): CellPart<C>[] {
  return cell === null ? [] : cellParts<C>(cell, list, comma);
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
    topics: parts<Topic>(r.topics, 'topic'),
    lessons: parts<Country>(r.lessons, 'country', true),
    expert: r.expert,
    initiatives: parts<never>(r.initiative, null),
  }));
}

/** Attendance records, their ID keys as the cross-checks resolved them (one string per ID, shared). */
export function buildAttendance(
  sheet: ParsedAttendance | undefined,
  resolved: ResolvedAttendance | null,
): AttendanceRecord[] {
  return runSteps(buildAttendanceSteps(sheet, resolved));
}

/**
 * buildAttendance in steps of a few thousand rows (steps.ts): a record for each row of the
 * columns without an error, in a list made at its final size (growing one to a million costs
 * more than filling it).
 */
export function* buildAttendanceSteps(
  sheet: ParsedAttendance | undefined,
  resolved: ResolvedAttendance | null,
): Steps<AttendanceRecord[]> {
  if (!sheet) return [];
  const { columns } = sheet;
  let excluded = 0;
  for (let from = 0; from < columns.length; from += ITEMS_PER_STEP) {
    if (from > 0) yield 0;
    excluded += columns.errorCount(from, Math.min(from + ITEMS_PER_STEP, columns.length));
  }
  const out = new Array<AttendanceRecord>(columns.length - excluded);
  let count = 0;
  for (let i = 0; i < columns.length; i++) {
    if (i % ITEMS_PER_STEP === 0 && i > 0) yield i / columns.length;
    if (columns.error[i] !== 0) continue;
    // A row without an error has its required fields (rowReader marks the row otherwise).
    const meetingId = columns.meetingId[i]!;
    const memberId = columns.memberId[i]!;
    out[count++] = {
      row: columns.row[i]!,
      meetingId,
      meetingKey: (resolved && keyAt(resolved.meetings, i)) ?? idKey(meetingId),
      memberId,
      memberKey: (resolved && keyAt(resolved.members, i)) ?? idKey(memberId),
      attendance: columns.attendance(i)!,
      delegate: columns.delegate(i),
    };
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

export function buildStakeholders(sheet: ParsedSheet<typeof STAKEHOLDERS>): Stakeholder[] {
  return complete(sheet).map((r) => ({
    row: r.row,
    stakeholderId: r.stakeholderId,
    stakeholderKey: idKey(r.stakeholderId),
    organisation: r.organisation,
    pillar: r.pillar,
    contact: r.contact,
    role: r.role,
    influence: r.influence,
    territory: r.territory,
    identified: r.identified,
    contacted: r.contacted,
    invited: r.invited,
    declined: r.declined,
    memberId: r.memberId,
    memberKey: r.memberId === null ? null : idKey(r.memberId),
    notes: r.notes,
  }));
}

export function buildInitiatives(sheet: ParsedSheet<typeof INITIATIVES>): Initiative[] {
  return complete(sheet).map((r) => ({
    row: r.row,
    name: r.name,
    key: initiativeKey(r.name),
    kind: r.kind,
    province: r.province,
    since: r.since,
    contact: r.contact,
    notes: r.notes,
  }));
}

export function excludedCount(sheet: { readonly rows: readonly { readonly error: boolean }[] } | undefined): number {
  let n = 0;
  for (const row of sheet?.rows ?? []) if (row.error) n++;
  return n;
}
