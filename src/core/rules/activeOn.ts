import type { Day } from '../workbook/day';

/**
 * Active on day d (indicators.md, "Words"): joined ≤ d and (left blank or left > d), so a
 * member who leaves on d is no longer active that day. Validation, the indicators, the report
 * and the sample all ask this question through this function.
 */
export function isActiveOn(joined: Day, left: Day | null, day: Day): boolean {
  return joined <= day && (left === null || left > day);
}

/** The same rule for a member record (anything with `joined` and `left`). */
export function memberActiveOn(member: { readonly joined: Day; readonly left: Day | null }, day: Day): boolean {
  return isActiveOn(member.joined, member.left, day);
}
