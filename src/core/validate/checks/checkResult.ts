import type { SheetSpec, FieldKey } from '../../schema/sheets';
import type { OrderRule, RefDetail, RefTarget } from '../issue';
import type { IssueSink } from '../issueSink';
import { at, issue } from '../issueFactory';
import { displayValue, type ParsedRow, type ParsedSheet, type RowState, type SheetPlace } from '../parseSheet';

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

/** The location and value of an issue on a field of a row. */
export function issueAt<S extends SheetSpec>(
  sheet: ParsedSheet<S>,
  row: ParsedRow<S>,
  key: FieldKey<S>,
  hint: string | null = null,
) {
  return issueAtRow(sheet, row.row, key, hint);
}

/** issueAt for a row known by its Excel row number only (Attendance's columns). */
export function issueAtRow<S extends SheetSpec>(
  sheet: SheetPlace<S>,
  excelRow: number,
  key: FieldKey<S>,
  hint: string | null = null,
) {
  const column = sheet.header.columns.get(key) ?? 0;
  return at(sheet.located.sheet.name, excelRow, column, key, displayValue(sheet, excelRow, key), hint);
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
  reportUnknown(result.issues, sheet, row.row, key, detail);
}

/** The issue of unknownReference alone: the caller leaves the row out. */
export function reportUnknown<S extends SheetSpec>(
  issues: IssueSink,
  sheet: SheetPlace<S>,
  excelRow: number,
  key: FieldKey<S>,
  detail: RefDetail,
): void {
  // A million unknown references are counted, not made, past the ones listed.
  const column = sheet.header.columns.get(key) ?? 0;
  if (issues.countedUnlisted(sheet.located.sheet.name, 'error', 'ref/unknown', excelRow, column)) return;
  issues.push(issue('ref/unknown', 'error', issueAtRow(sheet, excelRow, key), detail));
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
