import { pinnedFigures, type Equation, type Order, type ReaderKnowledge } from './disclosure';
import type { IncidentFacts } from './incidentFacts';
import {
  figuresSection,
  incidentTables,
  shareCount,
  sharePublishable,
  type CountTable,
  type IncidentTables,
} from './incidentTables';
import { knowledge, protectSingleCount, type HiddenChoice, type Mask } from './suppressCounts';
import type { CountCell, IncidentsSection, ShareCell } from './types';

/**
 * Linked donor tables (issue 11). A donor report for a year protects its incident figures
 * together with the donor reports of that year's quarters, as if those were published: no figure
 * of the year may let a reader holding the quarters' reports work out any quarter's count from 1
 * to minCount − 1, nor a count a quarter hid (suppressed, hidden, merged into "other
 * territories", or not published at all under "fewer than minCount incidents"), nor a count the
 * year itself shows as "< minCount". Where it would, the year figure is hidden as well, with
 * complementary hiding as for one table (suppressCounts.ts).
 *
 * The reader is taken to know, as figures with ranges and sums (disclosure.ts):
 * - each quarter's report: its shown cells, "< minCount" as 1 to minCount − 1, a hidden cell as
 *   minCount or more and no larger than the counts shown beside it (the complementary rule),
 *   a table "not published" as anything, "fewer than minCount incidents" as 0 to minCount − 1
 *   with every breakdown and share unknown; a share "not published" as naming a small count
 *   (of those shared, or of those not shared);
 * - that each breakdown of a report adds up to its recorded total, and the public-security
 *   forces to their subtotal;
 * - that the year's recorded total, each category, each perpetrator and the subtotal are the
 *   sums of the quarters'; a territory the year names is, in each quarter, either named there or
 *   a part (below minCount) of that quarter's "other territories", and the year's "other
 *   territories" is what is left of the quarters' once those parts are taken out;
 * - that the year's shared (closed) incidents are the quarters' shared (closed) ones plus some
 *   of those not yet shared (closed) at the end of a finished quarter; none for the quarter that
 *   ends on the year's as-of date.
 *
 * The overdue count is not a count of the period's incidents but of the whole register on the
 * report's day (every date): the year's is its last quarter's, in no sum with the quarters'
 * breakdowns, and is published under the small-count rule alone (`< 5`), as in one report, also
 * when that quarter, with fewer than minCount incidents, printed only its sentence.
 * Zero is not protected: working out that a quarter had no killing is allowed, as zero stays
 * zero in one report. Of the quarters, only those started by the year's as-of date exist, each
 * seen as of that date (the running quarter so far). Hiding the year's recorded total withholds
 * its shares and medians too: a share of a hidden total would give the total back.
 *
 * A territory the year names tells the reader that, in a quarter that does not name it, it is a
 * part (below minCount) of that quarter's "other territories"; so parts can add up in one way
 * only (three places, each below 3, making an "other" of 6). When hiding counts cannot help, the
 * year groups its smallest named territory under "other territories" too, and starts again;
 * with none left to group, the year publishes no incident count at all.
 */
export function protectYearIncidents(
  year: IncidentFacts,
  quarters: readonly IncidentFacts[],
  minCount: number,
  overdueDays: number,
): IncidentsSection {
  const f = year.figures;
  if (f.recorded < minCount) return { kind: 'tooFew', minCount };
  const merged = new Set<string>();
  for (;;) {
    const tables = incidentTables(year, minCount, merged);
    const linked = new LinkedYear(year, tables, quarters, minCount);
    const state = linked.protect();
    if (state !== null) {
      const cells = (table: readonly number[]): CountCell[] => table.map((i) => state.cell(i));
      const y = linked.year;
      return figuresSection(
        year,
        tables.lines,
        {
          recorded: state.cell(y.recorded),
          categories: cells(y.categories),
          actors: cells(y.actors),
          territories: cells(y.lines),
          sharedShare: state.share(y.shared, f.sharedShare),
          closedShare: state.share(y.closed, f.closedShare),
          overdue: protectSingleCount(f.overdue, minCount),
        },
        overdueDays,
        null,
      );
    }
    const smallest = tables.lines
      .filter((l) => l.territory.kind === 'named')
      .sort((a, b) => a.count - b.count)
      .at(0);
    if (smallest === undefined || linked.inconsistent) return withheldYear(year, minCount, overdueDays);
    smallest.keys.forEach((k) => merged.add(k));
  }
}

