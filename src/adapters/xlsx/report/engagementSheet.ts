import type { ReportModel } from '../../../core';
import { int, share, text } from './reportCell';
import type { ReportText } from './reportText';
import type { SheetWriter } from './sheetWriter';

export const ENGAGEMENT_COLUMNS = 6;

/** Engagement: regular / occasional / inactive / new by pillar, regular share, retention. */
export function writeEngagementSheet(w: SheetWriter, model: ReportModel, x: ReportText): void {
  const { t } = x;
  const e = model.engagement;
  w.header(
    (['pillar', 'regular', 'occasional', 'inactive', 'new', 'regularShare'] as const).map((k) => t(`engagement.${k}`)),
    true,
  );
  for (const p of e.byPillar) {
    w.cells([
      text(x.format.list('pillar', p.pillar)),
      int(p.regular),
      int(p.occasional),
      int(p.inactive),
      int(p.new),
      share(p.regularShare),
    ]);
  }
  w.cells(
    [
      text(t('engagement.total')),
      int(e.regular),
      int(e.occasional),
      int(e.inactive),
      int(e.new),
      share(e.regularShare),
    ],
    true,
  );
  w.gap();
  w.heading(t('engagement.keyFigures'));
  w.pair(t('engagement.retention'), share(e.retention));
  w.pair(t('engagement.atRiskCount'), int(e.atRiskCount));
  w.pair(t('engagement.window'), int(e.window));
  w.gap();
  w.note(t('engagement.definitions', { window: e.window }));
}
