import {
  PILLARS_AND_OBSERVER,
  STAKEHOLDER_STAGES,
  createFormat,
  type CountedPart,
  type Indicators,
  type Lang,
  type ListName,
} from '../../../core';
import { programmeSummaryT } from './programmeSummary.messages';

/** How the summary writes a line: a label padded to the values' column, then the value. */
export type SummaryLine = (label: string, value: string) => void;

export interface SummaryWriter {
  readonly line: SummaryLine;
  readonly heading: (text: string) => void;
  readonly text: (text: string) => void;
}

/** A topic or country: the list's label of a code, or free text as first written. */
function partLabel<L extends ListName & ('topic' | 'country')>(list: L, part: CountedPart<string>, lang: Lang): string {
  return part.custom ? part.key : createFormat(lang).list(list, part.key as never);
}

/**
 * The programme's three blocks of the summary (programme.md): outreach through the stakeholder
 * mapping, technical expertise, and links with other initiatives.
 */
export function programmeSummary(x: Indicators, lang: Lang, { line, heading, text }: SummaryWriter): void {
  const t = programmeSummaryT(lang);
  const f = createFormat(lang);
  const { count, percent: pct } = f;
  const ofHeld = (value: number, share: number | null) =>
    t('ofHeld', { value: count(value), total: count(x.rhythm.meetingsHeld), share: pct(share) });

  heading(t('outreach.heading'));
  const o = x.outreach;
  if (o === null) text(t('outreach.missing'));
  else {
    line(t('outreach.mapped'), count(o.mapped));
    line(t('outreach.newlyMapped'), count(o.newlyMapped));
    line(t('outreach.byStage'), STAKEHOLDER_STAGES.map((s) => `${f.stage(s)} ${count(o.byStage[s])}`).join(' · '));
    line(t('outreach.byPillar'), '');
    for (const p of PILLARS_AND_OBSERVER) {
      const c = o.byPillar[p];
      line(`  ${f.list('pillar', p)}`, `${count(c.member)} / ${count(c.pipeline)} / ${count(c.declined)}`);
    }
    line(t('outreach.joined'), count(o.joined));
    line(t('outreach.conversion'), pct(o.conversionShare));
    line(t('outreach.toJoin'), f.number(o.medianDaysToJoin));
    line(
      t('outreach.key'),
      t('keyOf', { value: count(o.keyOnBoard), total: count(o.keyStakeholders), share: pct(o.keyShare) }),
    );
    const gaps = t('outreach.gaps', { min: x.settings.minPerPillar });
    if (o.pillarGaps.length === 0) line(gaps, t('outreach.noGap'));
    else line(gaps, '');
    for (const g of o.pillarGaps)
      line(`  ${f.list('pillar', g.pillar)}`, t('outreach.gap', { active: g.active, pipeline: g.pipeline }));
  }

  heading(t('expertise.heading'));
  const e = x.expertise;
  line(t('expertise.sessions'), ofHeld(e.sessions, e.sessionShare));
  line(t('expertise.topics'), count(e.topicsCovered));
  for (const topic of e.topics) line(`  ${partLabel('topic', topic, lang)}`, count(topic.meetings));
  const countries = e.countries.map((c) => `${partLabel('country', c, lang)} ${count(c.meetings)}`).join(', ');
  line(
    t('expertise.countries'),
    e.countriesReferenced === 0 ? '0' : t('counted', { count: count(e.countriesReferenced), list: countries }),
  );
  line(t('expertise.attended'), count(e.attendedSessions));
  line(t('expertise.pillars'), `${count(e.pillarsReached)} / 4`);

  heading(t('links.heading'));
  const l = x.links;
  line(t('links.linked'), ofHeld(l.linkedMeetings, l.linkedShare));
  line(t('links.engaged'), t('links.engagedValue', { engaged: l.engaged, platforms: l.vpPlatformsEngaged }));
  if (l.initiatives.length > 0) line(t('links.initiatives'), '');
  for (const i of l.initiatives)
    line(
      `  ${i.known ? i.name : t('links.unlisted', { name: i.name })}`,
      `${count(i.meetings)}  ${f.date(i.lastMeeting)}`,
    );
  line(t('links.dormant', { days: x.settings.dormantDays }), l.dormant.length === 0 ? '0' : l.dormant.join(', '));
}
