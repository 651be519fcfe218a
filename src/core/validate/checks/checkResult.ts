import type { SheetSpec, FieldKey } from '../../schema/sheets';
import type { OrderRule, RefDetail, RefTarget } from '../issue';
import type { IssueSink } from '../issueSink';
import { at, issue } from '../issueFactory';
import { displayValue, type ParsedRow, type ParsedSheet, type RowState } from '../parseSheet';

/**
 * What a cross-check finds: its issues, pushed as found into the validation's collection
 * (issueSink.ts), and the rows they leave out (an error on the row). The checks run in a fixed
 * order (crossCheck) and a row left out by one is left out for the next.
 */
export interface CheckResult {
  readonly issues: IssueSink;
  readonly leftOut: RowState[];
}

export function emptyResult(issues: IssueSink): CheckResult {
  return { issues, leftOut: [] };
}

/**
 * Marks the rows left out so far, and forgets them: for a check that reads no row's `error`
 * (marking early changes nothing for it), so that a million rows left out are never one list.
 */
export function markLeftOut(result: CheckResult): void {
  for (const row of result.leftOut) row.error = true;
  result.leftOut.length = 0;
}

/** The location and value of an issue on a field of a row. */
export function issueAt<S extends SheetSpec>(
  sheet: ParsedSheet<S>,
  row: ParsedRow<S>,
  key: FieldKey<S>,
  hint: string | null = null,
) {
  const column = sheet.header.columns.get(key) ?? 0;
  return at(sheet.located.sheet.name, row.row, column, key, displayValue(sheet, row.row, key), hint);
}

/** A date that comes before the one it must follow: `cell/order` on it, the row left out. */
export function outOfOrder<S extends SheetSpec>(
  result: CheckResult,
  sheet: ParsedSheet<S>,
  row: ParsedRow<S>,
  key: FieldKey<S>,
  rule: OrderRule,
): void {
  result.leftOut.push(row);
  result.issues.push(issue('cell/order', 'error', issueAt(sheet, row, key), { rule }));
}

/**
 * The details of `ref/unknown` in one validation: one object per target sheet, however many
 * issues share it (a million unknown IDs share one), each naming the tab the references were
 * looked up in.
 */
export type RefDetails = { readonly [T in RefTarget]: RefDetail & { readonly target: T } };

/** The details of `ref/unknown` for the target sheets' tabs as the workbook names them (null: missing). */
export function refDetails(tabs: { readonly [T in RefTarget]: string | null }): RefDetails {
  return {
    Members: { target: 'Members', targetSheet: tabs.Members },
    Meetings: { target: 'Meetings', targetSheet: tabs.Meetings },
    Initiatives: { target: 'Initiatives', targetSheet: tabs.Initiatives },
  };
}

/** An ID its sheet does not have: `ref/unknown` on the cell, the row left out. */
export function unknownReference<S extends SheetSpec>(
  result: CheckResult,
  sheet: ParsedSheet<S>,
  row: ParsedRow<S>,
  key: FieldKey<S>,
  detail: RefDetail,
): void {
  result.leftOut.push(row);
  // A million unknown references are counted, not made, past the ones listed.
  const column = sheet.header.columns.get(key) ?? 0;
  if (result.issues.countedUnlisted(sheet.located.sheet.name, 'error', 'ref/unknown', row.row, column)) return;
  result.issues.push(issue('ref/unknown', 'error', issueAt(sheet, row, key), detail));
}

/** `cell/future` (a warning) on a date after today. */
export function inTheFuture<S extends SheetSpec>(
  result: CheckResult,
  sheet: ParsedSheet<S>,
  row: ParsedRow<S>,
  key: FieldKey<S>,
  asOfIso: string,
): void {
  result.issues.push(issue('cell/future', 'warning', issueAt(sheet, row, key), { asOf: asOfIso }));
}
