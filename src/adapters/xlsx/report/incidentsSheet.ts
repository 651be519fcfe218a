import type { IncidentBreakdowns, MedianCell, ReportModel, ShareCell } from '../../../core';
import { count, date, days, share, text, type ReportCell } from './reportCell';
import type { ReportText } from './reportText';
import type { SheetWriter } from './sheetWriter';

export const INCIDENTS_COLUMNS = 7;

/**
 * Incidents: key figures and the three breakdowns, as the protected model gives them (the
 * donor's "< 5" and "hidden" cells included); the internal report adds the non-confidential list.
 */
export function writeIncidentsSheet(w: SheetWriter, model: ReportModel, x: ReportText): void {
  const { t } = x;
  const section = model.incidents;
  if (section.kind === 'none') {
    w.note(t('incidents.noSheet'), false);
    return;
  }
  if (section.kind === 'tooFew') {
    w.note(t('incidents.tooFew', { minCount: section.minCount }), false);
    return;
  }
  if (section.kind === 'notQuarterOrYear') {
    w.note(t('incidents.notQuarterOrYear'), false);
    return;
  }
  w.heading(t('incidents.keyFigures'));
  w.pair(t('incidents.recorded'), count(section.recorded), 1);
  w.pair(t('incidents.sharedShare'), shareOf(section.sharedShare), 1);
  w.pair(t('incidents.closedShare'), shareOf(section.closedShare), 1);
  w.pair(t('incidents.medianDaysToShare'), median(section.medianDaysToShare), 1);
  w.pair(t('incidents.medianDaysToClose'), median(section.medianDaysToClose), 1);
  w.pair(t('incidents.overdue', { days: section.overdueDays }), count(section.overdue), 1);
  w.gap();
  writeBreakdowns(w, section, x);
  if (model.summary.audience === 'donor') {
    w.gap();
    w.note(t('incidents.protectionNote', { minCount: model.summary.minCount, max: model.summary.minCount - 1 }));
    if (model.summary.period.kind === 'year') w.note(t('incidents.linkedNote'));
  }
  if (section.rows !== null) writeList(w, section, x);
}

/** A median in days, or the donor's "not published" when it would name a small count. */
function median(cell: MedianCell): ReportCell {
  return cell.kind === 'withheld' ? count(cell) : days(cell.value);
}

/** A share, or the donor's "not published" when it would name a small count. */
function shareOf(cell: ShareCell): ReportCell {
  return cell.kind === 'withheld' ? count(cell) : share(cell.value);
}

function writeBreakdowns(w: SheetWriter, s: IncidentBreakdowns, x: ReportText): void {
  const { t } = x;
  const total = [text(t('incidents.total')), count(s.recorded)];
  w.heading(t('incidents.byCategory'));
  w.header([t('incidents.category'), t('incidents.count')]);
  for (const r of s.byCategory) w.cells([text(x.format.list('incidentCategory', r.key)), count(r.count)]);
  w.cells(total, true);
  w.gap();

  w.heading(t('incidents.byActor'));
  w.header([t('incidents.actor'), t('incidents.count')]);
  for (const r of s.byActor) w.cells([text(x.format.list('actor', r.key)), count(r.count)]);
  w.cells([text(t('incidents.publicSecurity')), count(s.publicSecurity)]);
  w.cells(total, true);
  w.gap();

  w.heading(t('incidents.byTerritory'));
  w.header([t('incidents.territory'), t('incidents.count')]);
  for (const r of s.byTerritory) {
    w.cells([text(r.territory.kind === 'named' ? r.territory.name : t('incidents.otherTerritories')), count(r.count)]);
  }
  w.cells(total, true);
}

function writeList(w: SheetWriter, s: IncidentBreakdowns, x: ReportText): void {
  const { t } = x;
  w.gap();
  w.heading(t('incidents.list'));
  w.note(t('incidents.confidentialNote'));
  if (!s.rows || s.rows.length === 0) {
    w.note(t('incidents.noRows'));
    return;
  }
  // Category first, under the categories above; the narrow count column takes the date.
  w.header(
    (['category', 'date', 'incidentId', 'territory', 'actor', 'severity', 'followUp'] as const).map((k) =>
      t(`incidents.${k}`),
    ),
    false,
    true,
  );
  for (const r of s.rows) {
    w.cells([
      text(x.format.list('incidentCategory', r.category)),
      date(r.date),
      text(r.incidentId),
      text(r.territory),
      text(x.format.list('actor', r.actor)),
      text(x.format.list('severity', r.severity)),
      text(x.format.list('followUp', r.followUp)),
    ]);
  }
}
