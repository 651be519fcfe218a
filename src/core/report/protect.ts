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
  ShareCell,
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
 *   a share or median only when the count it stands on and its complement are each 0 or at
 *   least minCount (sharePublishable), in the Summary's shared target (this period's and the
 *   previous one's) as on the Incidents sheet.
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

/**
 * Issue 11: a donor share (and the median that goes with it) is published only when the count
 * it stands on and its complement are each 0 or at least minCount. With 5 incidents, "20 %
 * closed" says exactly 1 was closed and "80 % shared" that exactly 1 was not.
 */
export function sharePublishable(share: number | null, recorded: number, minCount: number): boolean {
  if (share === null) return true;
  const part = Math.round(share * recorded);
  const safe = (n: number): boolean => n === 0 || n >= minCount;
  return safe(part) && safe(recorded - part);
}

/**
 * The donor Summary's shared target, this period's and the previous one's, follows the rules of
 * the Incidents sheet: withheld with fewer than minCount incidents, or when the share would name
 * a small count (sharePublishable).
 */
function withholdShared(row: TargetRow, draft: ReportDraft, minCount: number): TargetRow {
  if (row.key !== 'shared') return row;
  const withheld = (value: number | null, recorded: number | null): boolean =>
    recorded !== null && (recorded < minCount || !sharePublishable(value, recorded, minCount));
  const withholdCurrent = withheld(row.current.value, draft.incidents?.figures.recorded ?? null);
  const withholdPrevious = row.previous !== null && withheld(row.previous.value, draft.previousIncidentsRecorded);
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
    recorded: plainCount(f.recorded),
    byCategory: INCIDENT_CATEGORIES.map((key, i) => ({ key, count: cellAt(categoryCells, i) })),
    byActor: ACTORS.map((key, i): BreakdownRow<(typeof ACTORS)[number]> => ({ key, count: cellAt(actorCells, i) })),
    publicSecurity: cellAt(actorCells, ACTORS.length),
    byTerritory: territories.map((t, i): TerritoryRow => ({
      territory: t.territory,
      count: cellAt(territoryCells, i),
    })),
    sharedShare: protectShare(f.sharedShare, f.recorded, donor, minCount),
    closedShare: protectShare(f.closedShare, f.recorded, donor, minCount),
    medianDaysToShare: protectMedian(f.medianDaysToShare, f.sharedShare, f.recorded, donor, minCount),
    medianDaysToClose: protectMedian(f.medianDaysToClose, f.closedShare, f.recorded, donor, minCount),
    overdue: donor ? protectSingleCount(f.overdue, minCount) : plainCount(f.overdue),
    overdueDays,
    rows: donor ? null : facts.rows.filter((r) => !r.confidential).map(stripConfidentialFlag),
  };
}

/** A donor share that would name a small count (sharePublishable) is withheld. */
function protectShare(share: number | null, recorded: number, donor: boolean, minCount: number): ShareCell {
  return donor && !sharePublishable(share, recorded, minCount) ? { kind: 'withheld' } : { kind: 'share', value: share };
}

/**
 * A donor median stands on the incidents its share counts (shared or closed ones): withheld
 * with that share, so a median of fewer than minCount incidents, or of all but a few, is never
 * published.
 */
function protectMedian(
  median: number | null,
  share: number | null,
  recorded: number,
  donor: boolean,
  minCount: number,
): MedianCell {
  return donor && median !== null && !sharePublishable(share, recorded, minCount)
    ? { kind: 'withheld' }
    : { kind: 'days', value: median };
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