/**
 * Nothing the linked tables can protect: every incident count of the period "not published", and
 * no territory named (the overdue count is of every date: see above).
 */
function withheldYear(year: IncidentFacts, minCount: number, overdueDays: number): IncidentsSection {
  const withheld: CountCell = { kind: 'withheld' };
  const none = (n: number): CountCell[] => Array.from({ length: n }, () => withheld);
  const t = incidentTables(year, minCount, new Set(year.territories.map((x) => x.key)));
  return figuresSection(
    year,
    t.lines,
    {
      recorded: withheld,
      categories: none(t.categories.values.length),
      actors: none(t.actors.values.length),
      territories: none(t.lines.length),
      sharedShare: { kind: 'withheld' },
      closedShare: { kind: 'withheld' },
      overdue: protectSingleCount(year.figures.overdue, minCount),
    },
    overdueDays,
    null,
  );
}

/** How a figure of the year is published now; `free`: not published, so nothing to keep safe. */
type YearMask = Mask | 'free';

/** The figures of one report in the reader's system. */
interface ReportFigures {
  readonly recorded: number;
  readonly categories: readonly number[];
  /** ACTORS, then the public-security subtotal. */
  readonly actors: readonly number[];
  /** Territory lines, as the report prints them. */
  readonly lines: readonly number[];
  /** [shared, not shared] and [closed, not closed]. */
  readonly shared: readonly [number, number];
  readonly closed: readonly [number, number];
}

class LinkedYear {
  private readonly values: number[] = [];
  private readonly lo: number[] = [];
  private readonly hi: number[] = [];
  /** Quarter figures a quarter did not publish: none may be worked out (unless it is zero). */
  private readonly sensitive: boolean[] = [];
  private readonly equations: Equation[] = [];
  private readonly orders: Order[] = [];
  /**
   * The largest count any incident figure can be, as the reader knows it: the quarters' totals
   * added up ("fewer than minCount" as minCount − 1).
   */
  private readonly cap: number;
  /** The year's figures, each with its current mask. */
  private readonly masks = new Map<number, YearMask>();
  private readonly choices: HiddenChoice[] = [];
  /**
   * Sums that exist only because of which territories the year names (its lines, their sums to
   * the quarters'): year information, left out when asking what the quarters give away alone.
   */
  private readonly yearLayout = new Set<Equation>();
  /** Set when the year's figures cannot be lined up with the quarters': nothing is published. */
  inconsistent = false;
  readonly year: ReportFigures;

  constructor(
    facts: IncidentFacts,
    private readonly tables: IncidentTables,
    quarters: readonly IncidentFacts[],
    private readonly minCount: number,
  ) {
    const f = facts.figures;
    const upper = quarters.reduce((a, q) => a + (q.figures.recorded < minCount ? minCount - 1 : q.figures.recorded), 0);
    this.cap = Math.max(upper, f.recorded, minCount);
    this.year = this.addYear(facts);
    const seen = quarters.map((q) => this.addQuarter(q));
    this.link(quarters, seen);
    // The true counts must fit what the reader is told; if they do not, publish nothing rather than guess.
    if (this.equations.some((e) => this.sum(e.plus) !== this.sum(e.minus))) this.inconsistent = true;
  }

  private figure(value: number, lo: number, hi: number, sensitive: boolean): number {
    this.values.push(value);
    this.lo.push(lo);
    this.hi.push(hi);
    this.sensitive.push(sensitive);
    return this.values.length - 1;
  }

  private layout(e: Equation): void {
    this.equations.push(e);
    this.yearLayout.add(e);
  }

  private known(value: number): number {
    return this.figure(value, value, value, false);
  }

