import { dayToIso, resolvePeriod, type PeriodRequest } from '..';
import { day } from '../../../test/builders/workbook';

const iso = (request: PeriodRequest, today: string) => {
  const r = resolvePeriod(request, day(today));
  if (!r.ok) return r.error.code;
  const { from, to, asOf, label } = r.period;
  return { from: dayToIso(from), to: dayToIso(to), asOf: dayToIso(asOf), label };
};

describe('audit: periods (indicators.md, first paragraph)', () => {
  test.each([
    [{ kind: 'quarter', quarter: '2025-Q1' }, '2026-01-01', ['2025-01-01', '2025-03-31', '2025-03-31', '2025-Q1']],
    [{ kind: 'quarter', quarter: '2024-Q1' }, '2026-01-01', ['2024-01-01', '2024-03-31', '2024-03-31', '2024-Q1']],
    [{ kind: 'quarter', quarter: '2025-Q2' }, '2026-01-01', ['2025-04-01', '2025-06-30', '2025-06-30', '2025-Q2']],
    [{ kind: 'quarter', quarter: '2025-Q3' }, '2025-08-14', ['2025-07-01', '2025-09-30', '2025-08-14', '2025-Q3']],
    [{ kind: 'quarter', quarter: '2025-Q4' }, '2025-12-31', ['2025-10-01', '2025-12-31', '2025-12-31', '2025-Q4']],
    [{ kind: 'quarter', quarter: '2025-q4' }, '2025-10-01', ['2025-10-01', '2025-12-31', '2025-10-01', '2025-Q4']],
    [{ kind: 'year', year: '2024' }, '2030-01-01', ['2024-01-01', '2024-12-31', '2024-12-31', '2024']],
    [{ kind: 'year', year: '2025' }, '2025-03-01', ['2025-01-01', '2025-12-31', '2025-03-01', '2025']],
    [
      { kind: 'range', from: '2025-07-20', to: '2025-08-10' },
      '2025-08-10',
      ['2025-07-20', '2025-08-10', '2025-08-10', null],
    ],
    [
      { kind: 'range', from: '2025-07-20', to: '2025-07-20' },
      '2025-09-01',
      ['2025-07-20', '2025-07-20', '2025-07-20', null],
    ],
  ] as const)('%p as of %s', (request, today, [from, to, asOf, label]) => {
    expect(iso(request, today)).toEqual({ from, to, asOf, label });
  });

  // indicators.md: `--quarter 2025-Q3` (or `--year 2025`, or `--from 2025-07-01 --to 2025-09-30`) prints
  // the object whose period.label is "2025-Q3"; label is null only "for another range".
  test.each([
    [{ kind: 'range', from: '2025-07-01', to: '2025-09-30' }, '2025-Q3'],
    [{ kind: 'range', from: '2024-10-01', to: '2024-12-31' }, '2024-Q4'],
    [{ kind: 'range', from: '2024-01-01', to: '2024-12-31' }, '2024'],
    [{ kind: 'range', from: '2025-07-01', to: '2025-09-29' }, null],
    [{ kind: 'range', from: '2025-07-02', to: '2025-09-30' }, null],
    [{ kind: 'range', from: '2025-07-01', to: '2025-12-31' }, null],
    [{ kind: 'range', from: '2024-01-01', to: '2025-12-31' }, null],
  ] as const)('a range %p is labelled %p', (request, label) => {
    const r = iso(request, '2026-06-01');
    expect(typeof r === 'string' ? r : r.label).toBe(label);
  });

  test.each([
    [{ kind: 'quarter', quarter: '2025-Q5' }, 'period/bad-quarter'],
    [{ kind: 'quarter', quarter: '25-Q3' }, 'period/bad-quarter'],
    [{ kind: 'year', year: '25' }, 'period/bad-year'],
    [{ kind: 'range', from: '2025-02-30', to: '2025-03-31' }, 'period/bad-date'],
    [{ kind: 'range', from: '2025-07-01', to: '' }, 'period/bad-date'],
    [{ kind: 'range', from: '2025-09-01', to: '2025-08-31' }, 'period/reversed'],
  ] as const)('%p is refused: %s', (request, code) => {
    expect(iso(request, '2025-12-31')).toBe(code);
  });

  // The dates of a range refuse years before 100 (`0099-01-01` is not a date the engine can hold:
  // Date.UTC reads 0–99 as 1900–1999), so a year or quarter written that way must be refused too,
  // never silently measured as 1999 under the label 0099.
  test.each([
    [{ kind: 'year', year: '0099' }, 'period/bad-year'],
    [{ kind: 'quarter', quarter: '0050-Q1' }, 'period/bad-quarter'],
    [{ kind: 'range', from: '0099-01-01', to: '0099-12-31' }, 'period/bad-date'],
  ] as const)('a year before 100 (%p) is refused, never read as 19xx', (request, code) => {
    expect(iso(request, '2025-12-31')).toBe(code);
  });
});
