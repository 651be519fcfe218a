import type { Day } from '../../workbook/day';
import type { MEMBERS } from '../../schema/sheets';
import type { ParsedSheet } from '../parseSheet';
import type { IssueSink } from '../issueSink';
import { emptyResult, inTheFuture, outOfOrder, type CheckResult } from './checkResult';

/** Members: left before joining (an error, the row left out); joined after today (a warning). */
export function memberDates(
  members: ParsedSheet<typeof MEMBERS>,
  asOf: Day,
  asOfIso: string,
  issues: IssueSink,
): CheckResult {
  const result = emptyResult(issues);
  for (const row of members.rows) {
    const { joined, left } = row;
    if (joined !== null && left !== null && left < joined)
      outOfOrder(result, members, row, 'left', 'left-before-joined');
    if (joined !== null && joined > asOf) inTheFuture(result, members, row, 'joined', asOfIso);
  }
  return result;
}
