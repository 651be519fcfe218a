import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CountCell, ReportModel } from '../../src/core';
import { Q3, reportModel, sampleWorkbook, YEAR } from './sampleReport';

/**
 * Golden tests: the report model of the built-in sample, as committed JSON. A change to a
 * figure shows up as a diff to review; `UPDATE_GOLDEN=1 npx jest test/report` rewrites them.
 */
function golden(name: string, model: ReportModel): void {
  const file = join(__dirname, 'golden', `${name}.json`);
  const text = `${JSON.stringify(model, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
  if (!existsSync(file)) throw new Error(`no golden file ${file}: run with UPDATE_GOLDEN=1 and review it`);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

/** Every number of a model, in order: the figures, whatever the language of the workbook's texts. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbers);
  return [];
}

/**
 * The figures of a model: its numbers in order, except in the lists sorted by a name (the mapped
 * organisations, the initiatives), whose order follows the language of the names: each row's
 * numbers, the rows in number order.
 */
function figures(model: ReportModel): unknown {
  const rows = (list: readonly object[] | null): number[][] =>
    (list ?? []).map(numbers).sort((a, b) => a.join(',').localeCompare(b.join(',')));
  const stakeholders = model.outreach.kind === 'figures' ? model.outreach.stakeholders : null;
  return {
    rest: numbers({ ...model, links: { ...model.links, initiatives: [] }, outreach: null }),
    outreach: model.outreach.kind === 'figures' ? numbers(model.outreach.figures) : null,
    stakeholders: rows(stakeholders),
    initiatives: rows(model.links.initiatives),
  };
}

const fr = sampleWorkbook('fr');
const en = sampleWorkbook('en');

describe('the report model of the sample workbook', () => {
  it.each([
    ['sample-2025-Q3-donor', Q3, 'donor'],
    ['sample-2025-Q3-internal', Q3, 'internal'],
    ['sample-2025-donor', YEAR, 'donor'],
    ['sample-2025-internal', YEAR, 'internal'],
  ] as const)('%s matches its golden file', (name, period, audience) => {
    golden(name, reportModel(fr, period, audience));
  });

  it.each(['donor', 'internal'] as const)(
    'has the same figures from the French and the English sample (%s)',
    (audience) => {
      expect(figures(reportModel(en, YEAR, audience))).toEqual(figures(reportModel(fr, YEAR, audience)));
    },
  );
});

describe('what each audience gets', () => {
  const donor = reportModel(fr, YEAR, 'donor');
  const internal = reportModel(fr, YEAR, 'internal');

  it('donor: no member list, no meeting topics, no incident rows', () => {
    expect(donor.membership.atRisk).toBeNull();
    expect(donor.meetings.meetings.every((m) => m.topics === null)).toBe(true);
    expect(donor.incidents.kind === 'figures' && donor.incidents.rows).toBeNull();
  });

  it('internal: the members at risk by name, topics, the non-confidential incidents', () => {
    expect(internal.membership.atRisk?.length).toBe(internal.engagement.atRiskCount);
    expect(internal.membership.atRisk?.every((m) => m.name.length > 0)).toBe(true);
    expect(internal.meetings.meetings.some((m) => (m.topics ?? []).length > 0)).toBe(true);
    expect(internal.incidents.kind === 'figures' && (internal.incidents.rows ?? []).length).toBeGreaterThan(0);
  });

  it('donor breakdowns never show a count from 1 to minCount − 1, and never leave a single masked cell', () => {
    if (donor.incidents.kind !== 'figures') throw new Error('the sample year has enough incidents for figures');
    const minCount = donor.summary.minCount;
    const tables: CountCell[][] = [
      donor.incidents.byCategory.map((r) => r.count),
      donor.incidents.byActor.map((r) => r.count),
      donor.incidents.byTerritory.map((r) => r.count),
    ];
    for (const cells of tables) {
      for (const c of cells) if (c.kind === 'count') expect(c.value === 0 || c.value >= minCount).toBe(true);
      const masked = cells.filter((c) => c.kind !== 'count').length;
      expect(masked).not.toBe(1);
    }
  });

  it('the donor chart and highlights use the protected incident figures', () => {
    if (donor.incidents.kind !== 'figures') throw new Error('figures expected');
    expect(donor.charts.incidentsByCategory).toEqual(donor.incidents.byCategory);
    const fact = donor.highlights.find((h) => h.kind === 'incidents');
    expect(fact && fact.kind === 'incidents' && fact.overdue).toEqual(donor.incidents.overdue);
  });

  it('gives three to six highlights', () => {
    for (const model of [donor, internal, reportModel(fr, Q3, 'donor')]) {
      expect(model.highlights.length).toBeGreaterThanOrEqual(3);
      expect(model.highlights.length).toBeLessThanOrEqual(6);
    }
  });
});
