import { isCountTarget, type ReportModel, type TargetFigure, type TargetKey, type TargetRow } from '../../../core';
import { highlightSentence } from './highlightSentence';
import { date, int, runOn, share, status, text, type ReportCell } from './reportCell';
import type { ReportText } from './reportText';
import type { SheetWriter } from './sheetWriter';

/** Counts are whole numbers; every other target is a share. */
const figure = (key: TargetKey, value: number | null): ReportCell => (isCountTarget(key) ? int(value) : share(value));

export const SUMMARY_COLUMNS = 6;

/** Synthèse / Summary: who and when, the nine targets by measure against the previous period, highlights. */
export function writeSummarySheet(w: SheetWriter, model: ReportModel, x: ReportText): void {
  const { t } = x;
  const s = model.summary;
  w.pair(t('summary.group'), runOn(s.groupName), 1);
  w.pair(t('summary.period'), runOn(x.format.period(s.period)), 1);
  w.pair(t('summary.asOf'), date(s.period.asOf), 1);
  w.pair(t('summary.generatedOn'), date(s.generatedOn), 1);
  w.pair(t('summary.audience'), runOn(t(`audienceNote.${s.audience}`)), 1);
  if (s.period.asOf < s.period.to) w.note(t('summary.soFar', { asOf: x.format.date(s.period.asOf) }), false);
  w.gap();

  w.heading(t('summary.targets'));
  const previousLabel = s.previousPeriod?.label ?? null;
  w.header([
    t('summary.indicator'),
    t('summary.value'),
    t('summary.target'),
    t('summary.status'),
    previousLabel ? t('summary.previous', { label: previousLabel }) : t('summary.previousNone'),
    t('summary.trend'),
  ]);
  // Grouped by the programme's measures, each under its name (the model holds them in that order).
  let measure: TargetRow['measure'] | null = null;
  for (const row of s.targets) {
    if (row.measure !== measure) w.group(x.format.measure(row.measure));
    measure = row.measure;
    w.cells(targetCells(row, x));
  }
  w.gap();

  w.heading(t('summary.legend'));
  for (const key of ['on_track', 'at_risk', 'off_track', 'no_data', 'withheld'] as const) {
    if (key === 'withheld' && s.audience !== 'donor') continue;
    w.cells([status(key, x.format.status(key))]);
    // Wrapped over the columns beside the status: a long legend never runs off the printed page.
    const legend = t(`statusLegend.${key}`, { minCount: s.minCount, max: s.minCount - 1 });
    w.block(w.row - 1, 1, SUMMARY_COLUMNS - 1, legend, {}, true);
  }
  w.gap();

  w.heading(t('summary.highlights'));
  for (const h of model.highlights) w.note(`• ${highlightSentence(h, x)}`, false);
}

function targetCells(row: TargetRow, x: ReportText): ReportCell[] {
  const { t } = x;
  return [
    text(x.format.target(row.key)),
    valueOf(row.key, row.current, x),
    figure(row.key, row.target),
    status(row.current.status, x.format.status(row.current.status)),
    row.previous === null ? text(x.format.none) : valueOf(row.key, row.previous, x),
    text(row.trend === null ? x.format.none : t(`trend.${row.trend}`)),
  ];
}

function valueOf(key: TargetKey, f: TargetFigure, x: ReportText): ReportCell {
  return f.status === 'withheld' ? text(x.format.status('withheld')) : figure(key, f.value);
}
