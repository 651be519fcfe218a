import type {
  Actor,
  Country,
  IncidentCategory,
  InitiativeKind,
  Pillar,
  PillarOrObserver,
  Topic,
} from '../schema/lists';
import type { StakeholderStage } from '../rules/stakeholderStage';
import type { Settings } from '../schema/settings';
import type { ExcludedRows } from '../validate/records';
import type { Day } from '../workbook/day';
import type { ResolvedPeriod } from './period';

/**
 * The indicators of indicators.md as typed data: days are `Day` numbers, the period knows its
 * kind, shares are unrounded numbers in [0, 1] or null when their denominator is 0. Their JSON
 * form (`vpwg indicators --json`) is written by `indicatorsToJson` alone, so no consumer ever
 * parses a date or a label back.
 */

export interface Rhythm {
  readonly meetingsHeld: number;
  readonly meetingsExpected: number;
  readonly monthsInPeriod: number;
  readonly monthsWithMeeting: number;
  readonly longestGapDays: number | null;
  readonly daysSinceLastMeeting: number | null;
  readonly monthStreak: number;
}

export interface MeetingParticipation {
  readonly meetingId: string;
  readonly date: Day;
  readonly expected: number;
  readonly attended: number;
  readonly rate: number | null;
  readonly pillarsPresent: number;
}

export interface RateCell {
  readonly expected: number;
  readonly attended: number;
  readonly rate: number | null;
}

export interface Participation {
  readonly meetings: readonly MeetingParticipation[];
  readonly averageRate: number | null;
  readonly fullPillarShare: number | null;
  readonly byPillar: Readonly<Record<PillarOrObserver, RateCell>>;
  readonly womenShare: number | null;
}

export interface EngagementClasses {
  readonly regular: number;
  readonly occasional: number;
  readonly inactive: number;
  readonly new: number;
}

export interface Engagement extends EngagementClasses {
  readonly regularShare: number | null;
  readonly atRisk: readonly string[];
  readonly byPillar: Readonly<Record<PillarOrObserver, EngagementClasses>>;
  readonly retention: number | null;
}

export interface Membership {
  readonly active: number;
  readonly byPillar: Readonly<Record<PillarOrObserver, number>>;
  readonly pillarsAtMinimum: number;
  readonly smallestPillarShare: number | null;
  readonly joined: number;
  readonly left: number;
  readonly organisations: number;
  readonly womenShare: number | null;
}

export interface IncidentFigures {
  readonly recorded: number;
  readonly byCategory: Readonly<Record<IncidentCategory, number>>;
  readonly byActor: Readonly<Record<Actor, number>>;
  readonly publicSecurity: number;
  readonly sharedShare: number | null;
  readonly closedShare: number | null;
  readonly medianDaysToShare: number | null;
  readonly medianDaysToClose: number | null;
  readonly overdue: number;
}

/** A pillar's stakeholders on asOf: mapped, and of those in the pipeline, members and declined. */
export interface OutreachPillar {
  readonly mapped: number;
  readonly pipeline: number;
  readonly member: number;
  readonly declined: number;
}

/** A pillar below `minPerPillar` active members, and who is being approached in it. */
export interface PillarGap {
  readonly pillar: Pillar;
  readonly active: number;
  readonly pipeline: number;
}

/** Measure 1: the stakeholder mapping (programme.md, "Outreach"). */
export interface Outreach {
  readonly mapped: number;
  readonly newlyMapped: number;
  readonly byStage: Readonly<Record<StakeholderStage, number>>;
  readonly byPillar: Readonly<Record<PillarOrObserver, OutreachPillar>>;
  readonly joined: number;
  readonly conversionShare: number | null;
  readonly medianDaysToJoin: number | null;
  readonly keyStakeholders: number;
  readonly keyOnBoard: number;
  readonly keyShare: number | null;
  readonly pillarGaps: readonly PillarGap[];
}

/**
 * A topic or country and the held meetings of the period that name it: `key` is its code, or
 * for free text (`custom`) the text as first written.
 */
export type CountedPart<C extends string> =
  | { readonly key: C; readonly custom: false; readonly meetings: number }
  | { readonly key: string; readonly custom: true; readonly meetings: number };

/** Measure 2: technical expertise (programme.md, "Technical expertise"). */
export interface Expertise {
  readonly sessions: number;
  readonly sessionShare: number | null;
  readonly topics: readonly CountedPart<Topic>[];
  readonly topicsCovered: number;
  readonly countries: readonly CountedPart<Country>[];
  readonly countriesReferenced: number;
  readonly attendedSessions: number;
  readonly pillarsReached: number;
}

/** An initiative the group is linked with: listed in the Initiatives sheet (`known`) or named by a meeting. */
export interface LinkedInitiative {
  readonly name: string;
  readonly kind: InitiativeKind | null;
  readonly known: boolean;
  readonly meetings: number;
  readonly lastMeeting: Day | null;
}

/** Measure 4: links with other initiatives (programme.md, "Links"). */
export interface Links {
  readonly linkedMeetings: number;
  readonly linkedShare: number | null;
  readonly initiatives: readonly LinkedInitiative[];
  readonly engaged: number;
  readonly vpPlatformsEngaged: number;
  readonly dormant: readonly string[];
}

export type TargetStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data';
export interface Target {
  readonly value: number | null;
  readonly target: number;
  readonly ratio: number | null;
  readonly status: TargetStatus;
}
/** The targets in the order of the JSON form (the six of indicators.md, then programme.md's three). */
export const TARGET_KEYS = [
  'meetings',
  'attendance',
  'fullPillar',
  'regular',
  'pillarsAtMinimum',
  'shared',
  'keyStakeholders',
  'expertise',
  'links',
] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

/** Held meetings of one calendar month: `month` is the month's first day. */
export interface MonthCount {
  readonly month: Day;
  readonly held: number;
}

export interface Indicators {
  readonly period: ResolvedPeriod;
  readonly settings: Settings;
  readonly rhythm: Rhythm;
  readonly participation: Participation;
  readonly engagement: Engagement;
  readonly membership: Membership;
  readonly incidents: IncidentFigures | null;
  /** Null without a usable Stakeholders sheet. */
  readonly outreach: Outreach | null;
  readonly expertise: Expertise;
  readonly links: Links;
  readonly targets: Readonly<Record<TargetKey, Target>>;
  readonly excludedRows: ExcludedRows;
  /**
   * Held meetings per calendar month over the 12 months ending with asOf's month, zeros
   * included (the monthly rhythm chart of the dashboard and the report). Not in the JSON form.
   */
  readonly heldByMonth: readonly MonthCount[];
}

export type { Pillar };