  private sum(figures: readonly number[]): number {
    return figures.reduce((a, i) => a + (this.values[i] ?? 0), 0);
  }

  /** The year's figures, masked as the year's own report masks them (suppressCounts per table). */
  private addYear(facts: IncidentFacts): ReportFigures {
    const f = facts.figures;
    const yearFigure = (value: number, mask: YearMask): number => {
      const i = this.figure(value, value, value, false);
      this.masks.set(i, mask);
      return i;
    };
    const recorded = yearFigure(f.recorded, 'shown');
    const table = (t: CountTable): number[] => {
      const figures = t.values.map((v, i) =>
        yearFigure(v, t.protection.withheld ? 'free' : (t.protection.masks[i] ?? 'shown')),
      );
      this.addRelations(t, figures, recorded);
      if (!t.protection.withheld) {
        for (const c of t.protection.choices) {
          const g = (i: number): number => figures[i] ?? 0;
          this.choices.push({ cell: g(c.cell), order: c.order.map(g), shownThen: c.shownThen.map(g) });
        }
      }
      return figures;
    };
    const status = (share: number | null): [number, number] => {
      const part = shareCount(share, f.recorded);
      // A share not published tells the reader nothing (sharePublishable): both counts are free.
      const mask: YearMask = sharePublishable(share, f.recorded, this.minCount) ? 'shown' : 'free';
      const pair: [number, number] = [yearFigure(part, mask), yearFigure(f.recorded - part, mask)];
      this.equations.push({ plus: pair, minus: [recorded] });
      return pair;
    };
    const categories = table(this.tables.categories);
    const actors = table(this.tables.actors);
    const before = this.equations.length;
    const lines = table(this.tables.territories);
    this.equations.slice(before).forEach((e) => this.yearLayout.add(e));
    return {
      recorded,
      categories,
      actors,
      lines,
      shared: status(f.sharedShare),
      closed: status(f.closedShare),
    };
  }

  /** A table's sums: `published` totals are the report's recorded figure. */
  private addRelations(t: CountTable, figures: readonly number[], recorded: number): void {
    for (const r of t.relations) {
      this.equations.push({
        plus: r.parts.map((i) => figures[i] ?? 0),
        minus: [r.total === 'published' ? recorded : (figures[r.total] ?? 0)],
      });
    }
  }

  /** A quarter as its donor report publishes it, and what the reader knows of what it hides. */
  private addQuarter(facts: IncidentFacts): ReportFigures & { readonly tables: IncidentTables | null } {
    const f = facts.figures;
    const m = this.minCount;
    const free = (value: number): number => this.figure(value, 0, this.cap, true);
    // "Fewer than minCount incidents": 0 to minCount − 1, and nothing else published.
    const few = f.recorded < m;
    const recorded = few ? this.figure(f.recorded, 0, m - 1, true) : this.known(f.recorded);
    const tables = incidentTables(facts, m);
    const table = (t: CountTable): number[] => {
      const p = t.protection;
      let figures: number[];
      if (few || p.withheld) figures = t.values.map(free);
      else {
        const k = knowledge(t.values, p.masks, p.choices, this.cap, m);
        figures = t.values.map((v, i) =>
          p.masks[i] === 'shown' ? this.known(v) : this.figure(v, k.lo.get(i) ?? 0, k.hi.get(i) ?? this.cap, true),
        );
        for (const o of k.before) this.orders.push({ a: figures[o.a] ?? 0, b: figures[o.b] ?? 0, gap: o.gap });
      }
      this.addRelations(t, figures, recorded);
      return figures;
    };
    const status = (share: number | null): [number, number] => {
      const counts = [shareCount(share, f.recorded), f.recorded - shareCount(share, f.recorded)] as const;
      // A share not published because one of the two is from 1 to minCount − 1: the reader knows that much.
      const range = (n: number): number => this.figure(n, n < m ? 1 : m, n < m ? m - 1 : this.cap, true);
      const make = few ? free : sharePublishable(share, f.recorded, m) ? (n: number) => this.known(n) : range;
      const pair: [number, number] = [make(counts[0]), make(counts[1])];
      this.equations.push({ plus: pair, minus: [recorded] });
      return pair;
    };
    return {
      recorded,
      categories: table(tables.categories),
      actors: table(tables.actors),
      lines: few ? [] : table(tables.territories),
      shared: status(f.sharedShare),
      closed: status(f.closedShare),
      tables: few ? null : tables,
    };
  }

