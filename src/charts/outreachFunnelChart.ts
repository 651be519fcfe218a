import { PILLARS_AND_OBSERVER, type Outreach } from '../core';
import type { ChartText } from './chartText';
import {
  CHART_COLOURS,
  baseOptions,
  horizontalHeight,
  wrapLabel,
  type ChartOptions,
  type ChartSpec,
} from './chartSpec';

/** The three parts of a pillar's stakeholders, stacked in this order. */
const PARTS = ['member', 'pipeline', 'declined'] as const;
const COLOURS = { member: CHART_COLOURS.bar, pipeline: CHART_COLOURS.second, declined: CHART_COLOURS.third } as const;

/**
 * The stakeholder mapping by pillar on the as-of date (measure 1): one horizontal bar per pillar,
 * its members, those still being approached (identified, contacted or invited) and those who
 * declined, stacked. A white edge parts the segments so each one meets white, not another colour.
 * `byPillar` null: the workbook has no usable Stakeholders sheet (the dashboard says how to add one).
 */
export function outreachFunnelChart(
  outreach: Outreach | null,
  text: ChartText,
  options: ChartOptions = { responsive: true },
): ChartSpec {
  const { t, format } = text;
  const names = PILLARS_AND_OBSERVER.map((p) => format.list('pillar', p));
  const partName = (part: (typeof PARTS)[number]) => t(`funnel.${part}`);
  const base = baseOptions(options, true);
  return {
    id: 'funnel',
    title: t('funnel.title'),
    height: horizontalHeight(PILLARS_AND_OBSERVER.length),
    empty: outreach === null ? t('funnel.noSheet') : outreach.mapped === 0 ? t('funnel.none') : null,
    config: {
      type: 'bar',
      data: {
        labels: names.map((n) => wrapLabel(n)),
        datasets: PARTS.map((part) => ({
          type: 'bar' as const,
          label: partName(part),
          data: PILLARS_AND_OBSERVER.map((p) => (outreach ? outreach.byPillar[p][part] : null)),
          backgroundColor: COLOURS[part],
          borderColor: CHART_COLOURS.gap,
          borderWidth: 1,
        })),
      },
      options: {
        ...base,
        plugins: { ...base.plugins, legend: { display: true, position: 'bottom' as const } },
        scales: {
          x: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, grid: { color: CHART_COLOURS.grid } },
          y: { stacked: true, grid: { display: false }, ticks: { autoSkip: false } },
        },
      },
    },
    table: {
      headers: [t('funnel.pillar'), ...PARTS.map(partName)],
      rows: PILLARS_AND_OBSERVER.map((p, i) => [
        names[i] ?? p,
        ...PARTS.map((part) => format.count(outreach ? outreach.byPillar[p][part] : null)),
      ]),
    },
  };
}
