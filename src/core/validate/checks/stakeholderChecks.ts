import { idKey } from '../../workbook/normalise';
import type { MEMBERS, STAKEHOLDERS } from '../../schema/sheets';
import type { OrderRule, RefDetail } from '../issue';
import { displayValue, type ParsedRow, type ParsedSheet } from '../parseSheet';
import type { IssueSink } from '../issueSink';
import { emptyResult, issueAt, outOfOrder, unknownReference, type CheckResult } from './checkResult';
import { issue } from '../issueFactory';

type StakeholderSheet = ParsedSheet<typeof STAKEHOLDERS>;

/**
 * The Members sheet as the stakeholder checks read it: every row by ID key, errors or not, and
 * the detail of `ref/unknown` on a member it does not have.
 */
export interface MembersById {
  readonly sheet: ParsedSheet<typeof MEMBERS>;
  readonly byKey: ReadonlyMap<string, ParsedRow<typeof MEMBERS>>;
  readonly ref: RefDetail;
}

/** The stakeholder dates that must not come before `identified`, with the rule each breaks. */
const AFTER_IDENTIFIED = [
  ['contacted', 'contacted-before-identified'],
  ['invited', 'invited-before-identified'],
  ['declined', 'declined-before-identified'],
] as const satisfies readonly (readonly [string, OrderRule])[];

/**
 * Contacted, invited or declined before it was identified (programme.md): `cell/order` on the
 * later cell, the row left out. `cell/future` does not apply to the mapping's dates.
 */
export function stakeholderDates(stakeholders: StakeholderSheet, issues: IssueSink): CheckResult {
  const result = emptyResult(issues);
  for (const row of stakeholders.rows) {
    const { identified } = row;
    if (identified === null) continue;
    for (const [key, rule] of AFTER_IDENTIFIED) {
      const d = row[key];
      if (d !== null && d < identified) outOfOrder(result, stakeholders, row, key, rule);
    }
  }
  return result;
}

/**
 * The members the mapping names (programme.md): a member ID the Members sheet does not have is
 * an error (checked against every Members row, errors or not, and only when that sheet is
 * usable: `members` null otherwise); a member named by a second stakeholder is `cell/unique` on
 * the repeat (the first row counts); a pillar that differs from the member's is a warning on the
 * stakeholder's pillar, with the member's pillar as written as the hint (not for a left-out
 * member, whose row has its own error).
 */
export function stakeholderMembers(
  stakeholders: StakeholderSheet,
  members: MembersById | null,
  issues: IssueSink,
): CheckResult {
  const result = emptyResult(issues);
  const namedBy = new Map<string, ParsedRow<typeof STAKEHOLDERS>>();
  for (const row of stakeholders.rows) {
    const { memberId } = row;
    if (memberId === null) continue;
    const key = idKey(memberId);
    const member = members?.byKey.get(key);
    if (members && !member) {
      unknownReference(result, stakeholders, row, 'memberId', members.ref);
      continue;
    }
    const first = namedBy.get(key);
    if (first) {
      result.leftOut.push(row);
      result.issues.push(
        issue('cell/unique', 'error', issueAt(stakeholders, row, 'memberId'), { firstRow: first.row }),
      );
    } else {
      namedBy.set(key, row);
    }
    if (!members || !member || member.error || row.pillar === null || member.pillar === null) continue;
    if (row.pillar === member.pillar) continue;
    result.issues.push(
      issue(
        'stakeholder/pillar-mismatch',
        'warning',
        issueAt(stakeholders, row, 'pillar', displayValue(members.sheet, member.row, 'pillar')),
        { memberId },
      ),
    );
  }
  return result;
}
