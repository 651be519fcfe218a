import type { CountCell, PeriodRequest, ReportModel } from '../../../core';
import { incidentWorkbook, sheetRows, type IncidentSpec } from '../../../../test/report/incidentWorkbook';
import { reportBytes, reportModel } from '../../../../test/report/sampleReport';

/**
 * Issue 11, linked donor tables: a donor report for a year is protected together with the donor
 * reports of its quarters, as if those were published. The Kipushi workbook: 5 killings and 5 uses
 * of force in Kipushi in each of Q1–Q3 2025, then 1 killing and 2 uses of force in Q4. The Q4
 * report says only "fewer than 5 incidents"; before, the 2025 report said 33 recorded, killing
 * 16, use of force 17, Kipushi 33, and subtracting Q1–Q3 gave Q4 exactly.
 */
const AFTER = '2026-01-15';
const quarter = (q: number): PeriodRequest => ({ kind: 'quarter', quarter: `2025-Q${q}` });
const YEAR: PeriodRequest = { kind: 'year', year: '2025' };

const killing = (date: string, extra: Partial<IncidentSpec> = {}): IncidentSpec => ({
  date,
  territory: 'Kipushi',
  category: 'Killing',
  actor: 'FARDC',
  ...extra,
});
const force = (date: string): IncidentSpec => ({
  date,
  territory: 'Kipushi',
  category: 'Excessive use of force',
  actor: 'PNC',
});
/** Q1–Q3: killings shared and closed within their quarter, uses of force neither. */
const quarterOfTen = (month: string): [number, IncidentSpec][] => [
  [5, killing(`2025-${month}-10`, { sharedOn: `2025-${month}-20`, closed: `2025-${month}-25` })],
  [5, force(`2025-${month}-10`)],
];
const kipushi = (q4: readonly [number, IncidentSpec][]) =>
  incidentWorkbook([...quarterOfTen('01'), ...quarterOfTen('04'), ...quarterOfTen('07'), ...q4]);
const KIPUSHI = kipushi([
  [1, killing('2025-10-10')],
  [2, force('2025-10-10')],
]);

function figures(model: ReportModel) {
  if (model.incidents.kind !== 'figures') throw new Error(`expected figures, got ${model.incidents.kind}`);
  return model.incidents;
}
const value = (c: CountCell | undefined): number | null => (c?.kind === 'count' ? c.value : null);

/** Each linked figure of a report, by name: what a reader lines up across the five reports. */
function linked(model: ReportModel): Map<string, number | null> {
  const f = figures(model);
  const out = new Map<string, number | null>([['recorded', value(f.recorded)]]);
  for (const r of f.byCategory) out.set(`category ${r.key}`, value(r.count));
  for (const r of f.byActor) out.set(`actor ${r.key}`, value(r.count));
  out.set('public security', value(f.publicSecurity));
  for (const r of f.byTerritory)
    if (r.territory.kind === 'named') out.set(`territory ${r.territory.name}`, value(r.count));
  return out;
}

/**
 * The attack of issue 11: for every figure the year publishes as a number while every quarter
 * but one publishes it too, the missing quarter's count is the difference. A quarter reporting
 * "fewer than minCount" publishes no figure: the difference is its count.
 */
function workedOut(year: ReportModel, quarters: readonly ReportModel[]): string[] {
  const y = linked(year);
  const q = quarters.map((m) => (m.incidents.kind === 'figures' ? linked(m) : new Map<string, number | null>()));
  const found: string[] = [];
  for (const [name, total] of y) {
    if (total === null) continue;
    const unknown = q.flatMap((m, i) => (typeof m.get(name) === 'number' ? [] : [i]));
    if (unknown.length !== 1) continue;
    const i = unknown[0] ?? 0;
    const rest = q.reduce((a, m, j) => a + (j === i ? 0 : (m.get(name) ?? 0)), 0);
    if (total - rest >= 1) found.push(`Q${i + 1} ${name} = ${total - rest}`);
  }
  return found;
}