  /** The sums between the year and its quarters. */
  private link(
    quarters: readonly IncidentFacts[],
    seen: readonly (ReportFigures & { readonly tables: IncidentTables | null })[],
  ): void {
    const y = this.year;
    const each = (pick: (q: ReportFigures) => readonly number[], yearFigures: readonly number[]): void =>
      yearFigures.forEach((yi, i) => this.equations.push({ plus: seen.map((q) => pick(q)[i] ?? 0), minus: [yi] }));
    each((q) => [q.recorded], [y.recorded]);
    each((q) => q.categories, y.categories);
    each((q) => q.actors, y.actors);
    this.linkTerritories(quarters, seen);
    this.linkStatus(seen, (q) => q.shared, y.shared);
    this.linkStatus(seen, (q) => q.closed, y.closed);
  }

  /**
   * Each territory the year names is, in each quarter, its named line or a part of that
   * quarter's "other territories" (below minCount, unless only confidential incidents named it
   * there); the year's "other territories" is the quarters' rest.
   */
  private linkTerritories(
    quarters: readonly IncidentFacts[],
    seen: readonly (ReportFigures & { readonly tables: IncidentTables | null })[],
  ): void {
    const m = this.minCount;
    const yearLines = this.tables.lines;
    const named = yearLines.flatMap((l, i) => (l.territory.kind === 'named' ? [[l.keys[0] ?? '', i] as const] : []));
    const yearNamed = new Set(named.map(([key]) => key));
    const parts = new Map<string, number[]>(named.map(([key]) => [key, []]));
    const rests: number[] = [];
    quarters.forEach((q, n) => {
      const s = seen[n];
      if (!s) return;
      const count = new Map(q.territories.map((t) => [t.key, t.count]));
      const lines = s.tables?.lines ?? [];
      const own = new Map<string, number>();
      // A quarter with no "other territories" line has none; one with no breakdown, all of them.
      let other = s.tables === null ? s.recorded : this.known(0);
      lines.forEach((l, i) => {
        const figure = s.lines[i] ?? 0;
        if (l.territory.kind === 'named') own.set(l.keys[0] ?? '', figure);
        else other = figure;
      });
      const hiddenParts: number[] = [];
      for (const [key] of named) {
        const line = own.get(key);
        if (line !== undefined) {
          parts.get(key)?.push(line);
          continue;
        }
        const value = count.get(key) ?? 0;
        const part = this.figure(value, 0, value < m ? m - 1 : this.cap, true);
        parts.get(key)?.push(part);
        hiddenParts.push(part);
      }
      const restValue = q.territories
        .filter((t) => !yearNamed.has(t.key) && !own.has(t.key))
        .reduce((a, t) => a + t.count, 0);
      const rest = this.figure(restValue, 0, this.cap, true);
      this.equations.push({ plus: [...hiddenParts, rest], minus: [other] });
      rests.push(rest);
      // A place a quarter names but the year does not (it cannot happen) would be in the year's rest.
      for (const [key, line] of own) if (!yearNamed.has(key)) rests.push(line);
    });
    for (const [key, i] of named) this.layout({ plus: parts.get(key) ?? [], minus: [this.year.lines[i] ?? 0] });
    const otherLine = yearLines.findIndex((l) => l.territory.kind === 'other');
    // No "other territories" line in the year says there is none: year information, like its lines.
    let yearOther = this.year.lines[otherLine] ?? -1;
    if (otherLine < 0) {
      yearOther = this.known(0);
      this.masks.set(yearOther, 'shown');
    }
    this.layout({ plus: rests, minus: [yearOther] });
  }

