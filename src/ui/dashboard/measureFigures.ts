import { PILLARS, type Format, type Indicators, type Measure } from '../../core';
import type { UiTranslator } from '../useMessages';

/** The key figures the dashboard can show, each named in `dashboard:figures.<key>`. */
export type FigureKey =
  | 'active'
  | 'organisations'
  | 'womenShare'
  | 'mapped'
  | 'newlyMapped'
  | 'joined'
  | 'conversion'
  | 'medianDaysToJoin'
  | 'keyOnBoard'
  | 'sessions'
  | 'topicsCovered'
  | 'countriesReferenced'
  | 'pillarsReached'
  | 'atRisk'
  | 'recorded'
  | 'overdue'
  | 'linkedMeetings'
  | 'engaged'
  | 'vpPlatformsEngaged'
  | 'dormant';

export type Figure = readonly [FigureKey, string];

/**
 * The plain figures that the targets don't show, under the measure they tell about. Measure 1's
 * mapping figures are left out without a Stakeholders sheet (the dashboard says how to start one).
 */
export function measureFigures(
  indicators: Indicators,
  format: Format,
  t: UiTranslator<'dashboard'>,
): Readonly<Record<Measure, readonly Figure[]>> {
  const { count, percent, none } = format;
  const { membership, outreach, expertise, links, incidents } = indicators;
  const ofTotal = (n: number, total: number) => t('figures.ofTotal', { part: count(n), total: count(total) });
  const mapping: Figure[] = outreach
    ? [
        ['mapped', count(outreach.mapped)],
        ['newlyMapped', count(outreach.newlyMapped)],
        ['joined', count(outreach.joined)],
        ['conversion', percent(outreach.conversionShare)],
        ['medianDaysToJoin', format.number(outreach.medianDaysToJoin)],
        ['keyOnBoard', ofTotal(outreach.keyOnBoard, outreach.keyStakeholders)],
      ]
    : [];
  return {
    1: [
      ['active', count(membership.active)],
      ['organisations', count(membership.organisations)],
      ['womenShare', percent(membership.womenShare)],
      ...mapping,
    ],
    2: [
      ['sessions', count(expertise.sessions)],
      ['topicsCovered', count(expertise.topicsCovered)],
      ['countriesReferenced', count(expertise.countriesReferenced)],
      ['pillarsReached', ofTotal(expertise.pillarsReached, PILLARS.length)],
    ],
    3: [
      ['atRisk', count(indicators.engagement.atRisk.length)],
      ['recorded', incidents ? count(incidents.recorded) : none],
      ['overdue', incidents ? count(incidents.overdue) : none],
    ],
    4: [
      ['linkedMeetings', count(links.linkedMeetings)],
      ['engaged', count(links.engaged)],
      ['vpPlatformsEngaged', count(links.vpPlatformsEngaged)],
      ['dormant', count(links.dormant.length)],
    ],
  };
}
