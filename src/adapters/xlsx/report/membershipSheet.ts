import type { ReportModel } from '../../../core';
import { date, int, share, text } from './reportCell';
import type { ReportText } from './reportText';
import type { SheetWriter } from './sheetWriter';

export const MEMBERSHIP_COLUMNS = 6;

/** Membres / Membership: by pillar, key figures; the internal report adds the members at risk. */
export function writeMembershipSheet(w: SheetWriter, model: ReportModel, x: ReportText): void {
  const { t } = x;
  const m = model.membership;
  w.header(
    (['pillar', 'active', 'joined', 'left', 'organisationCount', 'organisations'] as const).map((k) =>
      t(`membership.${k}`),
    ),
    true,
  );
  let unnamed = 0;
  for (const p of m.byPillar) {
    // The donor report counts, without naming, organisations named after people (protect.ts).
    const notNamed = p.organisationCount - p.organisations.length;
    unnamed += notNamed;
    const names = [
      ...(p.organisations.length > 0 ? [p.organisations.join(', ')] : []),
      ...(notNamed > 0 ? [t('membership.notNamed', { count: notNamed })] : []),
    ];
    w.cells([
      text(x.format.list('pillar', p.pillar)),
      int(p.active),
      int(p.joined),
      int(p.left),
      int(p.organisationCount),
      text(names.join('; ') || x.format.none),
    ]);
  }
  w.cells(
    [text(t('membership.total')), int(m.active), int(m.joined), int(m.left), int(m.organisations), text('')],
    true,
  );
  if (unnamed > 0) w.note(t('membership.notNamedNote'));
  w.gap();

  w.heading(t('membership.keyFigures'));
  w.pair(t('membership.distinctOrganisations'), int(m.organisations));
  w.pair(t('membership.pillarsAtMinimum', { min: m.minPerPillar }), int(m.pillarsAtMinimum));
  w.pair(t('membership.womenShare'), share(m.womenShare));
  w.pair(t('membership.attendedWomenShare'), share(m.attendedWomenShare));

  if (m.atRisk === null) return;
  w.gap();
  w.heading(t('membership.atRisk'));
  if (m.atRisk.length === 0) {
    w.note(t('membership.noneAtRisk'));
    return;
  }
  // Columns line up with the table above: names where pillars are, organisations where organisation names are.
  w.header(
    (['name', 'memberId', 'lastAttended', 'lastMeetingId', 'pillar', 'organisation'] as const).map((k) =>
      t(`membership.${k}`),
    ),
    false,
    true,
  );
  for (const a of m.atRisk) {
    w.cells([
      text(a.name),
      text(a.memberId),
      a.lastAttended ? date(a.lastAttended.date) : text(t('membership.never')),
      text(a.lastAttended?.meetingId ?? x.format.none),
      text(x.format.list('pillar', a.pillar)),
      text(a.organisation),
    ]);
  }
}
