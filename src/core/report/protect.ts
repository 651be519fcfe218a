import { ACTORS, INCIDENT_CATEGORIES } from '../schema/lists';
import type { PeriodKind } from '../indicators/period';
import type { IncidentFacts } from './incidentFacts';
import { figuresSection, incidentTables, sharePublishable, territoryLines, type CountTable } from './incidentTables';
import { protectYearIncidents } from './linkedTables';
import { personalOrganisations } from './personalName';
import { plainCount, protectSingleCount, tableCells } from './suppressCounts';
import type {
  CountCell,
  DataQualitySection,
  EngagementSection,
  ExpertiseSection,
  IncidentsSection,
  LinksSection,
  MeetingsSection,
  MembershipSection,
  OutreachSection,
  ReportAudience,
  ReportIncidentRow,
  ReportSummary,
  ShareCell,
  TargetRow,
} from './types';

/**
 * THE privacy rules of report.md, in one place. Every door gets its report model through
 * `protectReport`, so none can publish what these rules leave out:
 * - both audiences: no `description`, `site`, `email`, `phone` or `delegate` (they never enter
 *   the draft), no confidential incident in a list, and no text of one (a territory named only
 *   by confidential incidents is counted under "other territories");
 * - donor: aggregates only (no member names, no meeting topics, no incident rows or IDs; an
 *   organisation named after a person (its words hold a member's full name: personalName.ts),
 *   as for a member who joined in their own name, is counted but not named; with the setting
 *   publishOrganisations = no, no organisation is named at all);
 *   fewer than minCount incidents → no incident figure at all; otherwise small counts
 *   suppressed, small territories merged first, complementary suppression, zero stays zero;
 *   a share or median only when the count it stands on and its complement are each 0 or at
 *   least minCount (sharePublishable), in the Summary's shared target (this period's and the
 *   previous one's) as on the Incidents sheet; a year protected with its quarters
 *   (linkedTables.ts); no incident figure for a range that is not a quarter or a year;
 * - donor, programme sheets (programme.md): no stakeholder named (so no organisation that
 *   declined or is being approached), no expert, no session list, no free-text topic (counted
 *   together as "other topics"); a stakeholder's contact, role and notes and an initiative's
 *   contact and notes never enter the draft. Outreach, topic and link counts are not incident
 *   data: both audiences get them as they are.
 * Highlights and charts are built afterwards from the protected sections only.
 */
export interface ReportDraft {
  readonly summary: Omit<ReportSummary, 'audience'>;
  readonly meetings: MeetingsSection;
  readonly membership: MembershipSection;
  /** Every member's name, so that none is printed as an organisation in the donor report. */
  readonly memberNames: readonly string[];
  /** The setting publishOrganisations: false names no organisation to donors. */
  readonly publishOrganisations: boolean;
  readonly engagement: EngagementSection;
  readonly outreach: OutreachSection;
  readonly expertise: ExpertiseSection;
  readonly links: LinksSection;
  /** Null: the workbook has no usable Incidents sheet. */
  readonly incidents: PeriodIncidents | null;
  /** The previous period's, for the Summary's previous figure (null: none to compare with). */
  readonly previousIncidents: PeriodIncidents | null;
  readonly dataQuality: DataQualitySection;
  readonly overdueDays: number;
}

/** A period's incident facts; a year's come with those of its quarters so far (linked tables). */
export interface PeriodIncidents {
  readonly kind: PeriodKind;
  readonly facts: IncidentFacts;
  /** For a year: each quarter started by the year's as-of date, in order, as of the same date. */
  readonly quarters: readonly IncidentFacts[];
}

export interface ProtectedSections {
  readonly summary: ReportSummary;
  readonly meetings: MeetingsSection;
  readonly membership: MembershipSection;
  readonly engagement: EngagementSection;
  readonly outreach: OutreachSection;
  readonly expertise: ExpertiseSection;
  readonly links: LinksSection;
  readonly incidents: IncidentsSection;
  readonly dataQuality: DataQualitySection;
}

export function protectReport(draft: ReportDraft, audience: ReportAudience): ProtectedSections {
  const donor = audience === 'donor';
  const minCount = draft.summary.minCount;
  const incidents = donor
    ? donorIncidents(draft.incidents, minCount, draft.overdueDays)
    : protectIncidents(draft.incidents?.facts ?? null, audience, minCount, draft.overdueDays);
  const previous = donor ? donorIncidents(draft.previousIncidents, minCount, draft.overdueDays) : null;
  return {
    summary: {
      ...draft.summary,
      audience,
      targets: donor
        ? draft.summary.targets.map((row) => withholdShared(row, incidents, previous))
        : draft.summary.targets,
    },
    meetings: {
      ...draft.meetings,
      meetings: draft.meetings.meetings.map((m) => ({ ...m, topics: donor ? null : m.topics })),
    },
    membership: donor
      ? donorMembership(draft.membership, draft.publishOrganisations ? draft.memberNames : null)
      : draft.membership,
    engagement: draft.engagement,
    outreach: donor && draft.outreach.kind === 'figures' ? { ...draft.outreach, stakeholders: null } : draft.outreach,
    expertise: donor ? donorExpertise(draft.expertise) : { ...draft.expertise, otherTopics: null },
    links: draft.links,
    incidents,
    dataQuality: draft.dataQuality,
  };
}

