import { INCIDENT_CATEGORIES, type IncidentCategory } from '../core';
import type { ChartText } from './chartText';
import { horizontalBars, horizontalHeight, type ChartOptions, type ChartSpec } from './chartSpec';

/**
 * Incidents by category. A null count is a figure hidden for a donor report (small-count
 * suppression): no bar, and `hidden` in the table, never a made-up number. `byCategory`
 * null means the workbook has no Incidents sheet. `note` adds words after a category's name
 * (the report says there why a bar is missing).
 */
export function incidentCategoryChart(
  byCategory: Readonly<Record<IncidentCategory, number | null>> | null,
  text: ChartText,
  options: ChartOptions = { responsive: true },
  note: (category: IncidentCategory) => string | null = () => null,
): ChartSpec {
  const { t, format } = text;
  const names = INCIDENT_CATEGORIES.map((c) => {
    const name = format.list('incidentCategory', c);
    const extra = note(c);
    return extra === null ? name : `${name} (${extra})`;
  });
  const counts = INCIDENT_CATEGORIES.map((c) => (byCategory ? byCategory[c] : null));
  const total = counts.reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const anyHidden = counts.some((n) => n === null);
  return {
    id: 'incidents',
    title: t('incidents.title'),
    height: horizontalHeight(INCIDENT_CATEGORIES.length),
    empty: byCategory === null ? t('incidents.noSheet') : total === 0 && !anyHidden ? t('incidents.none') : null,
    config: horizontalBars(names, counts, t('incidents.count'), options),
    table: {
      headers: [t('incidents.category'), t('incidents.count')],
      rows: INCIDENT_CATEGORIES.map((c, i) => {
        const n = counts[i];
        return [names[i] ?? c, n === null || n === undefined ? t('hidden') : format.count(n)];
      }),
    },
  };
}
