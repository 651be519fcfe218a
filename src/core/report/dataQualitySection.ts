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
  // The totals, not the list: a screen lists only the first issues of each kind (listedPerGroup).
  for (const { sheet, code, severity, count } of validated.issueTotals) {
    if (!sheetOrder.includes(sheet)) sheetOrder.push(sheet);
    const key = `${sheet}\u0000${code}\u0000${severity}`;
    const row = counts.get(key);
    counts.set(key, { sheet, code, severity, count: (row?.count ?? 0) + count });
  }
  const issues = [...counts.values()].sort(
    (a, b) =>
      sheetOrder.indexOf(a.sheet) - sheetOrder.indexOf(b.sheet) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      ISSUE_CODES.indexOf(a.code) - ISSUE_CODES.indexOf(b.code),
  );
  return { valid: validated.valid, counts: { ...validated.counts }, issues, excludedRows: validated.excludedRows };
}
