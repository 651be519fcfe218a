import { PILLARS, PILLARS_AND_OBSERVER, type PillarOrObserver } from '../schema/lists';
import { organisationKey } from '../rules/names';
import type { ResolvedPeriod } from './period';
import { share } from './share';
import type { Membership } from './types';
import { isActive, type WorkbookIndex } from './workbookIndex';

/** Membership as of asOf; `joined` and `left` count over the period so far. */
export function computeMembership(index: WorkbookIndex, period: ResolvedPeriod, minPerPillar: number): Membership {
  const { from, asOf } = period;
  const byPillar = Object.fromEntries(PILLARS_AND_OBSERVER.map((p) => [p, 0])) as Record<PillarOrObserver, number>;
  const organisations = new Set<string>();
  let active = 0;
  let joined = 0;
  let left = 0;
  let women = 0;
  let genderFilled = 0;
  for (const [u, m] of index.members.entries()) {
    // joined / left = members whose joined / left date falls in [from, asOf].
    if (m.joined >= from && m.joined <= asOf) joined++;
    if (m.left !== null && m.left >= from && m.left <= asOf) left++;
    if (!isActive(index, u, asOf)) continue;
    active++;
    byPillar[m.pillar]++;
    // organisations: distinct among active members, keyed by organisationKey (as names are compared).
    organisations.add(organisationKey(m.organisation));
    if (m.gender !== null) {
      genderFilled++;
      if (m.gender === 'F') women++;
    }
  }
  const pillarCounts = PILLARS.map((p) => byPillar[p]);
  const pillarTotal = pillarCounts.reduce((a, b) => a + b, 0);
  return {
    active,
    byPillar,
    // pillarsAtMinimum = pillars (observers aside) with at least minPerPillar active members.
    pillarsAtMinimum: pillarCounts.filter((c) => c >= minPerPillar).length,
    // smallestPillarShare = smallest pillar's active count / the four pillars' active total.
    smallestPillarShare: share(Math.min(...pillarCounts), pillarTotal),
    joined,
    left,
    organisations: organisations.size,
    // womenShare = active members of gender F / active members whose gender is filled.
    womenShare: share(women, genderFilled),
  };
}
