import type { Issue } from '../../core';

/**
 * Which ranges to mark for a list of issues: per sheet, the issue cells (or whole rows for
 * row-level issues), with neighbouring cells of a column merged into one range so that a column
 * of bad dates costs one conditional format, not hundreds.
 */
export interface SheetMarks {
  readonly sheet: string;
  /** A1-style addresses without the sheet: `D12`, `D14:D20`, `7:7`. */
  readonly addresses: readonly string[];
  /** How many issue cells (or rows) these addresses cover. */
  readonly cells: number;
}

/** More ranges than this would slow Excel down for little use: the first ones are marked. */
export const MAX_MARKED_RANGES = 1_000;

function runs(sorted: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else if (!last || n > last[1]) out.push([n, n]);
  }
  return out;
}

export function marksForIssues(issues: readonly Issue[], maxRanges: number = MAX_MARKED_RANGES): SheetMarks[] {
  // sheet → column letters ('' for a whole row) → rows
  const bySheet = new Map<string, Map<string, Set<number>>>();
  for (const issue of issues) {
    if (issue.row === null) continue;
    const columns = bySheet.get(issue.sheet) ?? new Map<string, Set<number>>();
    bySheet.set(issue.sheet, columns);
    const key = issue.column ?? '';
    const rows = columns.get(key) ?? new Set<number>();
    columns.set(key, rows);
    rows.add(issue.row);
  }
  let budget = maxRanges;
  const marks: SheetMarks[] = [];
  for (const [sheet, columns] of bySheet) {
    const addresses: string[] = [];
    let cells = 0;
    for (const [column, rowSet] of columns) {
      for (const [first, last] of runs([...rowSet].sort((a, b) => a - b))) {
        if (budget === 0) break;
        budget -= 1;
        cells += last - first + 1;
        if (column === '') addresses.push(`${first}:${last}`);
        else addresses.push(first === last ? `${column}${first}` : `${column}${first}:${column}${last}`);
      }
    }
    if (addresses.length > 0) marks.push({ sheet, addresses, cells });
  }
  return marks;
}