/**
 * Aggregates only: no list of members at risk. Organisations are counted as before, but one
 * named after a member (personalOrganisations) is never named; with `memberNames` null
 * (publishOrganisations = no) none is.
 */
function donorMembership(membership: MembershipSection, memberNames: readonly string[] | null): MembershipSection {
  const personal = memberNames === null ? () => true : personalOrganisations(memberNames);
  return {
    ...membership,
    byPillar: membership.byPillar.map((p) => ({
      ...p,
      organisations: p.organisations.filter((o) => !personal(o)),
    })),
    atRisk: null,
  };
}

/** Topic and session counts, the topics of the list by name; no free-text topic, no session list (so no expert). */
function donorExpertise(expertise: ExpertiseSection): ExpertiseSection {
  return { ...expertise, topics: expertise.topics.filter((t) => !t.custom), sessionList: null };
}

/**
 * The donor incident figures of a period:
 * - a quarter is protected as one report (protectIncidents);
 * - a year together with the donor reports of its quarters, as if those were published
 *   (linkedTables.ts): no year figure lets a reader of the quarters work out a quarter's count;
 * - any other range gets none: reports over arbitrary ranges can be subtracted from one another
 *   and from the quarters (January–November minus a year is December), which no masking of one
 *   report prevents. The internal report is not for donors and keeps its figures.
 */
function donorIncidents(period: PeriodIncidents | null, minCount: number, overdueDays: number): IncidentsSection {
  if (period === null) return { kind: 'none' };
  if (period.kind === 'range') return { kind: 'notQuarterOrYear' };
  if (period.kind === 'year') return protectYearIncidents(period.facts, period.quarters, minCount, overdueDays);
  return protectIncidents(period.facts, 'donor', minCount, overdueDays);
}

/**
 * The donor Summary's shared target, this period's and the previous one's, is what each
 * period's own donor Incidents sheet publishes: withheld with fewer than minCount incidents,
 * when the share would name a small count, when a year's linked tables hide it, and for a range.
 */
function withholdShared(row: TargetRow, current: IncidentsSection, previous: IncidentsSection | null): TargetRow {
  if (row.key !== 'shared') return row;
  const withheld = (s: IncidentsSection): boolean =>
    s.kind === 'figures' ? s.sharedShare.kind === 'withheld' : s.kind !== 'none';
  const withholdCurrent = withheld(current);
  const withholdPrevious = row.previous !== null && previous !== null && withheld(previous);
  if (!withholdCurrent && !withholdPrevious) return row;
  return {
    ...row,
    current: withholdCurrent ? { value: null, status: 'withheld' } : row.current,
    previous: withholdPrevious ? { value: null, status: 'withheld' } : row.previous,
    trend: null,
  };
}

/**
 * One report's incident figures: the internal report's as they are (the list without
 * confidential incidents); the donor's with no figure at all below minCount incidents, else
 * each breakdown protected (incidentTables), shares and medians only when they name no small
 * count, and the overdue count suppressed when small.
 */
export function protectIncidents(
  facts: IncidentFacts | null,
  audience: ReportAudience,
  minCount: number,
  overdueDays: number,
): IncidentsSection {
  if (facts === null) return { kind: 'none' };
  const f = facts.figures;
  if (audience === 'internal') {
    const lines = territoryLines(facts.territories, 1);
    const share = (value: number | null): ShareCell => ({ kind: 'share', value });
    return figuresSection(
      facts,
      lines,
      {
        recorded: plainCount(f.recorded),
        categories: INCIDENT_CATEGORIES.map((c) => plainCount(f.byCategory[c])),
        actors: [...ACTORS.map((a) => plainCount(f.byActor[a])), plainCount(f.publicSecurity)],
        territories: lines.map((l) => plainCount(l.count)),
        sharedShare: share(f.sharedShare),
        closedShare: share(f.closedShare),
        overdue: plainCount(f.overdue),
      },
      overdueDays,
      facts.rows.filter((r) => !r.confidential).map(stripConfidentialFlag),
    );
  }
  if (f.recorded < minCount) return { kind: 'tooFew', minCount };
  const t = incidentTables(facts, minCount);
  const cells = (table: CountTable): CountCell[] => tableCells(table.values, table.protection, minCount);
  const share = (value: number | null): ShareCell =>
    sharePublishable(value, f.recorded, minCount) ? { kind: 'share', value } : { kind: 'withheld' };
  return figuresSection(
    facts,
    t.lines,
    {
      recorded: plainCount(f.recorded),
      categories: cells(t.categories),
      actors: cells(t.actors),
      territories: cells(t.territories),
      sharedShare: share(f.sharedShare),
      closedShare: share(f.closedShare),
      overdue: protectSingleCount(f.overdue, minCount),
    },
    overdueDays,
    null,
  );
}

function stripConfidentialFlag(row: ReportIncidentRow & { readonly confidential: boolean }): ReportIncidentRow {
  return {
    incidentId: row.incidentId,
    date: row.date,
    territory: row.territory,
    category: row.category,
    actor: row.actor,
    severity: row.severity,
    followUp: row.followUp,
  };
}
