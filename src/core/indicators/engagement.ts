import { PILLARS_AND_OBSERVER, type PillarOrObserver } from '../schema/lists';
import type { Day } from '../workbook/day';
import type { ResolvedPeriod } from './period';
import { share } from './share';
import type { Engagement, EngagementClasses } from './types';
import { isActive, type WorkbookIndex } from './workbookIndex';

type EngagementClass = keyof EngagementClasses;

/** The first position in ascending `days` whose day is ≥ d. */
function lowerBound(days: Int32Array, d: Day): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Engagement regularity as of asOf, for each member active on asOf. The held meetings on whose
 * dates such a member was active are all those from their joining on (they have not left by
 * asOf), so their window is the last `window` held meetings from that point.
 */
export function computeEngagement(index: WorkbookIndex, period: ResolvedPeriod, window: number): Engagement {
  const { heldDate, memberStart, memberMeetings } = index;
  const last = heldDate.length - 1;
  const counts: Record<EngagementClass, number> = { regular: 0, occasional: 0, inactive: 0, new: 0 };
  const byPillar = {} as Record<PillarOrObserver, Record<EngagementClass, number>>;
  for (const p of PILLARS_AND_OBSERVER) byPillar[p] = { regular: 0, occasional: 0, inactive: 0, new: 0 };
  const atRisk: string[] = [];
  let activeOnFrom = 0;
  let retained = 0;

  index.members.forEach((member, u) => {
    const activeNow = isActive(index, u, period.asOf);
    // retention = members active on `from` still active on asOf / members active on `from`.
    if (isActive(index, u, period.from)) {
      activeOnFrom++;
      if (activeNow) retained++;
    }
    if (!activeNow) return;
    const windowStart = Math.max(lowerBound(heldDate, index.joined[u]!), last - window + 1);
    const n = last - windowStart + 1;
    let cls: EngagementClass = 'new';
    if (n >= 3) {
      // a = meetings attended in the window; the last three are the window's last three.
      let a = 0;
      let lastThree = 0;
      for (let k = memberStart[u + 1]! - 1; k >= memberStart[u]! && memberMeetings[k]! >= windowStart; k--) {
        a++;
        if (memberMeetings[k]! > last - 3) lastThree++;
      }
      // regular when a/n ≥ 2/3 (compared as 3a ≥ 2n, exactly), inactive when a = 0, else occasional.
      cls = 3 * a >= 2 * n ? 'regular' : a === 0 ? 'inactive' : 'occasional';
      // At risk: none of the window's last three meetings attended (excused and absent alike).
      if (lastThree === 0) atRisk.push(member.memberId);
    }
    counts[cls]++;
    byPillar[member.pillar][cls]++;
  });

  return {
    ...counts,
    // regularShare = regular / (regular + occasional + inactive): new members are not judged yet.
    regularShare: share(counts.regular, counts.regular + counts.occasional + counts.inactive),
    // Sorted by code unit, so the order is the same on every machine and locale.
    atRisk: atRisk.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    byPillar,
    retention: share(retained, activeOnFrom),
  };
}
