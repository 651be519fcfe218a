import fc from 'fast-check';
import { protectIncidents } from './protect';
import { suppressCounts, type SumRelation } from './suppressCounts';
import type { CountCell } from './types';
import { INCIDENT_CATEGORIES, ACTORS } from '../schema/lists';

/**
 * report.md: "where exactly one cell of a breakdown is hidden, the next smallest non-zero count
 * of that breakdown is hidden too ... so the total cannot reveal the hidden count". A reader who
 * knows that rule knows more than "hidden ≥ minCount": a hidden count is no larger than any count
 * still shown beside it (and smaller than an equal count before it, ties going to the first).
 */
const whole = (n: number): SumRelation => ({ parts: Array.from({ length: n }, (_, i) => i), total: 'published' });

/** The masked cells whose value a reader who knows the rule can work out from the total. */
function disclosed(values: readonly number[], cells: readonly CountCell[], minCount: number): number[] {
  if (cells.some((c) => c.kind === 'withheld')) return [];
  const total = values.reduce((a, b) => a + b, 0);
  const masked = cells.flatMap((c, i) => (c.kind === 'count' ? [] : [i]));
  const range = (i: number): [number, number] => {
    if (cells[i]?.kind === 'suppressed') return [1, minCount - 1];
    let hi = total;
    cells.forEach((c, j) => {
      if (c.kind !== 'count' || c.value === 0) return;
      hi = Math.min(hi, j < i ? c.value - 1 : c.value);
    });
    return [minCount, hi];
  };
  const remainder = masked.reduce((a, i) => a + (values[i] ?? 0), 0);
  return masked.filter((i) => {
    let reachable = new Set([0]);
    for (const j of masked) {
      if (j === i) continue;
      const [lo, hi] = range(j);
      const next = new Set<number>();
      for (const s of reachable) for (let v = lo; v <= hi && s + v <= remainder; v++) next.add(s + v);
      reachable = next;
    }
    const [lo, hi] = range(i);
    let options = 0;
    for (let v = lo; v <= hi; v++) if (reachable.has(remainder - v)) options += 1;
    return options <= 1;
  });
}

const show = (cells: readonly CountCell[]): (number | string)[] =>
  cells.map((c) => (c.kind === 'count' ? c.value : c.kind === 'suppressed' ? `< ${c.below}` : c.kind));

describe('complementary suppression: a hidden count is the next smallest, and the reader knows it', () => {
  it('"< 5", hidden, 5 adding up to 13: the hidden count can only be 5, so the "< 5" is 3 — more is masked', () => {
    const values = [3, 5, 5];
    const cells = suppressCounts(values, [whole(3)], 5);
    expect(disclosed(values, cells, 5)).toEqual([]);
    expect(show(cells)[0]).toBe('< 5');
  });

  it('"< 5", hidden, 6 adding up to 16: the hidden count is 5 or 6, so it is 6 and the "< 5" is 4', () => {
    const values = [4, 6, 6, 0];
    expect(disclosed(values, suppressCounts(values, [whole(4)], 5), 5)).toEqual([]);
  });

  it('a tie after an earlier equal count: "< 5", 6, hidden adding up to 14 — hidden < 6, so 5, and the "< 5" is 3', () => {
    // The 6 before it would have been hidden first had the hidden count been 6 too.
    const values = [3, 6, 5];
    expect(disclosed(values, suppressCounts(values, [whole(3)], 5), 5)).toEqual([]);
  });

  it('for any breakdown with a published total, no masked cell can be worked out', () => {
    const table = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 7 });
    fc.assert(
      fc.property(table, fc.integer({ min: 3, max: 6 }), (values, minCount) => {
        fc.pre(values.reduce((a, b) => a + b, 0) >= minCount);
        expect(disclosed(values, suppressCounts(values, [whole(values.length)], minCount), minCount)).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  it('still keeps zero as zero and small counts as "< minCount" (never a false "< 5")', () => {
    const cells = suppressCounts([3, 5, 5, 0, 9], [whole(5)], 5);
    expect(show(cells)[3]).toBe(0);
    cells.forEach((c, i) => {
      if (c.kind === 'suppressed') expect([3, 5, 5, 0, 9][i]).toBeLessThan(5);
    });
  });
});

describe('the donor report: categories 3, 5, 5 (13 incidents)', () => {
  it('does not let the total and the rule give away the small category', () => {
    const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
      Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
    const byCategory = { ...zeros(INCIDENT_CATEGORIES), threat: 5, extortion: 3, killing: 5 };
    const byActor = { ...zeros(ACTORS), private_security: 13 };
    const section = protectIncidents(
      {
        figures: {
          recorded: 13,
          byCategory,
          byActor,
          publicSecurity: 0,
          sharedShare: 0.5,
          closedShare: 0.5,
          medianDaysToShare: 10,
          medianDaysToClose: 20,
          overdue: 0,
        },
        territories: [{ key: 'kipushi', name: 'Kipushi', count: 13 }],
        rows: [],
      },
      'donor',
      5,
      90,
    );
    if (section.kind !== 'figures') throw new Error(section.kind);
    const values = section.byCategory.map((r) => byCategory[r.key]);
    expect(
      disclosed(
        values,
        section.byCategory.map((r) => r.count),
        5,
      ),
    ).toEqual([]);
  });
});

describe('complementary suppression of the perpetrator table with its public-security subtotal', () => {
  // Cells 0..3 public forces, 4..7 the others, 8 the subtotal; the total is published.
  const relations: SumRelation[] = [
    whole(8),
    { parts: [0, 1, 2, 3], total: 8 },
    { parts: [8, 4, 5, 6, 7], total: 'published' },
  ];

  /** Masked cells a reader pins down from the subtotal and the total together (hidden: minCount or more). */
  function pinned(values: readonly number[], cells: readonly CountCell[], minCount: number): number[] {
    if (cells.some((c) => c.kind === 'withheld')) return [];
    const total = values.slice(0, 8).reduce((a, b) => a + b, 0);
    const masked = cells.flatMap((c, i) => (c.kind === 'count' ? [] : [i]));
    const options = masked.map(() => new Set<number>());
    const x = [...values];
    const fits = (): boolean =>
      x.slice(0, 8).reduce((a, b) => a + b, 0) === total && x.slice(0, 4).reduce((a, b) => a + b, 0) === x[8];
    const walk = (k: number): void => {
      if (k === masked.length) {
        if (fits()) masked.forEach((i, j) => options[j]?.add(x[i] ?? 0));
        return;
      }
      const i = masked[k] ?? 0;
      const [lo, hi] = cells[i]?.kind === 'suppressed' ? [1, minCount - 1] : [minCount, total];
      for (let v = lo; v <= hi; v++) {
        x[i] = v;
        walk(k + 1);
      }
    };
    walk(0);
    return masked.filter((_, j) => (options[j]?.size ?? 0) <= 1);
  }

  it('no force, other perpetrator or subtotal can be worked out', () => {
    const actors = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 7 })), {
      minLength: 8,
      maxLength: 8,
    });
    fc.assert(
      fc.property(actors, (a) => {
        const total = a.reduce((x, y) => x + y, 0);
        fc.pre(total >= 5 && total <= 18);
        const values = [...a, a.slice(0, 4).reduce((x, y) => x + y, 0)];
        expect(pinned(values, suppressCounts(values, relations, 5), 5)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
