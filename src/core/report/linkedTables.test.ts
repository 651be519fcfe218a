import fc from 'fast-check';
import type { CountCell, IncidentCategory, PeriodRequest, ReportModel } from '..';
import { incidentWorkbook, type IncidentSpec } from '../../../test/report/incidentWorkbook';
import { reportModel } from '../../../test/report/sampleReport';

/**
 * An independent brute-force audit of the linked donor tables (issue 11): random workbooks with
 * incidents over one to four quarters of 2025, either of three categories in one territory, or
 * of one category in three territories (one perpetrator throughout). For the donor reports of the
 * year and of its quarters, it enumerates every way of filling the masked cells of that breakdown
 * that fits what a reader of all of them knows — each report's shown cells, "< minCount" as 1 to
 * minCount − 1, a quarter's hidden cell as minCount or more yet no larger than the counts shown
 * beside it (the rule of report.md), a year's hidden cell as minCount or more, a territory a
 * report does not name as 0 to minCount − 1 and part of its "other territories", "fewer than
 * minCount incidents" as 0 to minCount − 1 — and that adds up: each column of the year is the sum
 * of its quarters'. A masked count that every such filling gives the same non-zero value is
 * worked out, and must not exist.
 */
type Dimension = 'category' | 'territory';
const CATEGORIES: readonly [IncidentCategory, string][] = [
  ['killing', 'Killing'],
  ['use_of_force', 'Excessive use of force'],
  ['threat', 'Threats or intimidation'],
];
const TERRITORIES = ['Kambove', 'Kipushi', 'Likasi'];
/**
 * The reader knows a territory exists only when some report names it; the others are one
 * column, the places no report names, of which the reader knows nothing but their sum.
 */
const REST = 'places no report names';
const AS_OF = '2026-01-15';

type Range = readonly [number, number];
type Vector = readonly number[];

/** What a reader knows of each column of one report's breakdown, of sums of columns, and of its total. */
interface Seen {
  readonly cells: readonly Range[];
  /** "Other territories": the columns a report does not name add up to it. */
  readonly groups: readonly { readonly columns: readonly number[]; readonly range: Range }[];
  readonly total: Range;
}

const BIG = 10_000;

/** A row's range as the reader reads its label (a quarter's hidden row also by the complementary rule). */
function rowRange(cells: readonly CountCell[], at: number, minCount: number, ruleKnown: boolean): Range {
  const cell = cells[at];
  if (cell?.kind === 'count') return [cell.value, cell.value];
  if (cell?.kind === 'suppressed') return [1, minCount - 1];
  if (cell?.kind !== 'hidden') return [0, BIG];
  if (!ruleKnown) return [minCount, BIG];
  // No larger than any non-zero count shown in the table; smaller than an equal one before it.
  let hi = BIG;
  cells.forEach((c, j) => {
    if (c.kind === 'count' && c.value > 0) hi = Math.min(hi, c.value - (j < at ? 1 : 0));
  });
  return [minCount, hi];
}

function seen(
  model: ReportModel,
  dim: Dimension,
  columns: readonly string[],
  minCount: number,
  ruleKnown: boolean,
  /** What not being named says of a territory: below minCount, unless the year grouped it (then anything). */
  notNamed: (column: number) => Range = () => [0, minCount - 1],
): Seen {
  const section = model.incidents;
  if (section.kind === 'tooFew')
    return { cells: columns.map((): Range => [0, minCount - 1]), groups: [], total: [0, minCount - 1] };
  if (section.kind !== 'figures') throw new Error(section.kind);
  const countOf = (c: CountCell | undefined): number | null => (c?.kind === 'count' ? c.value : null);
  // A hidden recorded total may still show elsewhere: the one perpetrator, the one category or territory.
  const single =
    dim === 'category' ? section.byTerritory[0]?.count : section.byCategory.find((r) => r.key === 'killing')?.count;
  const totals = [section.recorded, section.byActor.find((r) => r.key === 'pnc')?.count, single];
  const known = totals.map(countOf).find((v) => v !== null);
  const total: Range = known === undefined || known === null ? [minCount, BIG] : [known, known];
  if (dim === 'category') {
    const all = section.byCategory.map((r) => r.count);
    const cells = CATEGORIES.map(([key]) =>
      rowRange(
        all,
        section.byCategory.findIndex((r) => r.key === key),
        minCount,
        ruleKnown,
      ),
    );
    return { cells, groups: [], total };
  }
  const lines = section.byTerritory;
  const all = lines.map((l) => l.count);
  const at = (name: string): number =>
    lines.findIndex((l) => l.territory.kind === 'named' && l.territory.name === name);
  const cells = columns.map((name, k): Range =>
    name === REST ? [0, BIG] : at(name) < 0 ? notNamed(k) : rowRange(all, at(name), minCount, ruleKnown),
  );
  const other = lines.findIndex((l) => l.territory.kind === 'other');
  const unnamed = columns.flatMap((name, k) => (at(name) < 0 ? [k] : []));
  const range: Range = other < 0 ? [0, 0] : rowRange(all, other, minCount, ruleKnown);
  return { cells, groups: [{ columns: unnamed, range }], total };
}

