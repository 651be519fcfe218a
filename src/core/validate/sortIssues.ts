import { columnIndex } from '../workbook/cellRef';
import type { Issue } from './issue';

/**
 * Sorts issues by sheet order (missing sheets first, in contract order), then row, then
 * column; sheet- and header-level issues (no row) come before the rows of their sheet.
 * The sort is stable, so issues of one cell keep the order they were found in.
 */
export function sortIssues(issues: readonly Issue[], sheetOrder: ReadonlyMap<string, number>): Issue[] {
  // Each issue's place as numbers in typed arrays, and its index sorted: a million issues
  // need no object each to be sorted.
  const n = issues.length;
  const sheetAt = new Float64Array(n);
  const rowAt = new Float64Array(n);
  const columnAt = new Float64Array(n);
  const columns = new Map<string, number>();
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const issue = issues[i]!;
    sheetAt[i] = issue.code === 'sheet/missing' ? -1 : (sheetOrder.get(issue.sheet) ?? Number.MAX_SAFE_INTEGER);
    rowAt[i] = issue.row ?? 0;
    const letters = issue.column;
    let column = -1;
    if (letters !== null) {
      column = columns.get(letters) ?? -1;
      if (column < 0) columns.set(letters, (column = columnIndex(letters)));
    }
    columnAt[i] = column;
    order.push(i);
  }
  order.sort((a, b) => sheetAt[a]! - sheetAt[b]! || rowAt[a]! - rowAt[b]! || columnAt[a]! - columnAt[b]! || a - b);
  return order.map((i) => issues[i]!);
}
