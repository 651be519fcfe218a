import type { Day } from '../workbook/day';
import type { WorkbookIndex } from './workbookIndex';
import { PILLARS_AND_OBSERVER } from '../schema/lists';

const KINDS = PILLARS_AND_OBSERVER.length;

/**
 * Active members per pillar (index in PILLARS_AND_OBSERVER) on each of the given days, which must
 * be ascending: `counts[i * 5 + p]`. One sweep over joins and departures, so the cost is
 * (members × log members + days), never members × days.
 */
export function activeCountsOn(index: WorkbookIndex, days: Int32Array): Int32Array {
  const n = index.members.length;
  const byJoined = Int32Array.from({ length: n }, (_, u) => u).sort((a, b) => index.joined[a]! - index.joined[b]!);
  const byLeft = Int32Array.from({ length: n }, (_, u) => u).sort((a, b) => index.left[a]! - index.left[b]!);
  const current = new Int32Array(KINDS);
  const counts = new Int32Array(days.length * KINDS);
  let j = 0;
  let l = 0;
  for (let i = 0; i < days.length; i++) {
    const d: Day = days[i]!;
    // isActiveOn as a sweep: counted from the day joined, no longer from the day left.
    for (; j < n && index.joined[byJoined[j]!]! <= d; j++) current[index.pillar[byJoined[j]!]!]!++;
    for (; l < n && index.left[byLeft[l]!]! <= d; l++) current[index.pillar[byLeft[l]!]!]!--;
    counts.set(current, i * KINDS);
  }
  return counts;
}
