import fc from 'fast-check';
import { dayFromIso, runSteps, validateWorkbook, validationSteps, type Issue, type RawWorkbook } from '..';
import { cleanSheets, workbook } from '../../../test/builders/workbook';
import { mergeSortSteps, sortIssues, sortIssuesSteps } from './sortIssues';
import { ITEMS_PER_STEP } from './steps';

/**
 * The screens validate in steps (a slice at a time, so that a million rows never freeze them);
 * the command line validates at once. Both must give the user the same issues, in the same order.
 */

const asOf = dayFromIso('2025-09-30')!;

/** A clean workbook whose Attendance has `n` more rows, every 7th naming an unknown member, every 11th a bad value. */
function bigWorkbook(n: number): RawWorkbook {
  const sheets = cleanSheets();
  const attendance = sheets.Attendance!;
  for (let i = 0; i < n; i++)
    attendance.push([
      i % 2 ? 'R1' : 'R2',
      i % 7 === 0 ? `X${i}` : `M${1 + (i % 3)}`,
      i % 11 === 0 ? 'Maybe' : 'Present',
    ]);
  return workbook(sheets);
}

describe('validation in steps', () => {
  it('gives the same records and issues as validating at once, pausing along a big sheet with rising progress', () => {
    const wb = bigWorkbook(30_000);
    const steps = validationSteps(wb, { asOf });
    const progress: number[] = [];
    let step = steps.next();
    while (!step.done) {
      progress.push(step.value);
      step = steps.next();
    }
    const atOnce = validateWorkbook(wb, { asOf });
    expect(step.value).toEqual(atOnce);
    expect(atOnce.issues.length).toBeGreaterThan(5_000);
    // Many pauses, the progress never going back, from 0 to 1.
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= progress[i - 1]!))).toBe(true);
    expect(runSteps(validationSteps(wb, { asOf }))).toEqual(atOnce);
  });
});

describe('issue order', () => {
  const SHEETS = ['Members', 'Meetings', 'Attendance'];
  const issue = (sheet: number, row: number | null, column: number | null, n: number): Issue =>
    ({
      code: sheet < 0 ? 'sheet/missing' : 'cell/required',
      severity: 'error',
      sheet: SHEETS[Math.max(sheet, 0)]!,
      row,
      column: column === null ? null : String.fromCharCode(65 + column),
      field: null,
      cell: null,
      value: `${n}`,
    }) as unknown as Issue;
  /** The order the user sees, by a plain stable sort: sheet (missing first), row, column, then as found. */
  const reference = (issues: readonly Issue[]) => {
    const order = new Map(SHEETS.map((s, i) => [s, i]));
    const key = (i: Issue) => [
      i.code === 'sheet/missing' ? -1 : order.get(i.sheet)!,
      i.row ?? 0,
      i.column === null ? -1 : i.column.charCodeAt(0) - 65,
    ];
    return [...issues].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    });
  };

  it('sorts any issues by sheet, row and column, keeping issues of one cell in the order found', () => {
    const arbIssue = fc.tuple(
      fc.integer({ min: -1, max: 2 }),
      fc.option(fc.integer({ min: 1, max: 30 })),
      fc.option(fc.integer({ min: 0, max: 4 })),
    );
    fc.assert(
      fc.property(fc.array(arbIssue, { maxLength: 300 }), (specs) => {
        const issues = specs.map(([s, r, c], n) => issue(s, r, c, n));
        const sheetOrder = new Map(SHEETS.map((s, i) => [s, i]));
        expect(sortIssues(issues, sheetOrder)).toEqual(reference(issues));
      }),
    );
  });

  /** The most comparisons made between two pauses of the sort, and the order it gives. */
  function longestStretch(keys: readonly number[]): { stretch: number; order: number[] } {
    let since = 0;
    let stretch = 0;
    const steps = mergeSortSteps(keys.length, (a, b) => {
      since++;
      return keys[a]! < keys[b]! || (keys[a] === keys[b] && a < b);
    });
    for (let step = steps.next(); ; step = steps.next()) {
      stretch = Math.max(stretch, since);
      since = 0;
      if (step.done) return { stretch, order: [...step.value] };
    }
  }

  it('pauses every few thousand comparisons, whether the issues come in order, reversed or shuffled', () => {
    // A page running the sort a slice at a time freezes for as long as the longest stretch.
    const n = 100_000;
    const inOrder = Array.from({ length: n }, (_, i) => i);
    const reversed = inOrder.map((i) => n - i);
    const shuffled = inOrder.map((i) => (i * 7919) % n);
    for (const keys of [inOrder, reversed, shuffled]) {
      const { stretch, order } = longestStretch(keys);
      expect(stretch).toBeLessThanOrEqual(2 * ITEMS_PER_STEP);
      expect(order.map((i) => keys[i])).toEqual([...keys].sort((a, b) => a - b));
    }
  });

  it('hands the sorted issues over a few thousand at a time, the progress rising to the end', () => {
    const n = 50_000;
    const issues = Array.from({ length: n }, (_, k) => issue(2, 2 + k, 0, k));
    const steps = sortIssuesSteps(issues, new Map(SHEETS.map((s, i) => [s, i])));
    const progress: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) progress.push(step.value);
    expect(step.value).toEqual(issues);
    expect(progress.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= progress[i - 1]!))).toBe(true);
    // The last part, making the list of a million issues, pauses too.
    expect(progress.filter((p) => p >= 0.95).length).toBeGreaterThanOrEqual(Math.floor(n / ITEMS_PER_STEP) - 1);
  });

  it('sorts a hundred thousand issues, mostly in order already, as the plain sort does', () => {
    const issues = Array.from({ length: 100_000 }, (_, n) => issue(n % 50 === 0 ? 0 : 2, 2 + (n >> 1), n % 3, n));
    const sheetOrder = new Map(SHEETS.map((s, i) => [s, i]));
    expect(sortIssues(issues, sheetOrder)).toEqual(reference(issues));
  });
});
