import type { Issue, IssueCounts, IssueSeverity, IssueTotal } from '../../core';

export interface IssueGroup {
  readonly sheet: string;
  /** The sheet's issues of each severity, listed or not. */
  readonly counts: IssueCounts;
  /** How many of the sheet's issues are in the list (the first LISTED_PER_KIND of each kind). */
  readonly listed: number;
  /** How many issues the sheet has, listed or not. */
  readonly total: number;
  /** The sheet's first `count` listed issues: errors, then warnings, then notes, each in the engine's order (by row). */
  readonly first: (count: number) => readonly Issue[];
}

/** Issues drawn per sheet at first, and added at each "show more". */
export const PAGE = 50;

/**
 * Issues the screens list of each sheet, severity and code (the engine's `listedPerGroup`): the
 * others are counted, not made, so a million of them never live in the page or the pane at once.
 */
export const LISTED_PER_KIND = 1_000;

const SEVERITIES: readonly IssueSeverity[] = ['error', 'warning', 'info'];

interface Found {
  readonly sheet: string;
  readonly counts: IssueCounts;
  listed: number;
  /** The listed ones of each severity. */
  readonly listedCounts: Record<IssueSeverity, number>;
  /** Where the sheet's issues lie in the list (the engine sorts by sheet, so this is short). */
  from: number;
  to: number;
}

/**
 * Issues by sheet: sheets with errors first (then in the engine's order, which is the
 * workbook's), and inside a sheet errors, then warnings, then notes, each by row. The counts
 * are the engine's totals (every issue, listed or not); the issues drawn are picked out of the
 * list only when drawn (`first`), without a second list.
 */
export function groupIssues(issues: readonly Issue[], totals: readonly IssueTotal[]): IssueGroup[] {
  const bySheet = new Map<string, Found>();
  const found = (sheet: string): Found => {
    let f = bySheet.get(sheet);
    if (!f)
      bySheet.set(
        sheet,
        (f = {
          sheet,
          counts: { error: 0, warning: 0, info: 0 },
          listed: 0,
          listedCounts: { error: 0, warning: 0, info: 0 },
          from: 0,
          to: 0,
        }),
      );
    return f;
  };
  // The totals come in the order of the list's sheets, the workbook's.
  for (const total of totals)
    (found(total.sheet).counts as Record<IssueSeverity, number>)[total.severity] += total.count;
  let last: Found | undefined;
  for (let i = 0; i < issues.length; i++) {
    const { sheet, severity } = issues[i]!;
    // The engine's list runs sheet by sheet: the previous issue's sheet is nearly always this one.
    const f = last?.sheet === sheet ? last : found(sheet);
    f.listedCounts[severity]++;
    if (f.listed++ === 0) f.from = i;
    f.to = i + 1;
    last = f;
  }
  const groups = [...bySheet.values()].map((f, order) => ({ f, order }));
  groups.sort((a, b) => Number(b.f.counts.error > 0) - Number(a.f.counts.error > 0) || a.order - b.order);
  return groups.map(({ f: { sheet, counts, listed, listedCounts, from, to } }) => ({
    sheet,
    counts,
    listed,
    total: counts.error + counts.warning + counts.info,
    first: (count: number) => {
      const picked: Issue[] = [];
      for (const severity of SEVERITIES) {
        // Past the severity's last listed issue the rest of the range is not walked.
        let left = Math.min(listedCounts[severity], count - picked.length);
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
