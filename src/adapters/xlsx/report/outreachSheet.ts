import { fieldLabel, PILLARS_AND_OBSERVER, STAKEHOLDER_STAGES, type ReportModel } from '../../../core';
import { date, days, int, share, text } from './reportCell';
import type { ReportText } from './reportText';
import type { SheetWriter } from './sheetWriter';

/** The internal list of mapped organisations is the widest table; the donor sheet has the pillar table's five. */
export const OUTREACH_COLUMNS = { internal: 10, donor: 5 } as const;

/**
 * Cartographie / Outreach (measure 1): stages by pillar, pillar gaps (where outreach should go
 * next), key figures, stages overall; the internal report adds the mapped organisations with pillar, influence, stage and
 * dates (never contact, role or notes). The donor report names no stakeholder.
 */
export function writeOutreachSheet(w: SheetWriter, model: ReportModel, x: ReportText): void {
  const { t, format } = x;
  const section = model.outreach;
  w.heading(format.measure(1));
  if (section.kind === 'none') {
    w.note(t('outreach.noSheet'), false);
    return;
  }
  const o = section.figures;
  const asOf = format.date(model.summary.period.asOf);

  w.note(t('outreach.byPillar', { asOf }), false);
  w.header(
    (['pillar', 'mapped', 'pipeline', 'member', 'declined'] as const).map((k) => t(`outreach.${k}`)),
    true,
  );
  for (const pillar of PILLARS_AND_OBSERVER) {
    const p = o.byPillar[pillar];
    w.cells([text(format.list('pillar', pillar)), int(p.mapped), int(p.pipeline), int(p.member), int(p.declined)]);
  }
  const pipeline = o.byStage.identified + o.byStage.contacted + o.byStage.invited;
  w.cells(
    [text(t('outreach.total')), int(o.mapped), int(pipeline), int(o.byStage.member), int(o.byStage.declined)],
    true,
  );
  w.gap();

  w.heading(t('outreach.gaps', { min: section.minPerPillar }));
  if (o.pillarGaps.length === 0) w.note(t('outreach.noGap', { min: section.minPerPillar }));
  else {
    w.header([t('outreach.pillar'), t('outreach.gapActive'), t('outreach.gapPipeline')]);
    for (const gap of o.pillarGaps)
      w.cells([text(format.list('pillar', gap.pillar)), int(gap.active), int(gap.pipeline)]);
  }
  w.gap();

  w.heading(t('outreach.keyFigures'));
  w.pair(t('outreach.newlyMapped'), int(o.newlyMapped));
  w.pair(t('outreach.joined'), int(o.joined));
  w.pair(t('outreach.conversionShare'), share(o.conversionShare));
  w.pair(t('outreach.medianDaysToJoin'), days(o.medianDaysToJoin));
  w.pair(t('outreach.keyStakeholders'), int(o.keyStakeholders));
  w.pair(t('outreach.keyOnBoard'), int(o.keyOnBoard));
  w.pair(format.target('keyStakeholders'), share(o.keyShare));
  w.gap();

  w.heading(t('outreach.byStage'));
  w.header([t('outreach.stage'), t('outreach.stakeholders')]);
  for (const stage of STAKEHOLDER_STAGES) w.cells([text(format.stage(stage)), int(o.byStage[stage])]);
  w.gap();

  if (section.stakeholders === null) {
    w.note(t('outreach.donorNote'));
    return;
  }
  w.heading(t('outreach.list', { asOf }));
  w.note(t('outreach.listNote'));
  if (section.stakeholders.length === 0) {
    w.note(t('outreach.noneMapped', { asOf }));
    return;
  }
  const field = (key: string): string => fieldLabel(key, x.lang);
  // The organisation where the pillars are above, the ID last: the columns line up with the tables above.
  w.header(
    [
      field('organisation'),
      field('pillar'),
      field('influence'),
      t('outreach.stage'),
      field('identified'),
      field('contacted'),
      field('invited'),
      field('declined'),
      t('outreach.memberSince'),
      field('stakeholderId'),
    ],
    false,
    true,
  );
  for (const s of section.stakeholders) {
    w.cells([
      text(s.organisation),
      text(format.list('pillar', s.pillar)),
      text(format.list('influence', s.influence)),
      text(format.stage(s.stage)),
      date(s.identified),
      date(s.contacted),
      date(s.invited),
      date(s.declined),
      date(s.joined),
      text(s.stakeholderId),
    ]);
  }
}
