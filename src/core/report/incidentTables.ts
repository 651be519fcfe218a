import { ACTORS, INCIDENT_CATEGORIES, PUBLIC_SECURITY_ACTORS, type Actor } from '../schema/lists';
import type { IncidentFacts, TerritoryCount } from './incidentFacts';
import { protectTable, type SumRelation, type TableProtection } from './suppressCounts';
import type {
  BreakdownRow,
  CountCell,
  IncidentBreakdowns,
  MedianCell,
  ReportIncidentRow,
  ShareCell,
  TerritoryKey,
  TerritoryRow,
} from './types';

/**
 * The three incident breakdowns of one period as tables of counts with the sums a reader knows,
 * protected as one report (suppressCounts.ts). protect.ts publishes them for a quarter;
 * linkedTables.ts starts a year from them and protects it with its quarters.
 */
export interface CountTable {
  readonly values: readonly number[];
  /** `published` totals are the period's recorded count. */
  readonly relations: readonly SumRelation[];
  readonly protection: TableProtection;
}

/** A territory line and the places (territoryKey) it counts: one when named, the rest under "other". */
export interface TerritoryLine {
  readonly territory: TerritoryKey;
  readonly keys: readonly string[];
  readonly count: number;
}

export interface IncidentTables {
  /** INCIDENT_CATEGORIES in order. */
  readonly categories: CountTable;
  /** ACTORS in order, then the public-security subtotal. */
  readonly actors: CountTable;
  readonly territories: CountTable;
  readonly lines: readonly TerritoryLine[];
}

/**
 * One period's donor tables: small territories merged first (and those of `merged`, which a
 * year groups to protect its quarters), then each table protected on its own.
 */
export function incidentTables(
  facts: IncidentFacts,
  minCount: number,
  merged: ReadonlySet<string> = new Set(),
): IncidentTables {
  const f = facts.figures;
  const lines = territoryLines(facts.territories, minCount, merged);
  const table = (values: readonly number[], relations: readonly SumRelation[]): CountTable => ({
    values,
    relations,
    protection: protectTable(values, relations, minCount),
  });
  const categories = INCIDENT_CATEGORIES.map((c) => f.byCategory[c]);
  const territories = lines.map((l) => l.count);
  return {
    categories: table(categories, [wholeTable(categories.length)]),
    actors: table([...ACTORS.map((a) => f.byActor[a]), f.publicSecurity], actorRelations()),
    territories: table(territories, [wholeTable(territories.length)]),
    lines,
  };
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
 * order by size would hint at masked counts), then "other territories" for the rest, for any
 * territory only confidential incidents name, and for those of `merged`.
 */
export function territoryLines(
  territories: readonly TerritoryCount[],
  smallest: number,
  merged: ReadonlySet<string> = new Set(),
): TerritoryLine[] {
  const named: { name: string; key: string; count: number }[] = [];
  const other: string[] = [];
  let otherCount = 0;
  for (const t of territories) {
    if (t.name !== null && t.count >= smallest && !merged.has(t.key))
      named.push({ name: t.name, key: t.key, count: t.count });
    else {
      other.push(t.key);
      otherCount += t.count;
    }
  }
  named.sort((a, b) =>
    a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0,
  );
  const lines: TerritoryLine[] = named.map((n) => ({
    territory: { kind: 'named', name: n.name },
    keys: [n.key],
    count: n.count,
  }));
  if (otherCount > 0) lines.push({ territory: { kind: 'other' }, keys: other, count: otherCount });
  return lines;
}

/**
 * Issue 11: a donor share (and the median that goes with it) is published only when the count
 * it stands on and its complement are each 0 or at least minCount. With 5 incidents, "20 %
 * closed" says exactly 1 was closed and "80 % shared" that exactly 1 was not.
 */
export function sharePublishable(share: number | null, recorded: number, minCount: number): boolean {
  if (share === null) return true;
  const part = shareCount(share, recorded);
  const safe = (n: number): boolean => n === 0 || n >= minCount;
  return safe(part) && safe(recorded - part);
}

/** The count a share of `recorded` incidents stands on. */
export function shareCount(share: number | null, recorded: number): number {
  return share === null ? 0 : Math.round(share * recorded);
}

/**
 * A median stands on the incidents its share counts (shared or closed ones): published with that
 * share only, so a median of fewer than minCount incidents, or of all but a few, never is.
 */
export function medianCell(median: number | null, share: ShareCell): MedianCell {
  return share.kind === 'withheld' && median !== null ? { kind: 'withheld' } : { kind: 'days', value: median };
}

/** Every published cell of a period's incident figures, in the tables' order. */
export interface PublishedIncidents {
  readonly recorded: CountCell;
  readonly categories: readonly CountCell[];
  /** ACTORS in order, then the public-security subtotal. */
  readonly actors: readonly CountCell[];
  readonly territories: readonly CountCell[];
  readonly sharedShare: ShareCell;
  readonly closedShare: ShareCell;
  readonly overdue: CountCell;
}

/** The Incidents section from its published cells; medians follow their shares. */
export function figuresSection(
  facts: IncidentFacts,
  lines: readonly TerritoryLine[],
  cells: PublishedIncidents,
  overdueDays: number,
  rows: readonly ReportIncidentRow[] | null,
): { readonly kind: 'figures' } & IncidentBreakdowns {
  const f = facts.figures;
  const at = (list: readonly CountCell[], i: number): CountCell => list[i] ?? { kind: 'withheld' };
  return {
    kind: 'figures',
    recorded: cells.recorded,
    byCategory: INCIDENT_CATEGORIES.map((key, i) => ({ key, count: at(cells.categories, i) })),
    byActor: ACTORS.map((key, i): BreakdownRow<Actor> => ({ key, count: at(cells.actors, i) })),
    publicSecurity: at(cells.actors, ACTORS.length),
    byTerritory: lines.map((l, i): TerritoryRow => ({ territory: l.territory, count: at(cells.territories, i) })),
    sharedShare: cells.sharedShare,
    closedShare: cells.closedShare,
    medianDaysToShare: medianCell(f.medianDaysToShare, cells.sharedShare),
    medianDaysToClose: medianCell(f.medianDaysToClose, cells.closedShare),
    overdue: cells.overdue,
    overdueDays,
    rows,
  };
}
