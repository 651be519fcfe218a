import { columnIndex } from '../workbook/cellRef';
import type { Issue } from './issue';

/**
 * Sorts issues by sheet order (missing sheets first, in contract order), then row, then
 * column; sheet- and header-level issues (no row) come before the rows of their sheet.
 * The sort is stable, so issues of one cell keep the order they were found in.
 */
export function sortIssues(issues: readonly Issue[], sheetOrder: ReadonlyMap<string, number>): Issue[] {
  const orderOf = (i: Issue): number =>
    i.code === 'sheet/missing' ? -1 : (sheetOrder.get(i.sheet) ?? Number.MAX_SAFE_INTEGER);
  return issues
    .map((issue, n) => ({
      issue,
      n,
      s: orderOf(issue),
      r: issue.row ?? 0,
      c: issue.column === null ? -1 : columnIndex(issue.column),
    }))
    .sort((a, b) => a.s - b.s || a.r - b.r || a.c - b.c || a.n - b.n)
    .map((x) => x.issue);
}
