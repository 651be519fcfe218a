import { PILLARS_AND_OBSERVER, type PillarOrObserver } from '../core';
import type { ChartText } from './chartText';
import { horizontalBars, horizontalHeight, type ChartOptions, type ChartSpec } from './chartSpec';

/** Active members by pillar (observers last), horizontal bars so long names stay readable. */
export function pillarChart(
  byPillar: Readonly<Record<PillarOrObserver, number>>,
  text: ChartText,
  options: ChartOptions = { responsive: true },
): ChartSpec {
  const { t, format } = text;
  const names = PILLARS_AND_OBSERVER.map((p) => format.list('pillar', p));
  const counts = PILLARS_AND_OBSERVER.map((p) => byPillar[p]);
  return {
    id: 'pillars',
    title: t('pillars.title'),
    height: horizontalHeight(PILLARS_AND_OBSERVER.length),
    empty: null,
    config: horizontalBars(names, counts, t('pillars.count'), options),
    table: {
      headers: [t('pillars.pillar'), t('pillars.count')],
      rows: PILLARS_AND_OBSERVER.map((p, i) => [names[i] ?? p, format.count(byPillar[p])]),
    },
  };
}
