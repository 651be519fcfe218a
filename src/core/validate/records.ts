import type { Day } from '../workbook/day';
import type {
  Actor,
  AttendanceValue,
  Country,
  FollowUp,
  Gender,
  IncidentCategory,
  Influence,
  InitiativeKind,
  MeetingStatus,
  MeetingType,
  PillarOrObserver,
  IncidentSeverity,
  Topic,
} from '../schema/lists';
import type { CellPart } from '../rules/cellParts';
import type { Settings } from '../schema/settings';
import type { ContractSheetName } from '../schema/sheets';
import type { Issue, IssueCounts } from './issue';
import type { IssueTotal } from './issueSink';

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
  /** The topics (split on `;`), each once: a topic of the list, or free text. */
  readonly topics: readonly CellPart<Topic>[];
  /** The countries whose lessons were used (split on `;` and `,`), each once. */
  readonly lessons: readonly CellPart<Country>[];
  /** Personal: never in a donor report. */
  readonly expert: string | null;
  /** The initiatives named (split on `;`), each once by its normalised name (no list: `code` is null). */
  readonly initiatives: readonly CellPart<never>[];
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

/** A row of the stakeholder mapping (programme.md). `memberKey` is null when no member is named. */
export interface Stakeholder {
  readonly row: number;
  readonly stakeholderId: string;
  readonly stakeholderKey: string;
  readonly organisation: string;
  readonly pillar: PillarOrObserver;
  /** Personal: never exported. */
  readonly contact: string | null;
  readonly role: string | null;
  readonly influence: Influence | null;
  readonly territory: string | null;
  readonly identified: Day;
  readonly contacted: Day | null;
  readonly invited: Day | null;
  readonly declined: Day | null;
  readonly memberId: string | null;
  readonly memberKey: string | null;
  /** Never exported. */
  readonly notes: string | null;
}

/** A row of the Initiatives sheet; `key` is the normalised name, how initiatives are compared. */
export interface Initiative {
  readonly row: number;
  readonly name: string;
  readonly key: string;
  readonly kind: InitiativeKind | null;
  readonly province: string | null;
  readonly since: Day | null;
  /** Personal: never exported. */
  readonly contact: string | null;
  /** Never exported. */
  readonly notes: string | null;
}

/** Where each contract sheet was found in the workbook (null: missing or unusable). */
export type SheetNames = Readonly<Record<ContractSheetName, string | null>>;

/** Rows left out for errors, by contract sheet (the order of `vpwg indicators --json`). */
export const EXCLUDED_SHEETS = [
  'Members',
  'Meetings',
  'Attendance',
  'Incidents',
  'Stakeholders',
  'Initiatives',
] as const;
export type ExcludedRows = Readonly<Record<(typeof EXCLUDED_SHEETS)[number], number>>;

/**
 * The engine's result: validated records (rows with errors left out, and counted in
 * `excludedRows`), the settings in use, and every issue sorted by sheet order, row, column.
 * `incidents`, `stakeholders` and `initiatives` are null when their sheet is missing or unusable.
 */
export interface ValidatedWorkbook {
  readonly members: readonly Member[];
  readonly meetings: readonly Meeting[];
  readonly attendance: readonly AttendanceRecord[];
  readonly incidents: readonly Incident[] | null;
  readonly stakeholders: readonly Stakeholder[] | null;
  readonly initiatives: readonly Initiative[] | null;
  readonly settings: Settings;
  readonly excludedRows: ExcludedRows;
  readonly sheetNames: SheetNames;
  readonly issues: readonly Issue[];
  /** How many issues each sheet has of each severity and code, listed in `issues` or not. */
  readonly issueTotals: readonly IssueTotal[];
  readonly counts: IssueCounts;
  readonly valid: boolean;
}
