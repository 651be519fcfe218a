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
 * How a cell came to be hidden: as the smallest non-zero count still shown in `relation`
 * (ties to the first in `order`), while the cells of `shownThen` were shown. A reader who
 * knows the rule knows it is no larger than any of those (smaller than an equal one before it).
 */
interface HiddenChoice {
  readonly cell: number;
  readonly order: readonly number[];
  readonly shownThen: readonly number[];
}

/**
 * Primary and complementary suppression of a table of counts (report.md):
 * - a count from 1 to minCount − 1 is `suppressed` ("< minCount"); zero stays zero;
 * - while a reader could work out a masked cell, the smallest non-zero count still shown in a
 *   sum holding that cell is masked too, as `hidden` (it is not small, so "< minCount" would
 *   be false). Ties go to the first cell in the sum's order.
 * What the reader is taken to know: the shown cells, the sums, that "< 5" is 1 to 4, and that a
 * hidden count is at least minCount yet no larger than the counts shown beside it when it was
 * chosen (the rule says it is the next smallest), nor than the cells hidden after it. So
 * "< 5, hidden, 5" adding up to 13 is not enough: the hidden count can only be 5 and the "< 5"
 * is 3. Each round masks one more cell, so it ends; when no cell is left to mask and one can
 * still be worked out, the whole table is withheld.
 */
export function suppressCounts(
  values: readonly number[],
  relations: readonly SumRelation[],
  minCount: number,
): CountCell[] {
  const masks: Mask[] = values.map((v) => (v >= 1 && v < minCount ? 'suppressed' : 'shown'));
  const choices: HiddenChoice[] = [];
  for (;;) {
    const exposed = exposedCells(values, masks, choices, relations, minCount);
    if (exposed.length === 0) break;
    const next = nextToHide(exposed, values, masks, choices, relations, minCount);
    // Still revealing (say "< 5, < 5" adding up to 8: both are 4) and nothing left to hide.
    if (next === null) return values.map((): CountCell => ({ kind: 'withheld' }));
    choices.push(next);
    masks[next.cell] = 'hidden';
  }
  return values.map((value, i): CountCell => {
    if (masks[i] === 'suppressed') return { kind: 'suppressed', below: minCount };
    if (masks[i] === 'hidden') return { kind: 'hidden' };
    return { kind: 'count', value };
  });
}

/**
 * The cell to hide next: the smallest non-zero count still shown in the first sum that gives a
 * cell away on its own (where the rule looks); failing that, when only sums taken together give
 * it away, in the first sum that holds an exposed cell and still shows a count.
 */
function nextToHide(
  exposed: readonly number[],
  values: readonly number[],
  masks: readonly Mask[],
  choices: readonly HiddenChoice[],
  relations: readonly SumRelation[],
  minCount: number,
): HiddenChoice | null {
  const choose = (relation: SumRelation): HiddenChoice | null => {
    const order = cellsOf(relation);
    const shownThen = order.filter((i) => masks[i] === 'shown');
    const cell = smallestNonZero(shownThen, values);
    return cell === null ? null : { cell, order, shownThen };
  };
  const holding = relations.filter((r) => cellsOf(r).some((i) => exposed.includes(i)));
  const alone = holding.filter((r) => exposedCells(values, masks, choices, [r], minCount).length > 0);
  for (const relation of [...alone, ...holding]) {
    const choice = choose(relation);
    if (choice !== null) return choice;
  }
  return null;
}

/** Bounds of a masked cell and the order constraints `x[a] + gap ≤ x[b]` a reader knows. */
interface Knowledge {
  readonly lo: Map<number, number>;
  readonly hi: Map<number, number>;
  readonly before: readonly { readonly a: number; readonly b: number; readonly gap: number }[];
}

function knowledge(
  values: readonly number[],
  masks: readonly Mask[],
  choices: readonly HiddenChoice[],
  cap: number,
  minCount: number,
): Knowledge {
  const lo = new Map<number, number>();
  const hi = new Map<number, number>();
  masks.forEach((mask, i) => {
    if (mask === 'suppressed') {
      lo.set(i, 1);
      hi.set(i, minCount - 1);
    } else if (mask === 'hidden') {
      lo.set(i, minCount);
      hi.set(i, cap);
    }
  });
  const before: { a: number; b: number; gap: number }[] = [];
  for (const choice of choices) {
    const at = choice.order.indexOf(choice.cell);
    for (const j of choice.shownThen) {
      if (j === choice.cell || (values[j] ?? 0) === 0) continue;
      // An equal count earlier in the sum would have been chosen instead.
      const gap = choice.order.indexOf(j) < at ? 1 : 0;
      if (masks[j] === 'shown') hi.set(choice.cell, Math.min(hi.get(choice.cell) ?? cap, (values[j] ?? 0) - gap));
      else before.push({ a: choice.cell, b: j, gap });
    }
  }
  return { lo, hi, before };
}

