import { ACTORS, INCIDENT_CATEGORIES, PUBLIC_SECURITY_ACTORS } from '../schema/lists';
import type { IncidentFacts, TerritoryCount } from './incidentFacts';
import { personalOrganisations } from './personalName';
import { plainCount, protectSingleCount, suppressCounts, type SumRelation } from './suppressCounts';
import type {
  BreakdownRow,
  CountCell,
  DataQualitySection,
  EngagementSection,
  IncidentsSection,
  MedianCell,
  MeetingsSection,
  MembershipSection,
  ReportAudience,
  ReportIncidentRow,
  ReportSummary,
  TargetRow,
  TerritoryRow,
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
 *   the Summary's shared target is withheld with the incident figures.
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
  readonly incidents: IncidentFacts | null;
  /** Incidents recorded in the previous period (null: no previous period or no Incidents sheet). */
  readonly previousIncidentsRecorded: number | null;
  readonly dataQuality: DataQualitySection;
  readonly overdueDays: number;
}

export interface ProtectedSections {
  readonly summary: ReportSummary;
  readonly meetings: MeetingsSection;
  readonly membership: MembershipSection;
  readonly engagement: EngagementSection;
  readonly incidents: IncidentsSection;
  readonly dataQuality: DataQualitySection;
}

export function protectReport(draft: ReportDraft, audience: ReportAudience): ProtectedSections {
  const donor = audience === 'donor';
  const minCount = draft.summary.minCount;
  return {
    summary: {
      ...draft.summary,
      audience,
      targets: donor ? draft.summary.targets.map((row) => withholdShared(row, draft, minCount)) : draft.summary.targets,
    },
    meetings: {
      ...draft.meetings,
      meetings: draft.meetings.meetings.map((m) => ({ ...m, topics: donor ? null : m.topics })),
    },
    membership: donor
      ? donorMembership(draft.membership, draft.publishOrganisations ? draft.memberNames : null)
      : draft.membership,
    engagement: draft.engagement,
    incidents: protectIncidents(draft.incidents, audience, minCount, draft.overdueDays),
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

/** The donor Summary publishes no incident share for a period with fewer than minCount incidents. */
function withholdShared(row: TargetRow, draft: ReportDraft, minCount: number): TargetRow {
  if (row.key !== 'shared') return row;
  const current = draft.incidents?.figures.recorded ?? null;
  const withholdCurrent = current !== null && current < minCount;
  const withholdPrevious =
    row.previous !== null && draft.previousIncidentsRecorded !== null && draft.previousIncidentsRecorded < minCount;
  if (!withholdCurrent && !withholdPrevious) return row;
  return {
    ...row,
    current: withholdCurrent ? { value: null, status: 'withheld' } : row.current,
    previous: withholdPrevious ? { value: null, status: 'withheld' } : row.previous,
    trend: null,
  };
}

export function protectIncidents(
  facts: IncidentFacts | null,
  audience: ReportAudience,
  minCount: number,
  overdueDays: number,
): IncidentsSection {
  if (facts === null) return { kind: 'none' };
  const f = facts.figures;
  const donor = audience === 'donor';
  if (donor && f.recorded < minCount) return { kind: 'tooFew', minCount };

  const categoryCounts = INCIDENT_CATEGORIES.map((c) => f.byCategory[c]);
  const actorCounts = [...ACTORS.map((a) => f.byActor[a]), f.publicSecurity];
  const territories = territoryLines(facts.territories, donor ? minCount : 1);
  const territoryCounts = territories.map((t) => t.count);

  const categoryCells = donor
    ? suppressCounts(categoryCounts, [wholeTable(categoryCounts.length)], minCount)
    : categoryCounts.map(plainCount);
  const actorCells = donor ? suppressCounts(actorCounts, actorRelations(), minCount) : actorCounts.map(plainCount);
  const territoryCells = donor
    ? suppressCounts(territoryCounts, [wholeTable(territoryCounts.length)], minCount)
    : territoryCounts.map(plainCount);

  return {
    kind: 'figures',
    recorded: f.recorded,
    byCategory: INCIDENT_CATEGORIES.map((key, i) => ({ key, count: cellAt(categoryCells, i) })),
    byActor: ACTORS.map((key, i): BreakdownRow<(typeof ACTORS)[number]> => ({ key, count: cellAt(actorCells, i) })),
    publicSecurity: cellAt(actorCells, ACTORS.length),
    byTerritory: territories.map((t, i): TerritoryRow => ({
      territory: t.territory,
      count: cellAt(territoryCells, i),
    })),
    sharedShare: f.sharedShare,
    closedShare: f.closedShare,
    medianDaysToShare: protectMedian(f.medianDaysToShare, f.sharedShare, f.recorded, donor, minCount),
    medianDaysToClose: protectMedian(f.medianDaysToClose, f.closedShare, f.recorded, donor, minCount),
    overdue: donor ? protectSingleCount(f.overdue, minCount) : plainCount(f.overdue),
    overdueDays,
    rows: donor ? null : facts.rows.filter((r) => !r.confidential).map(stripConfidentialFlag),
  };
}

/** A donor median made of fewer than minCount incidents (shared or closed ones) is withheld. */
function protectMedian(
  median: number | null,
  share: number | null,
  recorded: number,
  donor: boolean,
  minCount: number,
): MedianCell {
  const made = share === null ? 0 : Math.round(share * recorded);
  return donor && median !== null && made < minCount ? { kind: 'withheld' } : { kind: 'days', value: median };
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

function cellAt(cells: readonly CountCell[], i: number): CountCell {
  return cells[i] ?? { kind: 'hidden' };
}

function wholeTable(length: number): SumRelation {
  return { parts: Array.from({ length }, (_, i) => i), total: 'published' };
}

/**
 * The sums a reader of the perpetrator table knows: all perpetrators = recorded; the four
 * public-security forces = the subtotal (the cell after the eight actors); the subtotal and
 * the four others = recorded.
 */
function actorRelations(): SumRelation[] {
  const subtotal = ACTORS.length;
  const publicIdx = ACTORS.flatMap((a, i) => (PUBLIC_SECURITY_ACTORS.includes(a) ? [i] : []));
  const otherIdx = ACTORS.flatMap((a, i) => (PUBLIC_SECURITY_ACTORS.includes(a) ? [] : [i]));
  return [
    wholeTable(ACTORS.length),
    { parts: publicIdx, total: subtotal },
    { parts: [subtotal, ...otherIdx], total: 'published' },
  ];
}

/**
 * Territory lines: named territories with at least `smallest` incidents, alphabetically (an
 * order by size would hint at masked counts), then "other territories" for the rest and for
 * any territory only confidential incidents name.
 */
function territoryLines(
  territories: readonly TerritoryCount[],
  smallest: number,
): { territory: TerritoryRow['territory']; count: number }[] {
  const named: { name: string; count: number }[] = [];
  let other = 0;
  for (const t of territories) {
    if (t.name !== null && t.count >= smallest) named.push({ name: t.name, count: t.count });
    else other += t.count;
  }
  named.sort((a, b) =>
    a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0,
  );
  const lines: { territory: TerritoryRow['territory']; count: number }[] = named.map((n) => ({
    territory: { kind: 'named', name: n.name },
    count: n.count,
  }));
  if (other > 0) lines.push({ territory: { kind: 'other' }, count: other });
  return lines;
}
