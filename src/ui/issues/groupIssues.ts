import type { Issue, IssueCounts, IssueSeverity } from '../../core';

export interface IssueGroup {
  readonly sheet: string;
  readonly counts: IssueCounts;
  /** How many issues the sheet has. */
  readonly total: number;
  /** The sheet's first `count` issues: errors, then warnings, then notes, each in the engine's order (by row). */
  readonly first: (count: number) => readonly Issue[];
}

/** Issues drawn per sheet at first, and added at each "show more". */
export const PAGE = 50;

const SEVERITIES: readonly IssueSeverity[] = ['error', 'warning', 'info'];

interface Found {
  readonly sheet: string;
  readonly counts: IssueCounts;
  /** Where the sheet's issues lie in the list (the engine sorts by sheet, so this is short). */
  from: number;
  to: number;
}

/**
 * Issues by sheet: sheets with errors first (then in the engine's order, which is the
 * workbook's), and inside a sheet errors, then warnings, then notes, each by row. One pass that
 * counts, no copy: a million issues are grouped in a few milliseconds and without a second list
 * of a million, and only the issues drawn are picked out (`first`).
 */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const bySheet = new Map<string, Found>();
  let last: Found | undefined;
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i]!;
    // The engine's list runs sheet by sheet: the previous issue's sheet is nearly always this one.
    let found = last?.sheet === issue.sheet ? last : bySheet.get(issue.sheet);
    if (!found)
      bySheet.set(
        issue.sheet,
        (found = { sheet: issue.sheet, counts: { error: 0, warning: 0, info: 0 }, from: i, to: i }),
      );
    (found.counts as Record<IssueSeverity, number>)[issue.severity]++;
    found.to = i + 1;
    last = found;
  }
  const groups = [...bySheet.values()].map((found, order) => ({ found, order }));
  groups.sort((a, b) => Number(b.found.counts.error > 0) - Number(a.found.counts.error > 0) || a.order - b.order);
  return groups.map(({ found: { sheet, counts, from, to } }) => ({
    sheet,
    counts,
    total: counts.error + counts.warning + counts.info,
    first: (count: number) => {
      const picked: Issue[] = [];
      for (const severity of SEVERITIES) {
        // Past the severity's last issue the rest of the range is not walked.
        let left = Math.min(counts[severity], count - picked.length);
        for (let i = from; i < to && left > 0; i++) {
          const issue = issues[i]!;
          if (issue.sheet === sheet && issue.severity === severity) {
            picked.push(issue);
            left--;
          }
        }
      }
      return picked;
    },
  }));
}
