import { PILLARS_AND_OBSERVER } from '../schema/lists';
import type { Indicators } from '../indicators/types';
import type { EngagementSection, PillarEngagement } from './types';

/** Engagement classes by pillar, with each pillar's regular share: regular / (regular + occasional + inactive). */
export function engagementSection(indicators: Indicators): EngagementSection {
  const e = indicators.engagement;
  const byPillar = PILLARS_AND_OBSERVER.map((pillar): PillarEngagement => {
    const c = e.byPillar[pillar];
    const counted = c.regular + c.occasional + c.inactive;
    return { pillar, ...c, regularShare: counted === 0 ? null : c.regular / counted };
  });
  return {
    regular: e.regular,
    occasional: e.occasional,
    inactive: e.inactive,
    new: e.new,
    byPillar,
    regularShare: e.regularShare,
    retention: e.retention,
    atRiskCount: e.atRisk.length,
    window: indicators.settings.engagementWindow,
  };
}
