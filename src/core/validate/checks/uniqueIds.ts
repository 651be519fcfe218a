import { idKey } from '../../workbook/normalise';
import type { FieldKey, SheetSpec } from '../../schema/sheets';
import type { ParsedRow, ParsedSheet } from '../parseSheet';
import type { IssueSink } from '../issueSink';
import { emptyResult, issueAt, type CheckResult } from './checkResult';
import { issue } from '../issueFactory';

export interface IdIndex<S extends SheetSpec> extends CheckResult {
  /** The first row of each ID (compared by key), errors or not. */
  readonly byKey: ReadonlyMap<string, ParsedRow<S>>;
}

/**
 * Every row's ID (errors or not), first row per ID (compared by `keyOf`: IDs ignoring case and
 * spaces, initiatives by their normalised name); each repeat gets `cell/unique` (with the first
 * row) and is left out. References are checked against the index, so also against rows with
 * errors.
 */
export function uniqueIds<S extends SheetSpec>(
  sheet: ParsedSheet<S>,
  key: FieldKey<S>,
  idOf: (row: ParsedRow<S>) => string | null,
  issues: IssueSink,
  keyOf: (id: string) => string = idKey,
): IdIndex<S> {
  const result = emptyResult(issues);
  const byKey = new Map<string, ParsedRow<S>>();
  for (const row of sheet.rows) {
    const id = idOf(row);
    if (id === null) continue;
    const k = keyOf(id);
    const seen = byKey.get(k);
    if (seen) {
      result.leftOut.push(row);
      result.issues.push(issue('cell/unique', 'error', issueAt(sheet, row, key), { firstRow: seen.row }));
    } else {
      byKey.set(k, row);
    }
  }
  return { ...result, byKey };
}