const sumOf = (v: Vector, columns?: readonly number[]): number =>
  (columns ?? v.map((_, k) => k)).reduce((a, k) => a + (v[k] ?? 0), 0);
const fits = (v: Vector, s: Seen): boolean =>
  sumOf(v) >= s.total[0] &&
  sumOf(v) <= s.total[1] &&
  v.every((x, k) => x >= (s.cells[k]?.[0] ?? 0) && x <= (s.cells[k]?.[1] ?? 0)) &&
  s.groups.every((g) => sumOf(v, g.columns) >= g.range[0] && sumOf(v, g.columns) <= g.range[1]);

/** Every column vector of one report that fits what the reader sees of it. */
function fillings(s: Seen, cap: number): Vector[] {
  const out: Vector[] = [];
  const walk = (k: number, acc: number[], sum: number): void => {
    if (sum > Math.min(s.total[1], cap)) return;
    if (k === s.cells.length) {
      if (fits(acc, s)) out.push([...acc]);
      return;
    }
    const [lo, hi] = s.cells[k] ?? [0, 0];
    for (let v = lo; v <= Math.min(hi, cap); v++) walk(k + 1, [...acc, v], sum + v);
  };
  walk(0, [], 0);
  return out;
}

const key = (v: Vector): string => v.join(',');
function sumset(a: readonly Vector[], b: readonly Vector[]): Vector[] {
  const out = new Map<string, Vector>();
  for (const x of a)
    for (const y of b) {
      const z = x.map((v, i) => v + (y[i] ?? 0));
      out.set(key(z), z);
    }
  return [...out.values()];
}

/** The columns a reader lines up: the categories, or the territories some report names and the rest. */
function columnsOf(dim: Dimension, models: readonly ReportModel[]): string[] {
  if (dim === 'category') return CATEGORIES.map(([key]) => key);
  const named = new Set(
    models.flatMap((m) =>
      m.incidents.kind === 'figures'
        ? m.incidents.byTerritory.flatMap((l) => (l.territory.kind === 'named' ? [l.territory.name] : []))
        : [],
    ),
  );
  return [...TERRITORIES.filter((t) => named.has(t)), REST];
}

/** Counts by TERRITORIES (or categories) as counts by column. */
function project(dim: Dimension, columns: readonly string[], v: Vector): Vector {
  if (dim === 'category') return v;
  return columns.map((name) =>
    TERRITORIES.reduce((a, t, k) => a + ((name === REST ? !columns.includes(t) : t === name) ? (v[k] ?? 0) : 0), 0),
  );
}

/** The masked cells (report, column or 'total') that the reader pins to one non-zero value. */
function workedOut(
  dim: Dimension,
  counts: readonly Vector[],
  year: ReportModel,
  quarters: readonly ReportModel[],
  minCount: number,
): string[] {
  const columns = columnsOf(dim, [year, ...quarters]);
  const truth = counts.map((v) => project(dim, columns, v));
  const cap = truth.reduce((a, v) => a + sumOf(v), 0);
  const yearTruth = columns.map((_, k) => truth.reduce((a, v) => a + (v[k] ?? 0), 0));
  // The reader cannot tell a territory the year grouped from a small one: the true case is what it knows.
  const y = seen(year, dim, columns, minCount, false, (k) =>
    (yearTruth[k] ?? 0) < minCount ? [0, minCount - 1] : [0, BIG],
  );
  const q = quarters.map((m) => seen(m, dim, columns, minCount, true));
  const sets = q.map((s) => fillings(s, cap));
  const zero = columns.map(() => 0);
  const found: string[] = [];
  const report = (name: string, masked: boolean, options: Set<number>, real: number): void => {
    if (masked && real > 0 && options.size <= 1) found.push(`${name} = ${real}`);
  };
  const isMasked = (r: Range | undefined): boolean => (r?.[0] ?? 0) !== (r?.[1] ?? 0);
  const small = (r: Range | undefined): boolean => r?.[0] === 1 && r[1] === minCount - 1;
  sets.forEach((set, i) => {
    const others = sets.filter((_, j) => j !== i).reduce<Vector[]>((acc, s) => sumset(acc, s), [zero]);
    const feasible = set.filter((v) =>
      others.some((o) =>
        fits(
          v.map((x, k) => x + (o[k] ?? 0)),
          y,
        ),
      ),
    );
    const real = truth[i] ?? [];
    // What the quarter's own report gives away is no leak of the year's.
    const alone = (f: (v: Vector) => number): boolean => new Set(set.map(f)).size <= 1;
    columns.forEach((name, k) => {
      const masked = isMasked(q[i]?.cells[k]) && !alone((v) => v[k] ?? 0);
      report(`Q${i + 1} ${name}`, masked, new Set(feasible.map((v) => v[k] ?? 0)), real[k] ?? 0);
    });
    const totalMasked = isMasked(q[i]?.total) && !alone((v) => sumOf(v));
    report(`Q${i + 1} total`, totalMasked, new Set(feasible.map((v) => sumOf(v))), sumOf(real));
  });
  // A year's "< minCount" must not be worked out either, unless the quarters alone give it away
  // (every quarter shows it): then the year's masking has nothing to keep. (A year's hidden
  // complement may be: it is minCount or more, and the counts it protects are checked.)
  const quartersOnly = sets.reduce<Vector[]>((acc, s) => sumset(acc, s), [zero]);
  const all = quartersOnly.filter((v) => fits(v, y));
  // Nor is what the year's own report publishes (its lines, its total): one report is suppressCounts' business.
  const yearAlone = fillings(y, cap);
  const given = (f: (v: Vector) => number): boolean =>
    new Set(quartersOnly.map(f)).size <= 1 || new Set(yearAlone.map(f)).size <= 1;
  columns.forEach((name, k) => {
    const masked = small(y.cells[k]) && !given((v) => v[k] ?? 0);
    report(`year ${name}`, masked, new Set(all.map((v) => v[k] ?? 0)), yearTruth[k] ?? 0);
  });
  y.groups.forEach((g) => {
    const f = (v: Vector): number => sumOf(v, g.columns);
    report('year other territories', small(g.range) && !given(f), new Set(all.map(f)), f(yearTruth));
  });
  return found;
}