  /**
   * The year's shared (closed) incidents are the quarters' plus `later`, some of those the
   * quarters had not yet shared (closed) at their end: 0 to their sum, none for the last quarter,
   * whose report is as of the year's day.
   */
  private linkStatus(
    seen: readonly ReportFigures[],
    pick: (q: ReportFigures) => readonly [number, number],
    yearPair: readonly [number, number],
  ): void {
    const done = seen.map((q) => pick(q)[0]);
    const notYet = seen.slice(0, -1).map((q) => pick(q)[1]);
    const later = (this.values[yearPair[0]] ?? 0) - this.sum(done);
    const never = this.sum(notYet) - later;
    if (later < 0 || never < 0) {
      // Figures that do not line up (they always should): publish no share rather than guess.
      this.free(yearPair[0]);
      return;
    }
    const laterFigure = this.figure(later, 0, this.cap, false);
    const neverFigure = this.figure(never, 0, this.cap, false);
    this.equations.push({ plus: [...done, laterFigure], minus: [yearPair[0]] });
    this.equations.push({ plus: [laterFigure, neverFigure], minus: notYet });
  }

  /** Stops publishing a year figure; a share's two counts, or the total a share is taken of, go together. */
  private free(i: number): void {
    const y = this.year;
    for (const pair of [y.shared, y.closed]) if (pair.includes(i)) pair.forEach((j) => this.masks.set(j, 'free'));
    this.masks.set(i, 'free');
  }

  private knowledgeNow(): ReaderKnowledge {
    const m = this.minCount;
    const lo = [...this.lo];
    const hi = [...this.hi];
    const masks: Mask[] = this.values.map((_, i) => {
      const mask = this.masks.get(i);
      return mask === undefined ? 'shown' : mask === 'free' ? 'hidden' : mask;
    });
    const k = knowledge(this.values, masks, this.choices, this.cap, m);
    for (const [i, mask] of this.masks) {
      const v = this.values[i] ?? 0;
      if (mask === 'shown') [lo[i], hi[i]] = [v, v];
      else if (mask === 'free') [lo[i], hi[i]] = [0, this.cap];
      else [lo[i], hi[i]] = [k.lo.get(i) ?? 1, k.hi.get(i) ?? this.cap];
    }
    return { values: this.values, lo, hi, equations: this.equations, orders: [...this.orders, ...k.before] };
  }

  /**
   * Hides year figures, one at a time, until the reader of all five reports pins none it must
   * not; null when that cannot be done.
   */
  protect(): {
    cell(i: number): CountCell;
    share(pair: readonly [number, number], value: number | null): ShareCell;
  } | null {
    if (this.inconsistent || !this.hideUntilSafe()) return null;
    const mask = (i: number): YearMask => this.masks.get(i) ?? 'shown';
    return {
      cell: (i) => {
        const now = mask(i);
        if (now === 'shown') return { kind: 'count', value: this.values[i] ?? 0 };
        if (now === 'suppressed') return { kind: 'suppressed', below: this.minCount };
        if (now === 'hidden') return { kind: 'hidden' };
        return { kind: 'withheld' };
      },
      share: (pair, value) => (mask(pair[0]) === 'shown' ? { kind: 'share', value } : { kind: 'withheld' }),
    };
  }

  /**
   * False when a figure stays exposed with nothing left to hide. Guarded: what a quarter did not
   * publish, and the year's own counts from 1 to minCount − 1, except what the quarters' reports
   * give away on their own (a year count every quarter shows, "other territories" when no other
   * place is named): the year could not keep those, nor need to. A count the year hides only as
   * a complement (minCount or more) protects the others; working it out reveals no small count
   * that these guards do not catch.
   */
  private hideUntilSafe(): boolean {
    const byFigure = new Map<number, number[]>();
    this.equations.forEach((e, n) => {
      for (const i of [...e.plus, ...e.minus]) byFigure.set(i, [...(byFigure.get(i) ?? []), n]);
    });
    const given = this.givenByQuarters();
    for (;;) {
      const k = this.knowledgeNow();
      const candidates = this.values.flatMap((v, i) => {
        if (v < 1 || (k.lo[i] ?? 0) === (k.hi[i] ?? 0)) return [];
        const mask = this.masks.get(i);
        const guarded = mask === undefined ? this.sensitive[i] : mask === 'suppressed';
        return guarded && !given.has(i) ? [i] : [];
      });
      const exposed = pinnedFigures(k, candidates);
      if (exposed.length === 0) return true;
      const choice = this.nextToHide(exposed, k, byFigure);
      if (choice === null) return false;
      this.hide(choice);
    }
  }

