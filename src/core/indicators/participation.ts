import { PILLARS_AND_OBSERVER, type PillarOrObserver } from '../schema/lists';
import { activeCountsOn } from './activeCounts';
import type { ResolvedPeriod } from './period';
import { share } from './share';
import type { MeetingParticipation, Participation, RateCell } from './types';
import { firstHeldFrom, OBSERVER, pillarsIn, type WorkbookIndex } from './workbookIndex';

const KINDS = PILLARS_AND_OBSERVER.length;
const ALL_PILLARS = 0b1111;

/** Participation in the meetings held in the period so far (held meetings are all ≤ asOf). */
export function computeParticipation(index: WorkbookIndex, period: ResolvedPeriod): Participation {
  const { heldDate, attendStart, attendees, pillar, female } = index;
  const first = firstHeldFrom(index, period.from);
  const dates = heldDate.subarray(first);
  // expected = members active on the meeting's date.
  const expectedBy = activeCountsOn(index, dates);
  const attendedBy = new Int32Array(KINDS);
  const expectedTotal = new Int32Array(KINDS);
  let womenAttended = 0;
  let genderFilled = 0;
  let fullPillar = 0;
  let rateSum = 0;
  let rated = 0;

  const meetings: MeetingParticipation[] = [];
  for (let i = 0; i < dates.length; i++) {
    const o = first + i;
    let expected = 0;
    for (let p = 0; p < KINDS; p++) {
      const e = expectedBy[i * KINDS + p]!;
      expected += e;
      expectedTotal[p]! += e;
    }
    // attended = members active that day who were present or represented (the index keeps only those).
    const attended = attendStart[o + 1]! - attendStart[o]!;
    let pillarsSeen = 0;
    for (let k = attendStart[o]!; k < attendStart[o + 1]!; k++) {
      const u = attendees[k]!;
      const p = pillar[u]!;
      attendedBy[p]!++;
      if (p !== OBSERVER) pillarsSeen |= 1 << p;
      if (female[u]! >= 0) {
        genderFilled++;
        womenAttended += female[u]!;
      }
    }
    // pillarsPresent = how many of the four pillars had at least one member attending.
    const pillarsPresent = pillarsIn(pillarsSeen);
    if (pillarsSeen === ALL_PILLARS) fullPillar++;
    // rate = attended / expected (null when nobody was expected).
    const rate = share(attended, expected);
    if (rate !== null) {
      rateSum += rate;
      rated++;
    }
    const m = index.held[o]!;
    meetings.push({ meetingId: m.meetingId, date: m.date, expected, attended, rate, pillarsPresent });
  }

  const byPillar = {} as Record<PillarOrObserver, RateCell>;
  PILLARS_AND_OBSERVER.forEach((p, i) => {
    byPillar[p] = {
      expected: expectedTotal[i]!,
      attended: attendedBy[i]!,
      rate: share(attendedBy[i]!, expectedTotal[i]!),
    };
  });
  return {
    meetings,
    // averageRate = mean of the meetings' rates, null rates left out.
    averageRate: rated === 0 ? null : rateSum / rated,
    // fullPillarShare = meetings with all four pillars present / meetings held in the period.
    fullPillarShare: share(fullPillar, meetings.length),
    byPillar,
    // womenShare = attendances by members of gender F / attendances by members with a gender.
    womenShare: share(womenAttended, genderFilled),
  };
}