describe('the Kipushi workbook: the 2025 donor report with its four quarters', () => {
  const quarters = [1, 2, 3, 4].map((q) => reportModel(KIPUSHI, quarter(q), 'donor', AFTER));
  const year = reportModel(KIPUSHI, YEAR, 'donor', AFTER);

  it('the quarters: Q1–Q3 publish 10 incidents, 5 and 5; Q4 only "fewer than 5 incidents"', () => {
    for (const q of quarters.slice(0, 3)) {
      expect(linked(q).get('recorded')).toBe(10);
      expect(linked(q).get('category killing')).toBe(5);
      expect(linked(q).get('territory Kipushi')).toBe(10);
    }
    expect(quarters[3]?.incidents).toEqual({ kind: 'tooFew', minCount: 5 });
  });

  it('the internal year report still counts 33, 16 and 17 (the test sees the figures)', () => {
    const internal = linked(reportModel(KIPUSHI, YEAR, 'internal', AFTER));
    expect([internal.get('recorded'), internal.get('category killing'), internal.get('category use_of_force')]).toEqual(
      [33, 16, 17],
    );
    expect(workedOut(reportModel(KIPUSHI, YEAR, 'internal', AFTER), quarters)).toContain('Q4 recorded = 3');
  });

  it('no figure of the year lets a reader with the quarters work out Q4: 3 incidents, 1 killing, Kipushi', () => {
    expect(workedOut(year, quarters)).toEqual([]);
    const f = figures(year);
    expect(f.recorded.kind).not.toBe('count');
    expect(linked(year).get('category killing')).toBeNull();
    expect(linked(year).get('category use_of_force')).toBeNull();
    expect(linked(year).get('territory Kipushi') ?? null).toBeNull();
  });

  it('zero stays zero; no share or median of a hidden total; the overdue count (every date) as in one report', () => {
    const f = figures(year);
    expect(f.byCategory.find((r) => r.key === 'sexual_violence')?.count).toEqual({ kind: 'count', value: 0 });
    // 15 of 33 shared would pass on its own; with the total hidden, 15 % of what?
    expect(f.sharedShare).toEqual({ kind: 'withheld' });
    expect(f.closedShare).toEqual({ kind: 'withheld' });
    expect(f.medianDaysToShare).toEqual({ kind: 'withheld' });
    // Open for more than 90 days on 31/12/2025: the 15 uses of force of Q1–Q3, none of Q4's.
    expect(f.overdue).toEqual({ kind: 'count', value: 15 });
    expect(year.charts.incidentsByCategory).toEqual(f.byCategory);
    const fact = year.highlights.find((h) => h.kind === 'incidents');
    expect(fact?.kind === 'incidents' && fact.recorded).toEqual(f.recorded);
  });

  it.each(['en', 'fr'] as const)('the written %s year report prints none of 33, 16 or 17', async (lang) => {
    const bytes = await reportBytes(year, lang);
    for (const sheet of lang === 'en' ? ['Incidents', 'Summary'] : ['Incidents', 'Synthèse']) {
      const cells = (await sheetRows(bytes, sheet)).flat();
      expect(cells.filter((v) => v === 33 || v === 16 || v === 17)).toEqual([]);
      expect(cells.filter((v) => typeof v === 'string' && /\b(33|16|17)\b/.test(v) && !/2025|2026/.test(v))).toEqual(
        [],
      );
    }
  });

  it('the next year’s Summary does not show 2025’s shared share as its previous figure', () => {
    const next = reportModel(KIPUSHI, { kind: 'year', year: '2026' }, 'donor', '2026-03-01');
    expect(next.summary.targets.find((r) => r.key === 'shared')?.previous).toEqual({ value: null, status: 'withheld' });
  });
});

describe('linked year tables: running years, empty quarters, ranges', () => {
  it('a running year (as of 15/11/2025) is protected with the quarter so far', () => {
    const today = '2025-11-15';
    const quarters = [1, 2, 3, 4].map((q) => reportModel(KIPUSHI, quarter(q), 'donor', today));
    const year = reportModel(KIPUSHI, YEAR, 'donor', today);
    expect(quarters[3]?.incidents.kind).toBe('tooFew');
    expect(workedOut(year, quarters)).toEqual([]);
    expect(figures(year).recorded.kind).not.toBe('count');
  });

  it('a quarter with no incident takes nothing from the year: 30 published in full', () => {
    const empty = kipushi([]);
    const quarters = [1, 2, 3, 4].map((q) => reportModel(empty, quarter(q), 'donor', AFTER));
    expect(quarters[3]?.incidents.kind).toBe('tooFew');
    const year = linked(reportModel(empty, YEAR, 'donor', AFTER));
    expect([year.get('recorded'), year.get('category killing'), year.get('territory Kipushi')]).toEqual([30, 15, 30]);
  });

  it('quarters not started yet are not part of it: as of 15/08/2025, Q1–Q3 so far, published in full', () => {
    const year = linked(reportModel(KIPUSHI, YEAR, 'donor', '2025-08-15'));
    expect(year.get('recorded')).toBe(30);
  });

  it('a range that is not a quarter or a year gets no incident figure for donors; the internal report keeps them', () => {
    const range: PeriodRequest = { kind: 'range', from: '2025-01-01', to: '2025-11-30' };
    const donor = reportModel(KIPUSHI, range, 'donor', AFTER);
    expect(donor.incidents).toEqual({ kind: 'notQuarterOrYear' });
    expect(donor.charts.incidentsByCategory).toBeNull();
    expect(donor.summary.targets.find((r) => r.key === 'shared')?.current.status).toBe('withheld');
    expect(linked(reportModel(KIPUSHI, range, 'internal', AFTER)).get('recorded')).toBe(33);
  });

  it('a range that is exactly the year is protected as the year', () => {
    const range: PeriodRequest = { kind: 'range', from: '2025-01-01', to: '2025-12-31' };
    expect(reportModel(KIPUSHI, range, 'donor', AFTER)).toEqual(reportModel(KIPUSHI, YEAR, 'donor', AFTER));
  });
});
