import type { CountCell } from './types';

/**
 * A sum the reader knows: the `parts` add up to `total`, which is either a cell of the same
 * table (a subtotal) or a figure published elsewhere (the number of incidents recorded).
 */
export interface SumRelation {
  readonly parts: readonly number[];
  readonly total: number | 'published';
}

type Mask = 'shown' | 'suppressed' | 'hidden';

/**
 * Primary and complementary suppression of a table of counts (report.md):
 * - a count from 1 to minCount − 1 is `suppressed` ("< minCount"); zero stays zero;
 * - while a known sum would let a reader work out a masked cell, the smallest non-zero count
 *   still shown in that sum is masked too, as `hidden` (it is not small, so "< minCount" would
 *   be false). Ties go to the first cell in the table's order.
 * A masked cell can be worked out when it is the only masked cell of a sum (the spec's case),
 * and also when the masked cells of a sum must all sit at their bounds: a reader knows a
 * "< 5" cell is 1 to 4 and a "hidden" one at least 5, so "< 5, < 5" summing to 2 are both 1,
 * and "< 5, hidden" summing to 6 are 1 and 5. Each round masks one more cell, so it ends; when
 * nothing is left to mask and a cell can still be worked out, the whole table is withheld.
 */
export function suppressCounts(
  values: readonly number[],
  relations: readonly SumRelation[],
  minCount: number,
): CountCell[] {
  const masks: Mask[] = values.map((v) => (v >= 1 && v < minCount ? 'suppressed' : 'shown'));
  // A sum whose cells are all masked or zero has nothing left to hide.
  const settled = new Set<SumRelation>();
  for (;;) {
    const leak = relations.find((r) => !settled.has(r) && revealsACell(r, values, masks, minCount));
    if (!leak) break;
    const candidate = smallestNonZero(
      cellsOf(leak).filter((i) => masks[i] === 'shown'),
      values,
    );
    if (candidate === null) settled.add(leak);
    else masks[candidate] = 'hidden';
  }
  // Still revealing (say "< 5, < 5" adding up to 8: both are 4): the table is not published.
  if ([...settled].some((r) => revealsACell(r, values, masks, minCount)))
    return values.map((): CountCell => ({ kind: 'withheld' }));
  return values.map((value, i): CountCell => {
    if (masks[i] === 'suppressed') return { kind: 'suppressed', below: minCount };
    if (masks[i] === 'hidden') return { kind: 'hidden' };
    return { kind: 'count', value };
  });
}

/**
 * Whether a reader of the table can pin down a masked cell of this sum. Written as
 * Σ parts − total = 0 (or Σ parts = the published total), the masked cells must make up a
 * known remainder; each lies in its bounds. Unless the remainder equals the least or the
 * most the masked cells could add up to, every masked cell keeps at least two possible
 * values when there are two or more of them (minCount ≥ 3 leaves "< minCount" two values).
 */
function revealsACell(
  relation: SumRelation,
  values: readonly number[],
  masks: readonly Mask[],
  minCount: number,
): boolean {
  const terms: { index: number; sign: 1 | -1 }[] = relation.parts.map((index) => ({ index, sign: 1 }));
  if (relation.total !== 'published') terms.push({ index: relation.total, sign: -1 });
  let unknowns = 0;
  let remainder = 0;
  let least = 0;
  let most = 0;
  for (const { index, sign } of terms) {
    const value = values[index] ?? 0;
    const mask = masks[index];
    if (mask === 'shown') continue;
    unknowns += 1;
    remainder += sign * value;
    const lo = mask === 'suppressed' ? 1 : minCount;
    const hi = mask === 'suppressed' ? minCount - 1 : Number.POSITIVE_INFINITY;
    least += sign > 0 ? lo : -hi;
    most += sign > 0 ? hi : -lo;
  }
  if (unknowns === 0) return false;
  return unknowns === 1 || remainder === least || remainder === most;
}

function cellsOf(relation: SumRelation): number[] {
  return relation.total === 'published' ? [...relation.parts] : [...relation.parts, relation.total];
}

function smallestNonZero(indexes: readonly number[], values: readonly number[]): number | null {
  let best: number | null = null;
  for (const i of indexes) {
    const v = values[i] ?? 0;
    if (v > 0 && (best === null || v < (values[best] ?? 0))) best = i;
  }
  return best;
}

/** A single count on its own (no breakdown): small counts are suppressed, zero stays zero. */
export function protectSingleCount(value: number, minCount: number): CountCell {
  return value >= 1 && value < minCount ? { kind: 'suppressed', below: minCount } : { kind: 'count', value };
}

/** An unprotected cell, for the internal report. */
export function plainCount(value: number): CountCell {
  return { kind: 'count', value };
}