  /** The figures a reader works out from the quarters' reports alone, the year publishing nothing. */
  private givenByQuarters(): ReadonlySet<number> {
    const k = this.knowledgeNow();
    const lo = [...k.lo];
    const hi = [...k.hi];
    for (const i of this.masks.keys()) [lo[i], hi[i]] = [0, this.cap];
    const asked = this.values.flatMap((v, i) =>
      v > 0 && (this.masks.has(i) || this.sensitive[i]) && (lo[i] ?? 0) !== (hi[i] ?? 0) ? [i] : [],
    );
    const equations = this.equations.filter((e) => !this.yearLayout.has(e));
    return new Set(pinnedFigures({ ...k, lo, hi, equations, orders: this.orders }, asked));
  }

  private hideable(i: number): boolean {
    return this.masks.get(i) === 'shown' && (this.values[i] ?? 0) > 0;
  }

  /**
   * The year figure to hide next: the smallest non-zero one still shown in a sum holding an
   * exposed figure, preferring a sum that gives it away on its own; failing that, in the nearest
   * sum reached through figures the reader does not know.
   */
  private nextToHide(
    exposed: readonly number[],
    k: ReaderKnowledge,
    byFigure: ReadonlyMap<number, readonly number[]>,
  ): { readonly cell: number; readonly equation: Equation } | null {
    const choose = (e: Equation): { cell: number; equation: Equation } | null => {
      let best: number | null = null;
      for (const i of [...e.plus, ...e.minus]) {
        if (this.hideable(i) && (best === null || (this.values[i] ?? 0) < (this.values[best] ?? 0))) best = i;
      }
      return best === null ? null : { cell: best, equation: e };
    };
    for (const x of exposed) {
      const holding = (byFigure.get(x) ?? []).map((n) => this.equations[n]).filter((e): e is Equation => !!e);
      const options = holding.filter((e) => choose(e) !== null);
      const alone = options.filter((e) => pinnedFigures({ ...k, equations: [e] }, [x]).length > 0);
      for (const e of [...alone, ...options]) {
        const c = choose(e);
        if (c !== null) return c;
      }
    }
    // Only sums taken together give it away: look further, through figures the reader does not know.
    const visited = new Set<number>(exposed);
    let frontier = [...exposed];
    while (frontier.length > 0) {
      const next: number[] = [];
      for (const x of frontier) {
        for (const n of byFigure.get(x) ?? []) {
          const e = this.equations[n];
          if (!e) continue;
          const c = choose(e);
          if (c !== null) return c;
          for (const i of [...e.plus, ...e.minus]) {
            if (visited.has(i) || (k.lo[i] ?? 0) === (k.hi[i] ?? 0)) continue;
            visited.add(i);
            next.push(i);
          }
        }
      }
      frontier = next;
    }
    return null;
  }

  private hide(choice: { readonly cell: number; readonly equation: Equation }): void {
    const { cell, equation } = choice;
    const y = this.year;
    if (y.shared.includes(cell) || y.closed.includes(cell)) {
      this.free(cell);
      return;
    }
    const order = [...equation.plus, ...equation.minus].filter((i) => this.masks.has(i));
    this.choices.push({ cell, order, shownThen: order.filter((i) => this.masks.get(i) === 'shown') });
    this.masks.set(cell, 'hidden');
    // A share of a hidden total gives the total back: the shares go with it.
    if (cell === y.recorded) [...y.shared, ...y.closed].forEach((j) => this.masks.set(j, 'free'));
  }
}
