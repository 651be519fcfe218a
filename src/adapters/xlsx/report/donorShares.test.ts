import type { Lang, ReportModel, TargetRow } from '../../../core';
import { besideLabel, incidentWorkbook, sheetRows, type IncidentSpec } from '../../../../test/report/incidentWorkbook';
import { reportBytes, reportModel } from '../../../../test/report/sampleReport';

/**
 * Issue 11: a share or a median in a donor report is published only when the count it stands on
 * and its complement are each 0 or at least minCount. With 5 incidents, "20 % closed" says
 * exactly 1 was closed, and "80 % shared" that exactly 1 was not.
 */
const TODAY = '2026-01-15';
const Q3 = { kind: 'quarter', quarter: '2025-Q3' } as const;
const Q4 = { kind: 'quarter', quarter: '2025-Q4' } as const;

const kipushi = (extra: Partial<IncidentSpec> = {}): IncidentSpec => ({
  date: '2025-07-05',
  territory: 'Kipushi',
  category: 'Threats or intimidation',
  actor: 'PNC',
  ...extra,
});

/** Q3 2025: 5 incidents, 4 shared (complement 1), 1 closed. Q4 2025: 10 incidents, 5 shared, none closed. */
const raw = incidentWorkbook(
  [
    [1, kipushi({ sharedOn: '2025-07-20', closed: '2025-08-01' })],
    [3, kipushi({ sharedOn: '2025-07-20' })],
    [1, kipushi()],
    [5, kipushi({ date: '2025-10-03', sharedOn: '2025-10-20' })],
    [5, kipushi({ date: '2025-10-03' })],
  ],
  // A target other than 80 %, so that no 80 % in the report is the target's.
  [['Target share of incidents shared', 0.7]],
);

function figures(model: ReportModel) {
  if (model.incidents.kind !== 'figures') throw new Error(`expected figures, got ${model.incidents.kind}`);
  return model.incidents;
}
const sharedRow = (model: ReportModel): TargetRow | undefined => model.summary.targets.find((r) => r.key === 'shared');

describe('donor shares and medians that would name a small count are not published', () => {
  const donor = reportModel(raw, Q3, 'donor', TODAY);
  const internal = reportModel(raw, Q3, 'internal', TODAY);

  it('the internal report keeps 20 % closed and 80 % shared (the test sees them)', () => {
    expect(figures(internal).closedShare).toEqual({ kind: 'share', value: 0.2 });
    expect(figures(internal).sharedShare).toEqual({ kind: 'share', value: 0.8 });
    expect(figures(internal).medianDaysToClose).toEqual({ kind: 'days', value: 27 });
  });

  it('5 incidents, 1 closed, 1 not shared: both shares and both medians are withheld', () => {
    const f = figures(donor);
    expect(f.recorded).toEqual({ kind: 'count', value: 5 });
    expect(f.closedShare).toEqual({ kind: 'withheld' });
    expect(f.sharedShare).toEqual({ kind: 'withheld' });
    expect(f.medianDaysToClose).toEqual({ kind: 'withheld' });
    expect(f.medianDaysToShare).toEqual({ kind: 'withheld' });
  });

  it('the Summary target, the highlight and the previous-quarter column say "not published"', () => {
    expect(sharedRow(donor)?.current).toEqual({ value: null, status: 'withheld' });
    const fact = donor.highlights.find((h) => h.kind === 'incidents');
    expect(fact?.kind === 'incidents' && fact.sharedShare).toEqual({ kind: 'withheld' });
    // Q4 publishes its own 50 % (5 of 10), but not Q3's, in the previous-period column.
    const q4 = reportModel(raw, Q4, 'donor', TODAY);
    expect(figures(q4).sharedShare).toEqual({ kind: 'share', value: 0.5 });
    expect(sharedRow(q4)?.current).toEqual({ value: 0.5, status: 'off_track' });
    expect(sharedRow(q4)?.previous).toEqual({ value: null, status: 'withheld' });
    expect(sharedRow(q4)?.trend).toBeNull();
    // None closed of 10 is 0 and 10: published as 0 %, and no median of nothing.
    expect(figures(q4).closedShare).toEqual({ kind: 'share', value: 0 });
    expect(figures(q4).medianDaysToClose).toEqual({ kind: 'days', value: null });
    expect(figures(q4).medianDaysToShare).toEqual({ kind: 'days', value: 17 });
  });

  it.each<[Lang, string, string, string, string]>([
    ['en', 'Incidents', 'Share closed', 'Share shared at a meeting', 'not published'],
    ['fr', 'Incidents', 'Part clôturée', 'Part partagée en réunion', 'non publié'],
  ])('the written %s report says so, and holds neither 20 % nor 80 %', async (lang, sheet, closed, shared, words) => {
    const bytes = await reportBytes(donor, lang);
    const rows = await sheetRows(bytes, sheet);
    expect(besideLabel(rows, closed)).toBe(words);
    expect(besideLabel(rows, shared)).toBe(words);
    const summary = await sheetRows(bytes, lang === 'en' ? 'Summary' : 'Synthèse');
    for (const values of [rows, summary]) {
      expect(values.flat().filter((v) => v === 0.2 || v === 0.8)).toEqual([]);
      expect(values.flat().filter((v) => typeof v === 'string' && /\b(20|80) ?%/.test(v))).toEqual([]);
    }
  });

  it('12 incidents, 10 shared: the 2 not shared are a small count, so the share and its median are withheld', () => {
    const twelve = incidentWorkbook([
      [10, kipushi({ sharedOn: '2025-07-20' })],
      [2, kipushi()],
    ]);
    const f = figures(reportModel(twelve, Q3, 'donor', TODAY));
    expect(f.sharedShare).toEqual({ kind: 'withheld' });
    expect(f.medianDaysToShare).toEqual({ kind: 'withheld' });
    expect(f.closedShare).toEqual({ kind: 'share', value: 0 });
  });

  it('all 10 shared and closed: 100 % and its complement 0 are published, with their medians', () => {
    const ten = incidentWorkbook([[10, kipushi({ sharedOn: '2025-07-20', closed: '2025-09-01' })]]);
    const f = figures(reportModel(ten, Q3, 'donor', TODAY));
    expect(f.sharedShare).toEqual({ kind: 'share', value: 1 });
    expect(f.closedShare).toEqual({ kind: 'share', value: 1 });
    expect(f.medianDaysToShare).toEqual({ kind: 'days', value: 15 });
    expect(f.medianDaysToClose).toEqual({ kind: 'days', value: 58 });
  });
});
