import { contractSheetLabel, EXCLUDED_SHEETS, type ReportModel } from '../../../core';
import { int, text } from './reportCell';
import type { ReportText } from './reportText';
import type { SheetWriter } from './sheetWriter';

export const DATA_QUALITY_COLUMNS = 5;

/** Qualité des données / Data quality: issue counts by sheet and kind, and the rows left out. */
export function writeDataQualitySheet(w: SheetWriter, model: ReportModel, x: ReportText): void {
  const { t } = x;
  const q = model.dataQuality;
  w.note(q.valid ? t('dataQuality.valid') : t('dataQuality.invalid', { count: q.counts.error }), false);
  w.gap();
  w.heading(t('dataQuality.counts'));
  w.header([t('dataQuality.severity'), t('dataQuality.count')]);
  for (const severity of ['error', 'warning', 'info'] as const)
    w.cells([text(t(`dataQuality.${severity}`)), int(q.counts[severity])]);
  w.gap();

  w.heading(t('dataQuality.bySheet'));
  if (q.issues.length === 0) w.note(t('dataQuality.none'));
  else {
    w.header([
      t('dataQuality.sheet'),
      t('dataQuality.code'),
      t('dataQuality.codeId'),
      t('dataQuality.severity'),
      t('dataQuality.count'),
    ]);
    for (const r of q.issues) {
      w.cells([
        text(r.sheet),
        text(t(`issue.${r.code}`)),
        text(r.code),
        text(t(`dataQuality.${r.severity}`)),
        int(r.count),
      ]);
    }
  }
  w.gap();

  w.heading(t('dataQuality.excluded'));
  w.header([t('dataQuality.sheet'), t('dataQuality.rows')]);
  for (const sheet of EXCLUDED_SHEETS) w.cells([text(contractSheetLabel(sheet, x.lang)), int(q.excludedRows[sheet])]);
}
