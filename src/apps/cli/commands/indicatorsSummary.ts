import {
  ACTORS,
  INCIDENT_CATEGORIES,
  MEASURES,
  MEASURE_TARGETS,
  PILLARS_AND_OBSERVER,
  createFormat,
  type Indicators,
  type Lang,
  type ListCode,
  type Target,
} from '../../../core';
import { indicatorsT } from './indicators.messages';
import { programmeSummary } from './programmeSummary';

const LABEL_WIDTH = 46;

/**
 * The readable summary of `vpwg indicators` (no --json): each block of indicators.md and
 * programme.md, the targets grouped by the programme's measures, with rates
 * as percentages and targets with their status in words, in the user's language, formatted as
 * the dashboard and the report format them (createFormat).
 */
export function indicatorsSummary(x: Indicators, lang: Lang): string {
  const t = indicatorsT(lang);
  const f = createFormat(lang);
  const { percent: pct, number: num } = f;
  const lines: string[] = [];
  const line = (label: string, value: string) => lines.push(`  ${label.padEnd(LABEL_WIDTH)} ${value}`.trimEnd());
  const heading = (text: string) => lines.push('', text);
  const of = (value: string, total: string) => t('of', { value, total });
  const days = (n: number | null) => (n === null ? f.none : t('days', { count: n }));

  const { period, rhythm, participation: pa, engagement: e, membership: m } = x;
  lines.push(t('title', { group: x.settings.groupName, period: f.period(period), asOf: f.asOf(period) }));

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
    line(`  ${f.list('pillar', p)}`, `${num(c.attended)} / ${num(c.expected)}  ${pct(c.rate)}`);
  }
  if (pa.meetings.length === 0) lines.push(`  ${t('participation.noMeeting')}`);
  else line(t('participation.meetings'), '');
  for (const r of pa.meetings)
    line(
      `  ${r.meetingId}`,
      `${f.date(r.date)}  ${num(r.attended)} / ${num(r.expected)}  ${pct(r.rate)}  ${r.pillarsPresent}/4`,
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
  for (const p of PILLARS_AND_OBSERVER) line(`  ${f.list('pillar', p)}`, num(m.byPillar[p]));
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
    const counts = <L extends 'incidentCategory' | 'actor'>(
      list: L,
      codes: readonly ListCode<L>[],
      values: Readonly<Record<ListCode<L>, number>>,
    ) =>
      codes
        .filter((c) => values[c] > 0)
        .map((c) => `${f.list(list, c)} ${num(values[c])}`)
        .join(', ') || f.none;
    line(t('incidents.byCategory'), counts('incidentCategory', INCIDENT_CATEGORIES, inc.byCategory));
    line(t('incidents.byActor'), counts('actor', ACTORS, inc.byActor));
    line(t('incidents.shared'), pct(inc.sharedShare));
    line(t('incidents.closed'), pct(inc.closedShare));
    line(t('incidents.toShare'), num(inc.medianDaysToShare));
    line(t('incidents.toClose'), num(inc.medianDaysToClose));
    line(t('incidents.overdue', { days: x.settings.overdueDays }), num(inc.overdue));
  }

  programmeSummary(x, lang, { line, heading, text: (text) => lines.push(`  ${text}`) });

  heading(t('targets.heading'));
  // Grouped by the programme's measures. Counts are shown as counts, rates as percentages; the
  // ratio as a percentage of the target.
  for (const measure of MEASURES) {
    lines.push(` ${f.measure(measure)}`);
    for (const k of MEASURE_TARGETS[measure]) {
      const target: Target = x.targets[k];
      const ratio = target.ratio === null ? '' : `  (${pct(target.ratio)})`;
      line(
        f.target(k),
        `${f.targetValue(k, target.value)} / ${f.targetValue(k, target.target)}${ratio}  ${f.status(target.status)}`,
      );
    }
  }
  lines.push('', t('excluded', { ...x.excludedRows }));
  return lines.join('\n') + '\n';
}
