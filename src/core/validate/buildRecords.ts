import type { Day } from '../workbook/day';
import { idKey } from '../workbook/normalise';
import type {
  Actor,
  AttendanceValue,
  FollowUp,
  Gender,
  IncidentCategory,
  IncidentSeverity,
  MeetingStatus,
  MeetingType,
  PillarOrObserver,
} from '../schema/lists';
import type { AttendanceRecord, Incident, Meeting, Member } from './records';
import type { ParsedRow, ParsedSheet } from './parseSheet';

/*
 * Turns the rows that passed validation into typed records. A row reaching here has no error,
 * so its required fields are present and its list values are codes of their lists.
 */

function text(row: ParsedRow, key: string): string | null {
  const v = row.values[key];
  return typeof v === 'string' ? v : null;
}
function req(row: ParsedRow, key: string): string {
  return text(row, key) ?? '';
}
function date(row: ParsedRow, key: string): Day | null {
  const v = row.values[key];
  return typeof v === 'number' ? v : null;
}

function valid(sheet: ParsedSheet | undefined): ParsedRow[] {
  return sheet ? sheet.rows.filter((r) => !r.error) : [];
}

export function buildMembers(sheet: ParsedSheet | undefined): Member[] {
  return valid(sheet).map((r) => {
    const memberId = req(r, 'memberId');
    return {
      row: r.row,
      memberId,
      memberKey: idKey(memberId),
      name: req(r, 'name'),
      organisation: req(r, 'organisation'),
      pillar: req(r, 'pillar') as PillarOrObserver,
      gender: text(r, 'gender') as Gender | null,
      role: text(r, 'role'),
      email: text(r, 'email'),
      phone: text(r, 'phone'),
      joined: date(r, 'joined')!,
      left: date(r, 'left'),
    };
  });
}

export function buildMeetings(sheet: ParsedSheet | undefined): Meeting[] {
  return valid(sheet).map((r) => {
    const meetingId = req(r, 'meetingId');
    const topics = text(r, 'topics');
    return {
      row: r.row,
      meetingId,
      meetingKey: idKey(meetingId),
      date: date(r, 'date')!,
      type: (text(r, 'type') ?? 'ordinary') as MeetingType,
      status: (text(r, 'status') ?? 'held') as MeetingStatus,
      location: text(r, 'location'),
      topics:
        topics === null
          ? []
          : topics
              .split(';')
              .map((t) => t.trim())
              .filter((t) => t !== ''),
      initiative: text(r, 'initiative'),
    };
  });
}

export function buildAttendance(
  sheet: ParsedSheet | undefined,
  keyOf: (id: string) => string = idKey,
): AttendanceRecord[] {
  const out: AttendanceRecord[] = [];
  for (const r of sheet?.rows ?? []) {
    if (r.error) continue;
    const meetingId = req(r, 'meetingId');
    const memberId = req(r, 'memberId');
    out.push({
      row: r.row,
      meetingId,
      meetingKey: keyOf(meetingId),
      memberId,
      memberKey: keyOf(memberId),
      attendance: req(r, 'attendance') as AttendanceValue,
      delegate: text(r, 'delegate'),
    });
  }
  return out;
}

export function buildIncidents(sheet: ParsedSheet): Incident[] {
  return valid(sheet).map((r) => {
    const incidentId = req(r, 'incidentId');
    const shared = text(r, 'sharedMeetingId');
    return {
      row: r.row,
      incidentId,
      incidentKey: idKey(incidentId),
      date: date(r, 'date')!,
      reported: date(r, 'reported'),
      territory: req(r, 'territory'),
      site: text(r, 'site'),
      category: req(r, 'category') as IncidentCategory,
      actor: req(r, 'actor') as Actor,
      severity: text(r, 'severity') as IncidentSeverity | null,
      sharedMeetingId: shared,
      sharedMeetingKey: shared === null ? null : idKey(shared),
      followUp: req(r, 'followUp') as FollowUp,
      closed: date(r, 'closed'),
      referredTo: text(r, 'referredTo'),
      confidential: text(r, 'confidential') === 'yes',
      description: text(r, 'description'),
    };
  });
}

export function excludedCount(sheet: ParsedSheet | undefined): number {
  let n = 0;
  for (const r of sheet?.rows ?? []) if (r.error) n++;
  return n;
}
