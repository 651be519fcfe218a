import type { Day } from '../workbook/day';
import type {
  Actor,
  AttendanceValue,
  FollowUp,
  Gender,
  Country,
  IncidentCategory,
  IncidentSeverity,
  Influence,
  InitiativeKind,
  MeetingStatus,
  MeetingType,
  PillarOrObserver,
  Topic,
} from '../schema/lists';

/**
 * The sample's records before they become cells: codes and days, with every free text in
 * both languages, so one draw of the random source gives the same story in French and English.
 */
export interface Text {
  readonly fr: string;
  readonly en: string;
}

/** How often a member comes: the knob that makes regular, occasional and drifting members. */
export type Profile = 'regular' | 'steady' | 'occasional' | 'drifting' | 'observer';

export interface SampleMember {
  readonly memberId: string;
  readonly name: string;
  readonly organisation: Text;
  readonly pillar: PillarOrObserver;
  readonly gender: Gender | null;
  readonly role: Text;
  readonly email: string | null;
  readonly phone: string | null;
  readonly joined: Day;
  readonly left: Day | null;
  readonly profile: Profile;
}

/** A topic of the list (written as the list writes it), or one in the secretariat's own words. */
export type SampleTopic = { readonly code: Topic } | { readonly text: Text };

export interface SampleMeeting {
  readonly meetingId: string;
  readonly date: Day;
  readonly type: MeetingType;
  readonly status: MeetingStatus;
  readonly location: string;
  readonly topics: readonly SampleTopic[];
  /** Linked to an initiative by the first draw (which one, 0 to 3, is settled with the programme's columns); null: not. */
  readonly linkSlot: number | null;
}

/** A country whose lessons a session used: one of the list, or another written as such. */
export type SampleCountry = { readonly code: Country } | { readonly text: Text };

/** An initiative or platform of the Initiatives sheet. */
export interface SampleInitiative {
  readonly name: Text;
  readonly kind: InitiativeKind;
  readonly province: Text | null;
  readonly since: Day | null;
  readonly contact: string | null;
}

/** What the programme's columns say of a meeting (programme.md): lessons, expert, initiatives. */
export interface SampleMeetingProgramme {
  readonly lessons: readonly SampleCountry[];
  readonly expert: string | null;
  readonly initiatives: readonly SampleInitiative[];
}

/** A row of the stakeholder mapping. */
export interface SampleStakeholder {
  readonly stakeholderId: string;
  readonly organisation: Text;
  readonly pillar: PillarOrObserver;
  readonly contact: string;
  readonly role: Text;
  readonly influence: Influence;
  readonly territory: string;
  readonly identified: Day;
  readonly contacted: Day | null;
  readonly invited: Day | null;
  readonly declined: Day | null;
  readonly memberId: string | null;
}

export interface SampleAttendance {
  readonly meetingId: string;
  readonly memberId: string;
  readonly attendance: AttendanceValue;
  readonly delegate: string | null;
}

export interface SampleIncident {
  readonly incidentId: string;
  readonly date: Day;
  readonly reported: Day | null;
  readonly territory: string;
  readonly site: string | null;
  readonly category: IncidentCategory;
  readonly actor: Actor;
  readonly severity: IncidentSeverity | null;
  readonly sharedMeetingId: string | null;
  readonly followUp: FollowUp;
  readonly closed: Day | null;
  readonly referredTo: Text | null;
  readonly confidential: boolean;
  readonly description: Text;
}

/** The window the sample covers: 36 calendar months ending with the end month. */
export interface SampleWindow {
  /** First day of the first month. */
  readonly start: Day;
  /** Last day of the end month: nothing held, joined or reported after it. */
  readonly end: Day;
}
