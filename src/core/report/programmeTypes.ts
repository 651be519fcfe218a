import type { Country, Influence, MeetingType, PillarOrObserver, Topic } from '../schema/lists';
import type { CountedPart, Expertise, LinkedInitiative, Links, Outreach } from '../indicators/types';
import type { StakeholderStage } from '../rules/stakeholderStage';
import type { Day } from '../workbook/day';

/**
 * The report's sheets for the programme's measures 1, 2 and 4 (programme.md, "Dashboard and
 * report"): Cartographie / Outreach and Expertise et liens / Expertise and links. Plain data, no
 * word of any language; protect.ts has already dropped what a donor may not read.
 */

/**
 * A mapped stakeholder as the internal report lists it: its organisation, pillar, influence,
 * stage and dates. Never its contact person, role or notes.
 */
export interface ReportStakeholder {
  readonly stakeholderId: string;
  readonly organisation: string;
  readonly pillar: PillarOrObserver;
  readonly influence: Influence | null;
  /** The stage on asOf. */
  readonly stage: StakeholderStage;
  readonly identified: Day;
  /** Dates after asOf are not shown (null): the list is the mapping as it stood on asOf. */
  readonly contacted: Day | null;
  readonly invited: Day | null;
  readonly declined: Day | null;
  /** The day its member joined, when at stage member. */
  readonly joined: Day | null;
}

/**
 * `none`: the workbook has no usable Stakeholders sheet (outreach is null). Outreach counts
 * are not incident data: both audiences get them as they are.
 */
export type OutreachSection =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'figures';
      readonly figures: Outreach;
      readonly minPerPillar: number;
      /**
       * Internal report only (null for donors: the donor report names no stakeholder, so no
       * organisation that declined or is being approached), by pillar then organisation.
       */
      readonly stakeholders: readonly ReportStakeholder[] | null;
    };

/** A part of a session's cell: a list value (shown in the report's language) or free text as written. */
export interface ReportPart<C extends string> {
  readonly code: C | null;
  readonly written: string;
}

/** A technical session of the period, as the internal report lists it. */
export interface ReportSession {
  readonly date: Day;
  readonly type: MeetingType;
  readonly topics: readonly ReportPart<Topic>[];
  readonly countries: readonly ReportPart<Country>[];
  /** Personal: the internal report only. */
  readonly expert: string | null;
}

export interface ExpertiseSection extends Omit<Expertise, 'topics'> {
  /**
   * The period's topics with their meetings. The donor report keeps the topics of the list
   * only: free-text topics are words a secretariat wrote about a meeting, and no meeting topic
   * reaches a donor (report.md); they are counted together in `otherTopics`.
   */
  readonly topics: readonly CountedPart<Topic>[];
  /**
   * Donor report: how many free-text topics `topics` leaves out, and the held meetings of the
   * period naming at least one; null when there are none, and in the internal report, which lists them.
   */
  readonly otherTopics: { readonly topics: number; readonly meetings: number } | null;
  /** Internal report only: the period's technical sessions, in date order. */
  readonly sessionList: readonly ReportSession[] | null;
}

/** An initiative with its link's state on asOf: dormant as programme.md defines it. */
export interface ReportInitiative extends LinkedInitiative {
  readonly dormant: boolean;
}

export interface LinksSection extends Omit<Links, 'initiatives'> {
  readonly initiatives: readonly ReportInitiative[];
  readonly dormantDays: number;
  /** Whether the workbook has a usable Initiatives sheet (without one, nothing can be dormant). */
  readonly sheet: boolean;
}
