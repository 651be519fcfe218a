import type { Issue, IssueCounts, IssueSeverity } from '../../core';

export interface IssueGroup {
  readonly sheet: string;
  readonly counts: IssueCounts;
  readonly issues: readonly Issue[];
}

const RANK: Record<IssueSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Issues drawn per sheet at first, and added at each "show more". */
export const PAGE = 50;

/**
 * Issues by sheet: sheets with errors first (then in the engine's order, which is the
 * workbook's), and inside a sheet errors, then warnings, then notes, each by row.
 */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const bySheet = new Map<string, Issue[]>();
  for (const issue of issues) {
    const list = bySheet.get(issue.sheet) ?? [];
    list.push(issue);
    bySheet.set(issue.sheet, list);
  }
  const groups = [...bySheet.entries()].map(([sheet, list], order) => {
    const counts: IssueCounts = { error: 0, warning: 0, info: 0 };
    for (const i of list) counts[i.severity]++;
    const sorted = list
      .map((issue, index) => ({ issue, index }))
      .sort((a, b) => RANK[a.issue.severity] - RANK[b.issue.severity] || a.index - b.index)
      .map((x) => x.issue);
    return { sheet, counts, issues: sorted, order };
  });
  groups.sort((a, b) => Number(b.counts.error > 0) - Number(a.counts.error > 0) || a.order - b.order);
  return groups.map(({ sheet, counts, issues: list }) => ({ sheet, counts, issues: list }));
}
