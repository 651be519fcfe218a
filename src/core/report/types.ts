import type {
  Actor,
  IncidentCategory,
  IncidentSeverity,
  FollowUp,
  MeetingType,
  PillarOrObserver,
} from '../schema/lists';
import type {
  EngagementClasses,
  MeetingParticipation,
  MonthCount,
  Rhythm,
  TargetKey,
  TargetStatus,
} from '../indicators/types';
import type { Measure } from '../indicators/measures';
import type { ResolvedPeriod } from '../indicators/period';
import type { Day } from '../workbook/day';
import type { IssueCode, IssueSeverity } from '../validate/issue';
import type { ExcludedRows } from '../validate/records';
import type { ExpertiseSection, LinksSection, OutreachSection } from './programmeTypes';

export type * from './programmeTypes';

/**
 * The quarterly report as plain data (report.md): numbers, days, IDs and codes, never a word
 * of any language. Each door renders it; the privacy rules have already been applied
 * (see protect.ts), so a door cannot show what the model does not hold.
 */
export type ReportAudience = 'donor' | 'internal';

/**
 * A published count. `suppressed`: between 1 and minCount − 1, shown as "< minCount";
 * `hidden`: masked only so that the total cannot reveal a suppressed cell (complementary
 * suppression), shown as "hidden" and never as "< minCount", which could be false;
 * `withheld`: a table no masking can protect (its small cells add up to the total in one way
 * only) is not published at all, zeros included.
 */
export type CountCell =
  | { readonly kind: 'count'; readonly value: number }
  | { readonly kind: 'suppressed'; readonly below: number }
  | { readonly kind: 'hidden' }
  | { readonly kind: 'withheld' };

/**
 * A share of the period's incidents (shared, closed; null: no incident to take a share of), or
 * `withheld` in the donor report when it would name a small count: with 5 incidents, "20 %
 * closed" says exactly 1 was closed.
 */
export type ShareCell = { readonly kind: 'share'; readonly value: number | null } | { readonly kind: 'withheld' };

/**
 * A median number of days (null: nothing to take a median of), or `withheld` in the donor
 * report when its share is: a median of one incident is that incident's own delay.
 */
export type MedianCell = { readonly kind: 'days'; readonly value: number | null } | { readonly kind: 'withheld' };

/** One line of a breakdown: a list code (category, perpetrator) or a territory. */
export interface BreakdownRow<K extends string = string> {
  readonly key: K;
  readonly count: CountCell;
}

/** A territory line: `other` merges small territories (and any named only by confidential incidents). */
export type TerritoryKey = { readonly kind: 'named'; readonly name: string } | { readonly kind: 'other' };
export interface TerritoryRow {
  readonly territory: TerritoryKey;
  readonly count: CountCell;
}

/** `withheld`: the donor report does not publish this figure (too few incidents). */
export type ReportTargetStatus = TargetStatus | 'withheld';
export type Trend = 'up' | 'down' | 'same';

export interface TargetFigure {
  readonly value: number | null;
  readonly status: ReportTargetStatus;
}

export interface TargetRow {
  /** The programme's measure the target shows (programme.md): the Summary groups them by it. */
  readonly measure: Measure;
  readonly key: TargetKey;
  readonly current: TargetFigure;
  readonly target: number;
  /** The previous period's figure, or null when there is no previous period to compare with. */
  readonly previous: TargetFigure | null;
  /** Null when either value is missing or withheld. */
  readonly trend: Trend | null;
}

export interface ReportSummary {
  readonly groupName: string;
  readonly period: ResolvedPeriod;
  /** The period compared with (the quarter, or year, before), or null. */
  readonly previousPeriod: ResolvedPeriod | null;
  readonly generatedOn: Day;
  readonly audience: ReportAudience;
  /** The smallest incident count the donor report publishes. */
  readonly minCount: number;
  readonly targets: readonly TargetRow[];
}

/** Highlights as facts; the writer turns each into a sentence in the report's language. */
export type Highlight =
  | { readonly kind: 'meetingsHeld'; readonly held: number; readonly expected: number }
  | { readonly kind: 'fullPillar'; readonly full: number; readonly of: number }
  | { readonly kind: 'attendance'; readonly rate: number; readonly target: number }
  | { readonly kind: 'membership'; readonly active: number; readonly joined: number; readonly left: number }
  | { readonly kind: 'atRisk'; readonly count: number; readonly regularShare: number | null }
  | { readonly kind: 'incidentsTooFew'; readonly minCount: number }
  | { readonly kind: 'incidentsNotQuarterOrYear' }
  | {
      readonly kind: 'incidents';
      readonly recorded: CountCell;
      readonly sharedShare: ShareCell;
      readonly overdue: CountCell;
    };

export interface ReportMeeting {
  readonly date: Day;
  readonly type: MeetingType;
  readonly location: string | null;
  readonly initiative: string | null;
  readonly expected: number;
  readonly attended: number;
  readonly rate: number | null;
  readonly pillarsPresent: number;
  /** Internal report only; null in the donor report. */
  readonly topics: readonly string[] | null;
}

