import { ISSUE_CODES } from '../validate/issue';
import type { ValidatedWorkbook } from '../validate/records';
import type { DataQualitySection, IssueCountRow } from './types';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Issue counts by sheet and code (the sheets in the workbook's order, then errors first, then
 * the codes' order), and the rows left out. Only counts: an issue's `value` may hold a
 * personal cell (a malformed email, say) and never enters the report.
 */
export function dataQualitySection(validated: ValidatedWorkbook): DataQualitySection {
  const sheetOrder: string[] = [];
  const counts = new Map<string, IssueCountRow>();
  for (const issue of validated.issues) {
    if (!sheetOrder.includes(issue.sheet)) sheetOrder.push(issue.sheet);
    const key = `${issue.sheet}\u0000${issue.code}\u0000${issue.severity}`;
    const row = counts.get(key);
    counts.set(key, { sheet: issue.sheet, code: issue.code, severity: issue.severity, count: (row?.count ?? 0) + 1 });
  }
  const issues = [...counts.values()].sort(
    (a, b) =>
      sheetOrder.indexOf(a.sheet) - sheetOrder.indexOf(b.sheet) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      ISSUE_CODES.indexOf(a.code) - ISSUE_CODES.indexOf(b.code),
  );
  return { valid: validated.valid, counts: { ...validated.counts }, issues, excludedRows: validated.excludedRows };
}
