import type { IncidentCategory, ReportModel } from '../../../core';
import {
  attendanceChart,
  incidentCategoryChart,
  monthlyMeetingsChart,
  pillarChart,
  type ChartId,
  type ChartSpec,
} from '../../../charts';
import type { ReportText } from './reportText';

/** One chart of the Charts sheet: what to draw (null: nothing, the caption says why) and its words. */
export interface ReportChartPlan {
  readonly id: ChartId;
  readonly title: string;
  readonly caption: string;
  readonly config: ChartSpec['config'] | null;
}

/**
 * The report's four charts, from the same chart.js builders as the pane, fed with the
 * report model's (protected) chart data: a suppressed or hidden incident count draws no bar,
 * and the caption names those categories.
 */
export function reportChartPlans(model: ReportModel, x: ReportText): ReportChartPlan[] {
  const { t, format, charts } = x;
  const c = model.charts;
  const opts = { responsive: false };
  const attendance = attendanceChart(c.attendance.meetings, c.attendance.target, charts, opts);
  const pillars = pillarChart(c.activeByPillar, charts, opts);
  const months = monthlyMeetingsChart(c.meetingsPerMonth.months, c.meetingsPerMonth.target, charts, opts);
  const first = c.meetingsPerMonth.months[0]?.month ?? model.summary.period.asOf;
  const last = c.meetingsPerMonth.months[c.meetingsPerMonth.months.length - 1]?.month ?? first;
  return [
    plan(attendance, t('charts.attendanceCaption', { target: format.percent(c.attendance.target) }), x),
    plan(pillars, t('charts.pillarsCaption', { asOf: x.format.date(model.summary.period.asOf) }), x),
    plan(
      months,
      t('charts.monthsCaption', {
        first: format.month(first),
        last: format.month(last),
        target: c.meetingsPerMonth.target,
      }),
      x,
    ),
    incidentsPlan(model, x),
  ];
}

function plan(spec: ChartSpec, caption: string, x: ReportText): ReportChartPlan {
  if (spec.empty !== null)
    return { id: spec.id, title: spec.title, caption: x.t('charts.noPicture', { reason: spec.empty }), config: null };
  return { id: spec.id, title: spec.title, caption, config: spec.config };
}

function incidentsPlan(model: ReportModel, x: ReportText): ReportChartPlan {
  const { t } = x;
  const rows = model.charts.incidentsByCategory;
  if (rows === null) {
    const title = t('charts.incidentsTitle');
    const reason =
      model.incidents.kind === 'tooFew'
        ? t('charts.incidentsTooFew', { minCount: model.incidents.minCount })
        : model.incidents.kind === 'notQuarterOrYear'
          ? t('charts.incidentsNotQuarterOrYear')
          : t('incidents.noSheet');
    return { id: 'incidents', title, caption: reason, config: null };
  }
  if (!rows.some((r) => r.count.kind === 'count' && r.count.value > 0)) {
    return {
      id: 'incidents',
      title: t('charts.incidentsTitle'),
      caption: `${t('charts.incidentsCaption')} ${t('charts.incidentsAllProtected', { minCount: model.summary.minCount })}`,
      config: null,
    };
  }
  const counts = Object.fromEntries(
    rows.map((r) => [r.key, r.count.kind === 'count' ? r.count.value : null]),
  ) as Record<IncidentCategory, number | null>;
  const protectedOnes = rows
    .filter((r) => r.count.kind !== 'count')
    .map((r) => `${x.format.list('incidentCategory', r.key)} (${x.countWords(r.count)})`);
  const caption = [
    t('charts.incidentsCaption'),
    ...(protectedOnes.length ? [t('charts.incidentsProtected', { list: protectedOnes.join(', ') })] : []),
  ].join(' ');
  // A protected category says so beside its name, so an empty row is not read as zero.
  const shownAs = new Map(rows.filter((r) => r.count.kind !== 'count').map((r) => [r.key, x.countWords(r.count)]));
  const spec = incidentCategoryChart(counts, x.charts, { responsive: false }, (c) => shownAs.get(c) ?? null);
  return plan(spec, caption, x);
}