export interface MeetingsSection {
  readonly meetings: readonly ReportMeeting[];
  readonly rhythm: Rhythm;
  readonly averageRate: number | null;
  readonly fullPillarShare: number | null;
}

export interface PillarMembership {
  readonly pillar: PillarOrObserver;
  readonly active: number;
  readonly joined: number;
  readonly left: number;
  /** Distinct organisations of the pillar's active members. */
  readonly organisationCount: number;
  /**
   * Their names, sorted (organisation names are public); the donor report leaves out any named
   * after a member, and all of them when the group publishes none, so it may hold fewer than
   * organisationCount.
   */
  readonly organisations: readonly string[];
}

export interface AtRiskMember {
  readonly memberId: string;
  readonly name: string;
  readonly organisation: string;
  readonly pillar: PillarOrObserver;
  /** The last held meeting the member attended (by asOf), or null. */
  readonly lastAttended: { readonly meetingId: string; readonly date: Day } | null;
}

export interface MembershipSection {
  readonly byPillar: readonly PillarMembership[];
  readonly active: number;
  readonly joined: number;
  readonly left: number;
  readonly organisations: number;
  readonly pillarsAtMinimum: number;
  readonly minPerPillar: number;
  readonly womenShare: number | null;
  readonly attendedWomenShare: number | null;
  /** Internal report only; null in the donor report. */
  readonly atRisk: readonly AtRiskMember[] | null;
}

export interface PillarEngagement extends EngagementClasses {
  readonly pillar: PillarOrObserver;
  readonly regularShare: number | null;
}

export interface EngagementSection extends EngagementClasses {
  readonly byPillar: readonly PillarEngagement[];
  readonly regularShare: number | null;
  readonly retention: number | null;
  readonly atRiskCount: number;
  readonly window: number;
}

export interface ReportIncidentRow {
  readonly incidentId: string;
  readonly date: Day;
  readonly territory: string;
  readonly category: IncidentCategory;
  readonly actor: Actor;
  readonly severity: IncidentSeverity | null;
  readonly followUp: FollowUp;
}

export interface IncidentBreakdowns {
  /** The total of every breakdown. */
  readonly recorded: CountCell;
  readonly byCategory: readonly BreakdownRow<IncidentCategory>[];
  readonly byActor: readonly BreakdownRow<Actor>[];
  readonly publicSecurity: CountCell;
  readonly byTerritory: readonly TerritoryRow[];
  readonly sharedShare: ShareCell;
  readonly closedShare: ShareCell;
  readonly medianDaysToShare: MedianCell;
  readonly medianDaysToClose: MedianCell;
  readonly overdue: CountCell;
  readonly overdueDays: number;
  /** Internal report only (non-confidential incidents of the period, never site or description). */
  readonly rows: readonly ReportIncidentRow[] | null;
}

/**
 * `none`: the workbook has no usable Incidents sheet. `tooFew`: donor report with fewer than
 * minCount incidents in the period: nothing but that sentence. `notQuarterOrYear`: a donor
 * report over a range that is neither a quarter nor a year publishes no incident figure.
 */
export type IncidentsSection =
  | { readonly kind: 'none' }
  | { readonly kind: 'tooFew'; readonly minCount: number }
  | { readonly kind: 'notQuarterOrYear' }
  | ({ readonly kind: 'figures' } & IncidentBreakdowns);

export interface IssueCountRow {
  readonly sheet: string;
  readonly code: IssueCode;
  readonly severity: IssueSeverity;
  readonly count: number;
}

export interface DataQualitySection {
  readonly valid: boolean;
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
  readonly issues: readonly IssueCountRow[];
  readonly excludedRows: ExcludedRows;
}

/** What the charts draw; the incident series holds the protected figures. */
export interface ReportCharts {
  readonly attendance: { readonly meetings: readonly MeetingParticipation[]; readonly target: number };
  readonly activeByPillar: Readonly<Record<PillarOrObserver, number>>;
  /** The 12 calendar months ending with the month of asOf, against meetingsPerMonth. */
  readonly meetingsPerMonth: {
    readonly months: readonly MonthCount[];
    readonly target: number;
  };
  /** Null when the report publishes no incident breakdown. */
  readonly incidentsByCategory: readonly BreakdownRow<IncidentCategory>[] | null;
}

export interface ReportModel {
  readonly summary: ReportSummary;
  readonly highlights: readonly Highlight[];
  readonly meetings: MeetingsSection;
  readonly membership: MembershipSection;
  readonly engagement: EngagementSection;
  /** Cartographie / Outreach (measure 1). */
  readonly outreach: OutreachSection;
  /** Expertise et liens / Expertise and links (measures 2 and 4). */
  readonly expertise: ExpertiseSection;
  readonly links: LinksSection;
  readonly incidents: IncidentsSection;
  readonly dataQuality: DataQualitySection;
  readonly charts: ReportCharts;
}
