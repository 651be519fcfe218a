import { pinnedFigures, type Equation, type Order } from './disclosure';
import type { CountCell } from './types';

/**
 * A sum the reader knows: the `parts` add up to `total`, which is either a cell of the same
 * table (a subtotal) or a figure published elsewhere (the number of incidents recorded).
 */
export interface SumRelation {
  readonly parts: readonly number[];
  readonly total: number | 'published';
}

/** How a cell of a protected table is published. */
export type Mask = 'shown' | 'suppressed' | 'hidden';

/**
 * How a cell came to be hidden: as the smallest non-zero count still shown in `relation`
 * (ties to the first in `order`), while the cells of `shownThen` were shown. A reader who
 * knows the rule knows it is no larger than any of those (smaller than an equal one before it).
 */
export interface HiddenChoice {
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
  return tableCells(values, protectTable(values, relations, minCount), minCount);
}

/**
 * A protected table: each cell's mask and the complementary choices (what the reader knows of
 * the hidden cells), or `withheld` when no masking protects it.
 */
export interface TableProtection {
  readonly masks: readonly Mask[];
  readonly choices: readonly HiddenChoice[];
  readonly withheld: boolean;
}

/** The rounds of suppressCounts, kept as masks and choices for the linked tables of a year. */
export function protectTable(
  values: readonly number[],
  relations: readonly SumRelation[],
  minCount: number,
): TableProtection {
  const masks: Mask[] = values.map((v) => (v >= 1 && v < minCount ? 'suppressed' : 'shown'));
  const choices: HiddenChoice[] = [];
  for (;;) {
    const exposed = exposedCells(values, masks, choices, relations, minCount);
    if (exposed.length === 0) return { masks, choices, withheld: false };
    const next = nextToHide(exposed, values, masks, choices, relations, minCount);
    // Still revealing (say "< 5, < 5" adding up to 8: both are 4) and nothing left to hide.
    if (next === null) return { masks, choices, withheld: true };
    choices.push(next);
    masks[next.cell] = 'hidden';
  }
}

/** The cells of a protected table as published. */
export function tableCells(values: readonly number[], p: TableProtection, minCount: number): CountCell[] {
  return values.map((value, i): CountCell => {
    if (p.withheld) return { kind: 'withheld' };
    if (p.masks[i] === 'suppressed') return { kind: 'suppressed', below: minCount };
    if (p.masks[i] === 'hidden') return { kind: 'hidden' };
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
export interface Knowledge {
  readonly lo: Map<number, number>;
  readonly hi: Map<number, number>;
  readonly before: readonly Order[];
}

/**
 * What a reader of one protected table knows of its masked cells: "< minCount" is 1 to
 * minCount − 1, hidden is minCount to `cap`, and a hidden cell, chosen as the smallest non-zero
 * count still shown in its sum, is no larger than those counts (smaller than an equal one before
 * it) — bounded by them when they are still shown, ordered before them when they were hidden later.
 */
export function knowledge(
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
  const before: Order[] = [];
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

/**
 * The masked cells a reader can pin down: those that take the same value in every assignment
 * of the masked cells that fits the reader's knowledge and every sum at once (so a subtotal
 * and the total are used together), as disclosure.ts searches it. A published total is one
 * more figure, known exactly.
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
  const totals = relations.map((r) => r.parts.reduce((a, i) => a + (values[i] ?? 0), 0));
  const cap = Math.max(...values, ...relations.flatMap((r, n) => (r.total === 'published' ? [totals[n] ?? 0] : [])));
  const k = knowledge(values, masks, choices, cap, minCount);
  const figures = [...values];
  const lo = values.map((v, i) => k.lo.get(i) ?? v);
  const hi = values.map((v, i) => k.hi.get(i) ?? v);
  const equations: Equation[] = relations.map((r, n) => {
    if (r.total !== 'published') return { plus: r.parts, minus: [r.total] };
    const total = figures.push(totals[n] ?? 0) - 1;
    lo.push(totals[n] ?? 0);
    hi.push(totals[n] ?? 0);
    return { plus: r.parts, minus: [total] };
  });
  return pinnedFigures({ values: figures, lo, hi, equations, orders: k.before }, unknowns);
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
