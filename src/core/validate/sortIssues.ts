import { columnIndex } from '../workbook/cellRef';
import type { Issue } from './issue';
import { ITEMS_PER_STEP, runSteps, type Steps } from './steps';

/**
 * Sorts issues by sheet order (missing sheets first, in contract order), then row, then
 * column; sheet- and header-level issues (no row) come before the rows of their sheet.
 * The sort is stable, so issues of one cell keep the order they were found in.
 */
export function sortIssues(issues: readonly Issue[], sheetOrder: ReadonlyMap<string, number>): Issue[] {
  return runSteps(sortIssuesSteps(issues, sheetOrder));
}

/**
 * The same sort in steps (a million issues take a second): each issue's place as numbers in
 * typed arrays (no object per issue), then a bottom-up merge sort of the issues' positions,
 * pausing every few thousand issues.
 */
export function* sortIssuesSteps(issues: readonly Issue[], sheetOrder: ReadonlyMap<string, number>): Steps<Issue[]> {
  const n = issues.length;
  const sheet = new Float64Array(n);
  const row = new Float64Array(n);
  const column = new Float64Array(n);
  const columns = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const issue = issues[i]!;
    sheet[i] = issue.code === 'sheet/missing' ? -1 : (sheetOrder.get(issue.sheet) ?? Number.MAX_SAFE_INTEGER);
    row[i] = issue.row ?? 0;
    const letters = issue.column;
    let at = -1;
    if (letters !== null) {
      at = columns.get(letters) ?? -1;
      if (at < 0) columns.set(letters, (at = columnIndex(letters)));
    }
    column[i] = at;
    if ((i + 1) % ITEMS_PER_STEP === 0) yield (0.2 * i) / n;
  }
  // Ties keep the order found: the position is the last key.
  const before = (a: number, b: number): boolean =>
    sheet[a]! < sheet[b]! ||
    (sheet[a] === sheet[b] &&
      (row[a]! < row[b]! || (row[a] === row[b] && (column[a]! < column[b]! || (column[a] === column[b] && a < b)))));
  const order = yield* mergeSortSteps(n, before);
  const sorted: Issue[] = new Array<Issue>(n);
  for (let i = 0; i < n; i++) {
    sorted[i] = issues[order[i]!]!;
    if ((i + 1) % ITEMS_PER_STEP === 0) yield 0.95 + (0.05 * i) / n;
  }
  return sorted;
}

/** Runs this short or shorter are copied a position at a time: `subarray` makes an object per run. */
const SHORT_RUN = 32;

/**
 * The positions 0…n−1 in the order `before` gives (a strict order with no ties), by a bottom-up
 * merge sort; runs already in order (issues mostly come in order) are merged at the cost of a copy.
 * Pauses every ITEMS_PER_STEP comparisons or so: a run found in order counts its comparison and a
 * sixteenth of its length, so that the first passes over a million short runs pause too.
 */
export function* mergeSortSteps(n: number, before: (a: number, b: number) => boolean): Steps<Uint32Array> {
  let from = new Uint32Array(n);
  let to = new Uint32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  const levels = Math.max(1, Math.ceil(Math.log2(Math.max(n, 2))));
  let work = 0;
  let level = 0;
  for (let width = 1; width < n; width *= 2, level++) {
    for (let start = 0; start < n; start += 2 * width) {
      const middle = Math.min(start + width, n);
      const end = Math.min(start + 2 * width, n);
      if (middle === end || before(from[middle - 1]!, from[middle]!)) {
        if (end - start <= SHORT_RUN) for (let k = start; k < end; k++) to[k] = from[k]!;
        else to.set(from.subarray(start, end), start);
        work += 1 + ((end - start) >> 4);
      } else {
        let i = start;
        let j = middle;
        for (let k = start; k < end; k++) {
          to[k] = i < middle && (j >= end || before(from[i]!, from[j]!)) ? from[i++]! : from[j++]!;
          if (++work >= ITEMS_PER_STEP) {
            work = 0;
            yield 0.2 + (0.75 * (level + k / n)) / levels;
          }
        }
      }
      if (work >= ITEMS_PER_STEP) {
        work = 0;
        yield 0.2 + (0.75 * (level + end / n)) / levels;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