/** The incidents of a random case: per quarter, a count per column, on the quarter's 10th day. */
function book(dim: Dimension, counts: readonly Vector[]): [number, IncidentSpec][] {
  return counts.flatMap((v, q) =>
    v.map((_, k): [number, IncidentSpec] => {
      const date = `2025-${String(3 * q + 1).padStart(2, '0')}-10`;
      const category = dim === 'category' ? (CATEGORIES[k]?.[1] ?? 'Other') : 'Killing';
      const territory = dim === 'territory' ? (TERRITORIES[k] ?? 'Kipushi') : 'Kipushi';
      return [v[k] ?? 0, { date, territory, category, actor: 'PNC' }];
    }),
  );
}

/** The donor reports of the year and of its quarters so far, as of the last quarter's 15th day (or after the year). */
function reports(raw: ReturnType<typeof incidentWorkbook>, quarters: number, audience: 'donor' | 'internal' = 'donor') {
  const asOf = quarters === 4 ? AS_OF : `2025-${String(3 * (quarters - 1) + 1).padStart(2, '0')}-15`;
  return {
    year: reportModel(raw, { kind: 'year', year: '2025' }, audience, asOf),
    quarters: Array.from({ length: quarters }, (_, q) =>
      reportModel(raw, { kind: 'quarter', quarter: `2025-Q${q + 1}` } as PeriodRequest, 'donor', asOf),
    ),
  };
}

describe.each<Dimension>(['category', 'territory'])(
  'linked donor tables, brute force by %s: a reader with the year and all its quarters',
  (dim) => {
    const quarterCounts = fc.oneof(
      // A quarter with fewer than minCount incidents, or one with figures.
      fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 3, maxLength: 3 }),
    );

    it('works out no quarter count from 1 to minCount − 1, no count a quarter hid, no masked count of the year', () => {
      fc.assert(
        fc.property(
          fc.array(quarterCounts, { minLength: 1, maxLength: 4 }),
          fc.integer({ min: 3, max: 5 }),
          (counts, minCount) => {
            const total = counts.flat().reduce((a, b) => a + b, 0);
            fc.pre(total >= minCount && total <= 60);
            const raw = incidentWorkbook(book(dim, counts), [['Smallest count shown in donor reports', minCount]]);
            const { year, quarters } = reports(raw, counts.length);
            expect(workedOut(dim, counts, year, quarters, minCount)).toEqual([]);
          },
        ),
        { numRuns: 60 },
      );
    });
  },
);

describe('the brute force finds the Kipushi attack on an unprotected year (the audit can fail)', () => {
  it.each<[Dimension, number[][], string[]]>([
    [
      'category',
      [
        [5, 5, 0],
        [5, 5, 0],
        [5, 5, 0],
        [1, 2, 0],
      ],
      ['Q4 killing = 1', 'Q4 use_of_force = 2', 'Q4 total = 3'],
    ],
    [
      'territory',
      [
        [0, 10, 0],
        [0, 10, 0],
        [2, 10, 6],
        [0, 3, 0],
      ],
      ['Q4 Kipushi = 3', 'Q3 Kambove = 2'],
    ],
  ])('by %s', (dim, counts, expected) => {
    const raw = incidentWorkbook(book(dim, counts));
    // The internal year report publishes every count: what an unprotected donor year would.
    const { year, quarters } = reports(raw, counts.length, 'internal');
    expect(workedOut(dim, counts, year, quarters, 5)).toEqual(expect.arrayContaining(expected));
  });
});