/** Search steps allowed before a cell is taken as not proven safe (the table is then masked further). */
const SEARCH_BUDGET = 20_000;

type Domains = Map<number, { lo: number; hi: number }>;
interface Sum {
  readonly masked: readonly { readonly index: number; readonly sign: 1 | -1 }[];
  readonly known: number;
}

/**
 * The masked cells a reader can pin down: those that take the same value in every assignment
 * of the masked cells that fits the reader's knowledge and every sum at once (so a subtotal
 * and the total are used together). The true counts are one such assignment; a cell is safe
 * when another assignment gives it a different value.
 */
function exposedCells(
  values: readonly number[],
  masks: readonly Mask[],
  choices: readonly HiddenChoice[],
  relations: readonly SumRelation[],
  minCount: number,
): number[] {
  const unknowns = masks.flatMap((m, i) => (m === 'shown' ? [] : [i]));
  if (unknowns.length === 0) return [];
  const cap = Math.max(
    ...values,
    ...relations.filter((r) => r.total === 'published').map((r) => r.parts.reduce((a, i) => a + (values[i] ?? 0), 0)),
  );
  const k = knowledge(values, masks, choices, cap, minCount);
  const sums: Sum[] = relations.map((r) => {
    const masked = cellsOf(r)
      .filter((index) => masks[index] !== 'shown')
      .map((index) => ({ index, sign: index === r.total ? (-1 as const) : (1 as const) }));
    return { masked, known: masked.reduce((a, t) => a + t.sign * (values[t.index] ?? 0), 0) };
  });
  const start: Domains = new Map(unknowns.map((i) => [i, { lo: k.lo.get(i) ?? 0, hi: k.hi.get(i) ?? cap }]));
  return unknowns.filter((i) => {
    const v = values[i] ?? 0;
    const d = start.get(i) ?? { lo: v, hi: v };
    const other = (lo: number, hi: number): boolean =>
      lo <= hi && feasible(new Map([...start].map(([j, r]) => [j, j === i ? { lo, hi } : { ...r }])), sums, k.before);
    return !(other(d.lo, v - 1) || other(v + 1, d.hi));
  });
}

/** Narrows each cell's range by the sums and the order constraints; false when one is left empty. */
function propagate(domains: Domains, sums: readonly Sum[], before: Knowledge['before']): boolean {
  for (let changed = true; changed;) {
    changed = false;
    const narrow = (index: number, lo: number, hi: number): boolean => {
      const d = domains.get(index);
      if (!d) return true;
      if (lo > d.lo || hi < d.hi) {
        d.lo = Math.max(d.lo, lo);
        d.hi = Math.min(d.hi, hi);
        changed = true;
      }
      return d.lo <= d.hi;
    };
    for (const { masked, known } of sums) {
      let least = 0;
      let most = 0;
      for (const { index, sign } of masked) {
        const d = domains.get(index);
        if (!d) continue;
        least += sign > 0 ? d.lo : -d.hi;
        most += sign > 0 ? d.hi : -d.lo;
      }
      if (known < least || known > most) return false;
      for (const { index, sign } of masked) {
        const d = domains.get(index);
        if (!d) continue;
        const ownLeast = sign > 0 ? d.lo : -d.hi;
        const ownMost = sign > 0 ? d.hi : -d.lo;
        // sign·x lies between known − (most − ownMost) and known − (least − ownLeast).
        const low = known - (most - ownMost);
        const high = known - (least - ownLeast);
        const ok = sign > 0 ? narrow(index, low, high) : narrow(index, -high, -low);
        if (!ok) return false;
      }
    }
    for (const { a, b, gap } of before) {
      const da = domains.get(a);
      const db = domains.get(b);
      if (!da || !db) continue;
      if (!narrow(b, da.lo + gap, db.hi) || !narrow(a, da.lo, db.hi - gap)) return false;
    }
  }
  return true;
}

/** Whether some assignment within the ranges fits every sum and order constraint (bounded search). */
function feasible(domains: Domains, sums: readonly Sum[], before: Knowledge['before']): boolean {
  let steps = 0;
  const search = (d: Domains): boolean => {
    // Out of budget: not proven, so the cell is not taken as safe.
    if ((steps += 1) > SEARCH_BUDGET) return false;
    if (!propagate(d, sums, before)) return false;
    let split: number | null = null;
    for (const [i, r] of d) if (r.lo < r.hi && (split === null || r.hi - r.lo < spanOf(d, split))) split = i;
    if (split === null) return true;
    const r = d.get(split) ?? { lo: 0, hi: 0 };
    const copy = (lo: number, hi: number): Domains =>
      new Map([...d].map(([j, x]) => [j, j === split ? { lo, hi } : { ...x }]));
    return search(copy(r.lo, r.lo)) || search(copy(r.lo + 1, r.hi));
  };
  return search(domains);
}

function spanOf(domains: Domains, index: number): number {
  const d = domains.get(index);
  return d ? d.hi - d.lo : 0;
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
