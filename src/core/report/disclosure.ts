/**
 * What a reader of published tables can work out: the brute-force checker behind every donor
 * table (suppressCounts.ts for one table, linkedTables.ts for a year with its quarters).
 *
 * The reader knows each figure's range (a shown count is exact, "< 5" is 1 to 4, a hidden count
 * is at least minCount, …), sums that hold between figures (a breakdown adds up to its total, a
 * year's count to its quarters' counts) and order constraints (a hidden count is no larger than
 * the counts shown beside it when it was chosen). A figure is pinned when every assignment of
 * the figures that fits all of it gives that figure one value; the true counts are one such
 * assignment, so a figure is safe as soon as another assignment gives it a different value.
 */

/** A sum the reader knows: the figures of `plus` add up to those of `minus`. */
export interface Equation {
  readonly plus: readonly number[];
  readonly minus: readonly number[];
}

/** `figure a + gap ≤ figure b`. */
export interface Order {
  readonly a: number;
  readonly b: number;
  readonly gap: number;
}

export interface ReaderKnowledge {
  /** The true value of each figure (one assignment that fits everything below). */
  readonly values: readonly number[];
  /** The range the reader knows each figure to lie in (equal to the value when it is shown). */
  readonly lo: readonly number[];
  readonly hi: readonly number[];
  readonly equations: readonly Equation[];
  readonly orders: readonly Order[];
}

/**
 * Search steps allowed for one question ("can this figure be other than its value?") before the
 * figure is taken as pinned: a figure not proven safe is treated as exposed, so the caller masks
 * more. Small tables never reach it.
 */
export const SEARCH_BUDGET = 20_000;

interface Term {
  readonly v: number;
  readonly sign: 1 | -1;
}
interface Compiled {
  /** Each equation over the unknown figures: Σ sign·x = rhs. */
  readonly rows: readonly { readonly terms: readonly Term[]; readonly rhs: number }[];
  readonly orders: readonly Order[];
}

/** Figures the reader knows exactly are constants; the rest are the unknowns of the search. */
function compile(k: ReaderKnowledge): Compiled {
  const known = (i: number): boolean => (k.lo[i] ?? 0) === (k.hi[i] ?? 0);
  const rows = k.equations.map((e) => {
    const terms: Term[] = [];
    let rhs = 0;
    const add = (i: number, sign: 1 | -1): void => {
      if (known(i)) rhs -= sign * (k.lo[i] ?? 0);
      else terms.push({ v: i, sign });
    };
    e.plus.forEach((i) => add(i, 1));
    e.minus.forEach((i) => add(i, -1));
    return { terms, rhs };
  });
  return { rows, orders: k.orders };
}

/** Narrows every range by the sums and the orders until nothing changes; false when one is left empty. */
function propagate(lo: Int32Array, hi: Int32Array, c: Compiled): boolean {
  for (let changed = true; changed;) {
    changed = false;
    const narrow = (v: number, low: number, high: number): boolean => {
      if (low > (lo[v] ?? 0)) {
        lo[v] = low;
        changed = true;
      }
      if (high < (hi[v] ?? 0)) {
        hi[v] = high;
        changed = true;
      }
      return (lo[v] ?? 0) <= (hi[v] ?? 0);
    };
    for (const { terms, rhs } of c.rows) {
      let least = 0;
      let most = 0;
      for (const { v, sign } of terms) {
        least += sign > 0 ? (lo[v] ?? 0) : -(hi[v] ?? 0);
        most += sign > 0 ? (hi[v] ?? 0) : -(lo[v] ?? 0);
      }
      if (rhs < least || rhs > most) return false;
      for (const { v, sign } of terms) {
        const ownLeast = sign > 0 ? (lo[v] ?? 0) : -(hi[v] ?? 0);
        const ownMost = sign > 0 ? (hi[v] ?? 0) : -(lo[v] ?? 0);
        // sign·x lies between rhs − (most − ownMost) and rhs − (least − ownLeast).
        const low = rhs - (most - ownMost);
        const high = rhs - (least - ownLeast);
        if (!(sign > 0 ? narrow(v, low, high) : narrow(v, -high, -low))) return false;
        least += (sign > 0 ? (lo[v] ?? 0) : -(hi[v] ?? 0)) - ownLeast;
        most += (sign > 0 ? (hi[v] ?? 0) : -(lo[v] ?? 0)) - ownMost;
      }
    }
    for (const { a, b, gap } of c.orders) {
      if (!narrow(b, (lo[a] ?? 0) + gap, hi[b] ?? 0) || !narrow(a, lo[a] ?? 0, (hi[b] ?? 0) - gap)) return false;
    }
  }
  return true;
}

type Outcome = { readonly kind: 'found'; readonly values: Int32Array } | { readonly kind: 'none' | 'budget' };

/**
 * An assignment within the ranges that fits every sum and order, or none, or out of budget.
 * Splits the narrowest open range, trying the true value first: a different assignment is most
 * often close to the truth.
 */
function solve(lo: Int32Array, hi: Int32Array, c: Compiled, truth: readonly number[], budget: number): Outcome {
  let steps = 0;
  const search = (l: Int32Array, h: Int32Array): Outcome => {
    if ((steps += 1) > budget) return { kind: 'budget' };
    if (!propagate(l, h, c)) return { kind: 'none' };
    let split = -1;
    for (let v = 0; v < l.length; v++) {
      const span = (h[v] ?? 0) - (l[v] ?? 0);
      if (span > 0 && (split < 0 || span < (h[split] ?? 0) - (l[split] ?? 0))) split = v;
    }
    if (split < 0) return { kind: 'found', values: l };
    const low = l[split] ?? 0;
    const high = h[split] ?? 0;
    const t = Math.min(high, Math.max(low, truth[split] ?? low));
    let outOfBudget = false;
    for (const [from, to] of [
      [t, t],
      [low, t - 1],
      [t + 1, high],
    ] as const) {
      if (from > to) continue;
      const l2 = l.slice();
      const h2 = h.slice();
      l2[split] = from;
      h2[split] = to;
      const found = search(l2, h2);
      if (found.kind === 'found') return found;
      if (found.kind === 'budget') outOfBudget = true;
      if (outOfBudget) return { kind: 'budget' };
    }
    return { kind: 'none' };
  };
  return search(lo.slice(), hi.slice());
}

/**
 * The `candidates` the reader pins: every assignment that fits the knowledge gives them their true
 * value (or the search ran out of budget proving otherwise). Assignments found along the way
 * answer for every figure they move, so most figures need no search of their own.
 */
export function pinnedFigures(
  k: ReaderKnowledge,
  candidates: readonly number[],
  budget: number = SEARCH_BUDGET,
): number[] {
  const c = compile(k);
  const lo = Int32Array.from(k.lo);
  const hi = Int32Array.from(k.hi);
  const moved = new Set<number>();
  const record = (values: Int32Array): void => {
    values.forEach((v, i) => {
      if (v !== k.values[i]) moved.add(i);
    });
  };
  return candidates.filter((i) => {
    if (moved.has(i)) return false;
    const value = k.values[i] ?? 0;
    for (const [from, to] of [
      [lo[i] ?? 0, value - 1],
      [value + 1, hi[i] ?? 0],
    ] as const) {
      if (from > to) continue;
      const l = lo.slice();
      const h = hi.slice();
      l[i] = from;
      h[i] = to;
      const found = solve(l, h, c, k.values, budget);
      if (found.kind === 'found') {
        record(found.values);
        return false;
      }
    }
    return true;
  });
}
