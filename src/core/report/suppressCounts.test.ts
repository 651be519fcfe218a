import fc from 'fast-check';
import { suppressCounts, type SumRelation } from './suppressCounts';
import type { CountCell } from './types';

/** `7` shown, `<` suppressed ("< 5"), `h` hidden, `w` withheld. */
function show(cells: readonly CountCell[]): (number | '<' | 'h' | 'w')[] {
  return cells.map((c) =>
    c.kind === 'count' ? c.value : c.kind === 'suppressed' ? '<' : c.kind === 'hidden' ? 'h' : 'w',
  );
}
const whole = (n: number): SumRelation => ({ parts: Array.from({ length: n }, (_, i) => i), total: 'published' });

describe('suppressCounts on one breakdown whose total is published (minCount 5)', () => {
  it.each<[string, number[], (number | '<' | 'h' | 'w')[]]>([
    ['nothing small: all shown', [5, 6, 12], [5, 6, 12]],
    ['zero stays zero, never "< 5"', [0, 0, 12, 0], [0, 0, 12, 0]],
    ['one small cell: the next smallest non-zero is hidden too', [0, 3, 7, 10], [0, '<', 'h', 10]],
    ['two small cells that could each be 1..4 need nothing more', [2, 3, 10], ['<', '<', 10]],
    ['ties: the first of the equal counts is hidden', [2, 6, 6, 10], ['<', 'h', 6, 10]],
    ['zero is never picked as the complement', [0, 4, 0, 9, 20], [0, '<', 0, 'h', 20]],
    ['two "< 5" that can only be 1 and 1 are protected further', [1, 1, 10, 12], ['<', '<', 'h', 12]],
    ['two "< 5" that can only be 4 and 4 are protected further', [4, 4, 10, 12], ['<', '<', 'h', 12]],
    ['"< 5" and a hidden 5 summing to 6 would be 1 and 5: a third is hidden', [1, 5, 10], ['<', 'h', 'h']],
    ['the minCount itself is shown', [5, 0], [5, 0]],
    [
      '"< 5, < 5" that can only be 4 and 4, nothing left to hide: the table is not published',
      [4, 4, 0],
      ['w', 'w', 'w'],
    ],
  ])('%s', (_name, values, expected) => {
    expect(show(suppressCounts(values, [whole(values.length)], 5))).toEqual(expected);
  });

  it('uses the real minCount: with 3, a 3 is shown and a 2 is not', () => {
    expect(show(suppressCounts([2, 3, 9], [whole(3)], 3))).toEqual(['<', 'h', 9]);
  });
});

describe('suppressCounts with a subtotal (public security = pnc + mining police + fardc + anr)', () => {
  // Cells 0..3 public forces, 4..7 the others, 8 the subtotal.
  const relations: SumRelation[] = [
    whole(8),
    { parts: [0, 1, 2, 3], total: 8 },
    { parts: [8, 4, 5, 6, 7], total: 'published' },
  ];
  const withSubtotal = (actors: number[]): number[] => [...actors, actors.slice(0, 4).reduce((a, b) => a + b, 0)];

  it('a small force hidden in the subtotal is paired with another cell of the subtotal', () => {
    // pnc 2, fardc 6: without hiding fardc, subtotal 8 − 6 would reveal pnc = 2.
    expect(show(suppressCounts(withSubtotal([2, 0, 6, 0, 7, 0, 0, 0]), relations, 5))).toEqual([
      '<',
      0,
      'h',
      0,
      7,
      0,
      0,
      0,
      8,
    ]);
  });

  it('a small subtotal is itself suppressed, and the total cannot reveal it', () => {
    const cells = show(suppressCounts(withSubtotal([3, 0, 0, 0, 10, 0, 0, 0]), relations, 5));
    expect(cells[0]).toBe('<');
    expect(cells[8]).toBe('<');
    expect(cells[4]).toBe('h');
  });

  it('the subtotal alone cannot reveal one small force when the others of the subtotal are shown', () => {
    // pnc 1, mining police 8, fardc 9, private security 20: whichever cell is hidden to pair
    // with pnc, the subtotal equation must still hold two masked cells.
    const cells = show(suppressCounts(withSubtotal([1, 8, 9, 0, 20, 0, 0, 0]), relations, 5));
    const publicMasked = [0, 1, 2, 3, 8].filter((i) => cells[i] === '<' || cells[i] === 'h').length;
    expect(publicMasked).toBeGreaterThanOrEqual(2);
  });
});

/**
 * An independent audit: for each masked cell, the values it could take given the published
 * total, the shown cells and what the labels say ("< 5": 1..4; hidden: 5 or more), found by
 * enumerating the sums the other masked cells can reach. One possible value = disclosed.
 */
function disclosedCells(values: readonly number[], cells: readonly CountCell[], minCount: number): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  const masked = cells.flatMap((c, i) => (c.kind === 'count' ? [] : [i]));
  const remainder = masked.reduce((a, i) => a + (values[i] ?? 0), 0);
  const range = (i: number): number[] => {
    const c = cells[i];
    const lo = c?.kind === 'suppressed' ? 1 : c?.kind === 'withheld' ? 0 : minCount;
    const hi = c?.kind === 'suppressed' ? minCount - 1 : total;
    return Array.from({ length: Math.max(0, hi - lo + 1) }, (_, k) => lo + k);
  };
  return masked.filter((i) => {
    let reachable = new Set([0]);
    for (const j of masked) {
      if (j === i) continue;
      const next = new Set<number>();
      for (const s of reachable) for (const v of range(j)) if (s + v <= remainder) next.add(s + v);
      reachable = next;
    }
    return range(i).filter((v) => reachable.has(remainder - v)).length === 1;
  });
}

describe('suppressCounts, for any breakdown', () => {
  const table = fc
    .array(fc.integer({ min: 0, max: 14 }), { minLength: 2, maxLength: 7 })
    .filter((a) => a.reduce((x, y) => x + y, 0) >= 5);

  it('never lets the published total disclose a masked cell', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 3, max: 6 }), (values, minCount) => {
        fc.pre(values.reduce((a, b) => a + b, 0) >= minCount);
        const cells = suppressCounts(values, [whole(values.length)], minCount);
        expect(disclosedCells(values, cells, minCount)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('shows zero as zero, small counts as "< minCount", and hides only counts that are not small', () => {
    fc.assert(
      fc.property(table, (values) => {
        const cells = suppressCounts(values, [whole(values.length)], 5);
        // A table no masking protects is withheld whole; otherwise each cell follows the rules.
        if (cells.some((c) => c.kind === 'withheld'))
          return expect(cells.every((c) => c.kind === 'withheld')).toBe(true);
        cells.forEach((cell, i) => {
          const v = values[i] ?? 0;
          if (v === 0) expect(cell).toEqual({ kind: 'count', value: 0 });
          else if (v < 5) expect(cell).toEqual({ kind: 'suppressed', below: 5 });
          else expect(cell.kind === 'count' ? cell.value : cell.kind).toEqual(cell.kind === 'count' ? v : 'hidden');
        });
      }),
    );
  });
});
