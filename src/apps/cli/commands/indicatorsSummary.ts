import {
  ACTORS,
  INCIDENT_CATEGORIES,
  PILLARS_AND_OBSERVER,
  TARGET_KEYS,
  dayToIso,
  listLabel,
  type Indicators,
  type Lang,
  type Target,
  type TargetKey,
} from '../../../core';
import { indicatorsT } from './indicators.messages';

const LABEL_WIDTH = 46;

/** Turns numbers into text the way the language writes them; null is a dash. */
function formatters(lang: Lang, none: string) {
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  return {
    pct: (x: number | null) => (x === null ? none : percent.format(x)),
    num: (x: number | null) => (x === null ? none : number.format(x)),
  };
}

/**
 * The readable summary of `vpwg indicators` (no --json): each block of indicators.md with rates
 * as percentages and targets with their status in words, in the user's language.
 */
export function indicatorsSummary(x: Indicators, lang: Lang): string {
  const t = indicatorsT(lang);
  const { pct, num } = formatters(lang, t('none'));
  const lines: string[] = [];
  const line = (label: string, value: string) => lines.push(`  ${label.padEnd(LABEL_WIDTH)} ${value}`.trimEnd());
  const heading = (text: string) => lines.push('', text);
  const of = (value: string, total: string) => t('of', { value, total });
  const days = (n: number | null) => (n === null ? t('none') : t('days', { count: n }));

  const { period, rhythm, participation: pa, engagement: e, membership: m } = x;
  const range = t('periodRange', { from: dayToIso(period.from), to: dayToIso(period.to) });
  const asOf = dayToIso(period.asOf);
  const seen = period.asOf < period.to ? t('soFar', { date: asOf }) : t('asOf', { date: asOf });
  lines.push(
    t('title', { group: x.settings.groupName, period: period.label ?? range }) +
      (period.label ? ` (${range}, ${seen})` : ` (${seen})`),
  );

  heading(t('rhythm.heading'));
  line(t('rhythm.held'), of(num(rhythm.meetingsHeld), num(rhythm.meetingsExpected)));
  line(t('rhythm.months'), of(num(rhythm.monthsWithMeeting), num(rhythm.monthsInPeriod)));
  line(t('rhythm.gap'), days(rhythm.longestGapDays));
  line(t('rhythm.since'), days(rhythm.daysSinceLastMeeting));
  line(t('rhythm.streak'), t('months', { count: rhythm.monthStreak }));

  heading(t('participation.heading'));
  line(t('participation.average'), pct(pa.averageRate));
  line(t('participation.fullPillar'), pct(pa.fullPillarShare));
  line(t('participation.women'), pct(pa.womenShare));
  line(t('participation.byPillar'), '');
  for (const p of PILLARS_AND_OBSERVER) {
    const c = pa.byPillar[p];
    line(`  ${listLabel('pillar', p, lang)}`, `${num(c.attended)} / ${num(c.expected)}  ${pct(c.rate)}`);
  }
  if (pa.meetings.length === 0) lines.push(`  ${t('participation.noMeeting')}`);
  else line(t('participation.meetings'), '');
  for (const r of pa.meetings)
    line(
      `  ${r.meetingId}`,
      `${dayToIso(r.date)}  ${num(r.attended)} / ${num(r.expected)}  ${pct(r.rate)}  ${r.pillarsPresent}/4`,
    );

  heading(t('engagement.heading'));
  lines.push(
    `  ${t('engagement.classes', { regular: e.regular, occasional: e.occasional, inactive: e.inactive, new: e.new })}`,
  );
  line(t('engagement.regularShare'), pct(e.regularShare));
  // French puts a space before the colon: the list's punctuation is the language's.
  const atRiskList = t('engagement.atRiskList', { count: e.atRisk.length, ids: e.atRisk.join(', ') });
  line(t('engagement.atRisk'), e.atRisk.length === 0 ? '0' : atRiskList);
  line(t('engagement.retention'), pct(e.retention));

  heading(t('membership.heading'));
  line(t('membership.active'), num(m.active));
  for (const p of PILLARS_AND_OBSERVER) line(`  ${listLabel('pillar', p, lang)}`, num(m.byPillar[p]));
  line(t('membership.atMinimum', { min: x.settings.minPerPillar }), of(num(m.pillarsAtMinimum), '4'));
  line(t('membership.smallest'), pct(m.smallestPillarShare));
  line(t('membership.joinedLeft'), `${num(m.joined)} / ${num(m.left)}`);
  line(t('membership.organisations'), num(m.organisations));
  line(t('membership.women'), pct(m.womenShare));

  heading(t('incidents.heading'));
  const inc = x.incidents;
  if (inc === null) lines.push(`  ${t('incidents.missing')}`);
  else {
    line(t('incidents.recorded'), num(inc.recorded));
    line(t('incidents.publicSecurity'), num(inc.publicSecurity));
    const counts = (
      list: 'incidentCategory' | 'actor',
      codes: readonly string[],
      values: Readonly<Record<string, number>>,
    ) =>
      codes
        .filter((c) => (values[c] ?? 0) > 0)
        .map((c) => `${listLabel(list, c, lang)} ${num(values[c] ?? 0)}`)
        .join(', ') || t('none');
    line(t('incidents.byCategory'), counts('incidentCategory', INCIDENT_CATEGORIES, inc.byCategory));
    line(t('incidents.byActor'), counts('actor', ACTORS, inc.byActor));
    line(t('incidents.shared'), pct(inc.sharedShare));
    line(t('incidents.closed'), pct(inc.closedShare));
    line(t('incidents.toShare'), num(inc.medianDaysToShare));
    line(t('incidents.toClose'), num(inc.medianDaysToClose));
    line(t('incidents.overdue', { days: x.settings.overdueDays }), num(inc.overdue));
  }

  heading(t('targets.heading'));
  // Counts are shown as counts, rates as percentages; the ratio as a percentage of the target.
  const isCount = (k: TargetKey) => k === 'meetings' || k === 'pillarsAtMinimum';
  for (const k of TARGET_KEYS) {
    const target: Target = x.targets[k];
    const show = isCount(k) ? num : pct;
    const ratio = target.ratio === null ? '' : `  (${pct(target.ratio)})`;
    line(
      t(`targets.${k}`),
      `${show(target.value)} / ${show(target.target)}${ratio}  ${t(`targets.status.${target.status}`)}`,
    );
  }
  lines.push('', t('excluded', { ...x.excludedRows }));
  return lines.join('\n') + '\n';
}
