import type { Actor, IncidentCategory, Pillar, PillarOrObserver } from '../schema/lists';
import type { Settings } from '../schema/settings';
import type { ExcludedRows } from '../validate/records';

/**
 * The indicators of indicators.md, exactly in their JSON form: `JSON.stringify` of an
 * `Indicators` value is what `vpwg indicators --json` prints. Dates are `YYYY-MM-DD`, shares
 * unrounded numbers in [0, 1] or null when their denominator is 0.
 */
export interface Period {
  readonly from: string;
  readonly to: string;
  readonly asOf: string;
  /** `2025-Q3`, `2025`, or null for another range. */
  readonly label: string | null;
}

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
  readonly date: string;
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

export type TargetStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data';
export interface Target {
  readonly value: number | null;
  readonly target: number;
  readonly ratio: number | null;
  readonly status: TargetStatus;
}
export const TARGET_KEYS = ['meetings', 'attendance', 'fullPillar', 'regular', 'pillarsAtMinimum', 'shared'] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

export interface Indicators {
  readonly period: Period;
  readonly settings: Settings;
  readonly rhythm: Rhythm;
  readonly participation: Participation;
  readonly engagement: Engagement;
  readonly membership: Membership;
  readonly incidents: IncidentFigures | null;
  readonly targets: Readonly<Record<TargetKey, Target>>;
  readonly excludedRows: ExcludedRows;
}

export type { Pillar };
