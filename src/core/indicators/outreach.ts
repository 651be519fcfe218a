import { PILLARS, PILLARS_AND_OBSERVER, type PillarOrObserver } from '../schema/lists';
import { PIPELINE_STAGES, STAKEHOLDER_STAGES, stageOn, type StakeholderStage } from '../rules/stakeholderStage';
import type { Stakeholder } from '../validate/records';
import { median } from './median';
import type { ResolvedPeriod } from './period';
import { share } from './share';
import type { Membership, Outreach, OutreachPillar, PillarGap } from './types';
import { isActive, type WorkbookIndex } from './workbookIndex';

/**
 * Measure 1, the stakeholder mapping, on asOf (programme.md, "Outreach"). A stakeholder counts
 * under its own pillar, even when it differs from its member's. A stakeholder names a member
 * through the valid members only: one naming a member whose row is left out never reaches
 * stage member.
 */
export function computeOutreach(
  stakeholders: readonly Stakeholder[],
  index: WorkbookIndex,
  period: ResolvedPeriod,
  membership: Membership,
  minPerPillar: number,
): Outreach {
  const { from, asOf } = period;
  const byStage = Object.fromEntries(STAKEHOLDER_STAGES.map((s) => [s, 0])) as Record<StakeholderStage, number>;
  const byPillar = Object.fromEntries(
    PILLARS_AND_OBSERVER.map((p) => [p, { mapped: 0, pipeline: 0, member: 0, declined: 0 }]),
  ) as Record<PillarOrObserver, { -readonly [K in keyof OutreachPillar]: number }>;
  let mapped = 0;
  let newlyMapped = 0;
  let keyStakeholders = 0;
  let keyOnBoard = 0;
  const daysToJoin: number[] = [];

  for (const s of stakeholders) {
    const u = s.memberKey === null ? undefined : index.memberByKey.get(s.memberKey);
    const memberJoined = u === undefined ? null : index.joined[u]!;
    // The stage on asOf: member, declined, invited, contacted, identified (the first that holds); null when not mapped yet.
    const stage = stageOn(s, memberJoined, asOf);
    if (stage === null) continue;
    // mapped = identified ≤ asOf; newlyMapped = identified in [from, asOf].
    mapped++;
    if (s.identified >= from) newlyMapped++;
    byStage[stage]++;
    const pillar = byPillar[s.pillar];
    pillar.mapped++;
    if (PIPELINE_STAGES.has(stage)) pillar.pipeline++;
    else if (stage === 'member') pillar.member++;
    else pillar.declined++;
    // joined = the member's joined date falls in [from, asOf] and is not before identified;
    // medianDaysToJoin = median of (joined − identified) over those.
    if (memberJoined !== null && memberJoined >= from && memberJoined <= asOf && memberJoined >= s.identified) {
      daysToJoin.push(memberJoined - s.identified);
    }
    // keyStakeholders = mapped ones of influence high; keyOnBoard = of those, whose member is active on asOf.
    if (s.influence === 'high') {
      keyStakeholders++;
      if (u !== undefined && isActive(index, u, asOf)) keyOnBoard++;
    }
  }

  // pillarGaps = the four pillars with fewer than minPerPillar active members on asOf, in pillar order.
  const pillarGaps: PillarGap[] = PILLARS.filter((p) => membership.byPillar[p] < minPerPillar).map((p) => ({
    pillar: p,
    active: membership.byPillar[p],
    pipeline: byPillar[p].pipeline,
  }));
  return {
    mapped,
    newlyMapped,
    byStage,
    byPillar,
    joined: daysToJoin.length,
    // conversionShare = stakeholders at stage member / mapped, on asOf.
    conversionShare: share(byStage.member, mapped),
    medianDaysToJoin: median(daysToJoin),
    keyStakeholders,
    keyOnBoard,
    // keyShare = keyOnBoard / keyStakeholders.
    keyShare: share(keyOnBoard, keyStakeholders),
    pillarGaps,
  };
}
