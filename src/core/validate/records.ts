import type { Day } from '../workbook/day';
import type {
  Actor,
  AttendanceValue,
  FollowUp,
  Gender,
  IncidentCategory,
  MeetingStatus,
  MeetingType,
  PillarOrObserver,
  IncidentSeverity,
} from '../schema/lists';
import type { Settings } from '../schema/settings';
import type { ContractSheetName } from '../schema/sheets';
import type { Issue, IssueCounts } from './issue';

/**
 * Typed records of rows that passed validation (no error; warnings allowed). `row` is the Excel
 * row; `*Id` fields are as written, `*Key` fields are the same ID trimmed and lower-cased, which
 * is how IDs are compared.
 */
export interface Member {
  readonly row: number;
  readonly memberId: string;
  readonly memberKey: string;
  readonly name: string;
  readonly organisation: string;
  readonly pillar: PillarOrObserver;
  readonly gender: Gender | null;
  readonly role: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly joined: Day;
  readonly left: Day | null;
}

export interface Meeting {
  readonly row: number;
  readonly meetingId: string;
  readonly meetingKey: string;
  readonly date: Day;
  /** Blank is ordinary. */
  readonly type: MeetingType;
  /** Blank is held. */
  readonly status: MeetingStatus;
  readonly location: string | null;
  /** Topics split on `;`, trimmed, blanks dropped. */
  readonly topics: readonly string[];
  readonly initiative: string | null;
}

export interface AttendanceRecord {
  readonly row: number;
  readonly meetingId: string;
  readonly meetingKey: string;
  readonly memberId: string;
  readonly memberKey: string;
  readonly attendance: AttendanceValue;
  readonly delegate: string | null;
}

export interface Incident {
  readonly row: number;
  readonly incidentId: string;
  readonly incidentKey: string;
  readonly date: Day;
  readonly reported: Day | null;
  readonly territory: string;
  readonly site: string | null;
  readonly category: IncidentCategory;
  readonly actor: Actor;
  readonly severity: IncidentSeverity | null;
  readonly sharedMeetingId: string | null;
  readonly sharedMeetingKey: string | null;
  readonly followUp: FollowUp;
  readonly closed: Day | null;
  readonly referredTo: string | null;
  readonly confidential: boolean;
  readonly description: string | null;
}

/** Where each contract sheet was found in the workbook (null: missing or unusable). */
export type SheetNames = Readonly<Record<ContractSheetName, string | null>>;

export type ExcludedRows = Readonly<Record<'Members' | 'Meetings' | 'Attendance' | 'Incidents', number>>;

/**
 * The engine's result: validated records (rows with errors left out, and counted in
 * `excludedRows`), the settings in use, and every issue sorted by sheet order, row, column.
 * `incidents` is null when there is no usable Incidents sheet.
 */
export interface ValidatedWorkbook {
  readonly members: readonly Member[];
  readonly meetings: readonly Meeting[];
  readonly attendance: readonly AttendanceRecord[];
  readonly incidents: readonly Incident[] | null;
  readonly settings: Settings;
  readonly excludedRows: ExcludedRows;
  readonly sheetNames: SheetNames;
  readonly issues: readonly Issue[];
  readonly counts: IssueCounts;
  readonly valid: boolean;
}
