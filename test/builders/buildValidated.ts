/**
 * Hand-made `ValidatedWorkbook` values for indicator tests: what the engine would hand over after
 * validation, written in a few lines with ISO dates. Keys are derived as the engine does.
 */
import {
  computeIndicators,
  resolvePeriod,
  DEFAULT_SETTINGS,
  type AttendanceRecord,
  type AttendanceValue,
  type ExcludedRows,
  type Indicators,
  type PeriodRequest,
  type Incident,
  type Initiative,
  type Stakeholder,
  type Meeting,
  type Member,
  type PillarOrObserver,
  type Settings,
  type ValidatedWorkbook,
} from '../../src/core';
import { day } from './workbook';

const key = (id: string): string => id.trim().toLowerCase();
let row = 2;

export function member(
  memberId: string,
  pillar: PillarOrObserver,
  joined: string,
  extra: Partial<Omit<Member, 'joined' | 'left'>> & { left?: string } = {},
): Member {
  const { left, ...rest } = extra;
  return {
    row: row++,
    memberId,
    memberKey: key(memberId),
    name: `Name ${memberId}`,
    organisation: `Org ${memberId}`,
    pillar,
    gender: null,
    role: null,
    email: null,
    phone: null,
    ...rest,
    joined: day(joined),
    left: left === undefined ? null : day(left),
  };
}

export function meeting(meetingId: string, date: string, extra: Partial<Omit<Meeting, 'date'>> = {}): Meeting {
  return {
    row: row++,
    meetingId,
    meetingKey: key(meetingId),
    type: 'ordinary',
    status: 'held',
    location: null,
    topics: [],
    lessons: [],
    expert: null,
    initiatives: [],
    ...extra,
    date: day(date),
  };
}

export function attendance(meetingId: string, memberId: string, value: AttendanceValue = 'present'): AttendanceRecord {
  return {
    row: row++,
    meetingId,
    meetingKey: key(meetingId),
    memberId,
    memberKey: key(memberId),
    attendance: value,
    delegate: null,
  };
}

/** Rows for every member of `memberIds` at one meeting, with one value each (`P`, `R`, `E`, `A`). */
export function attendanceLine(meetingId: string, memberIds: readonly string[], values: string): AttendanceRecord[] {
  const codes: Record<string, AttendanceValue> = { P: 'present', R: 'represented', E: 'excused', A: 'absent' };
  return memberIds.flatMap((id, i) => {
    const v = values[i];
    return v === undefined || v === '.' ? [] : [attendance(meetingId, id, codes[v] ?? 'absent')];
  });
}

export function incident(
  incidentId: string,
  date: string,
  extra: Partial<Omit<Incident, 'date' | 'closed' | 'reported'>> & { closed?: string; shared?: string } = {},
): Incident {
  const { closed, shared, ...rest } = extra;
  return {
    row: row++,
    incidentId,
    incidentKey: key(incidentId),
    reported: null,
    territory: 'Kipushi',
    site: null,
    category: 'other',
    actor: 'unknown',
    severity: null,
    sharedMeetingId: shared ?? null,
    sharedMeetingKey: shared === undefined ? null : key(shared),
    followUp: closed === undefined ? 'open' : 'closed',
    referredTo: null,
    confidential: false,
    description: null,
    ...rest,
    date: day(date),
    closed: closed === undefined ? null : day(closed),
  };
}

export interface ValidatedParts {
  readonly members?: readonly Member[];
  readonly meetings?: readonly Meeting[];
  readonly attendance?: readonly AttendanceRecord[];
  readonly incidents?: readonly Incident[] | null;
  readonly stakeholders?: readonly Stakeholder[] | null;
  readonly initiatives?: readonly Initiative[] | null;
  readonly settings?: Partial<Settings>;
  readonly excludedRows?: Partial<ExcludedRows>;
}

export function validated(parts: ValidatedParts): ValidatedWorkbook {
  return {
    members: parts.members ?? [],
    meetings: parts.meetings ?? [],
    attendance: parts.attendance ?? [],
    incidents: parts.incidents === undefined ? [] : parts.incidents,
    settings: { ...DEFAULT_SETTINGS, ...parts.settings },
    stakeholders: parts.stakeholders ?? null,
    initiatives: parts.initiatives ?? null,
    excludedRows: {
      Members: 0,
      Meetings: 0,
      Attendance: 0,
      Incidents: 0,
      Stakeholders: 0,
      Initiatives: 0,
      ...parts.excludedRows,
    },
    sheetNames: {
      Members: 'Members',
      Meetings: 'Meetings',
      Attendance: 'Attendance',
      Incidents: 'Incidents',
      Stakeholders: null,
      Initiatives: null,
      Settings: null,
    },
    issues: [],
    issueTotals: [],
    counts: { error: 0, warning: 0, info: 0 },
    valid: true,
  };
}

/** The indicators of a hand-made workbook for a quarter (or range) as of `today`. */
export function indicatorsOf(workbook: ValidatedWorkbook, request: PeriodRequest | string, today: string): Indicators {
  const req: PeriodRequest = typeof request === 'string' ? { kind: 'quarter', quarter: request } : request;
  const result = resolvePeriod(req, day(today));
  if (!result.ok) throw new Error(`test period refused: ${result.error.code}`);
  return computeIndicators(workbook, result.period);
}
