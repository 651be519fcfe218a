import { dayFromIso, dayToIso } from '../workbook/day';
import { previousQuarterOf, quarterOf, resolvePeriod, type PeriodRequest, type PeriodResult } from './period';

const d = (iso: string) => dayFromIso(iso)!;

function resolved(request: PeriodRequest, today: string) {
  const result: PeriodResult = resolvePeriod(request, d(today));
  if (!result.ok) throw new Error(`unexpected ${result.error.code}`);
  const { from, to, asOf, label } = result.period;
  return { from: dayToIso(from), to: dayToIso(to), asOf: dayToIso(asOf), label };
}

function errorOf(request: PeriodRequest, today = '2025-10-01') {
  const result = resolvePeriod(request, d(today));
  return result.ok ? null : result.error;
}

describe('resolvePeriod', () => {
  it.each([
    ['2025-Q1', '2025-01-01', '2025-03-31'],
    ['2025-Q2', '2025-04-01', '2025-06-30'],
    ['2025-Q3', '2025-07-01', '2025-09-30'],
    ['2025-Q4', '2025-10-01', '2025-12-31'],
    [' 2024-q1 ', '2024-01-01', '2024-03-31'],
    ['2024Q4', '2024-10-01', '2024-12-31'],
  ])('reads the quarter %s as %s to %s, labelled in the canonical form', (quarter, from, to) => {
    const p = resolved({ kind: 'quarter', quarter }, '2030-01-01');
    expect(p).toEqual({ from, to, asOf: to, label: `${from.slice(0, 4)}-Q${quarter.trim().slice(-1)}` });
  });

  it('sees a quarter that is over as of its last day, and the running quarter as of today', () => {
    expect(resolved({ kind: 'quarter', quarter: '2025-Q3' }, '2025-11-02').asOf).toBe('2025-09-30');
    expect(resolved({ kind: 'quarter', quarter: '2025-Q3' }, '2025-08-10').asOf).toBe('2025-08-10');
    expect(resolved({ kind: 'quarter', quarter: '2025-Q3' }, '2025-07-01').asOf).toBe('2025-07-01');
  });

  it('reads a year and a range; a range has no label', () => {
    expect(resolved({ kind: 'year', year: '2024' }, '2025-03-01')).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
      asOf: '2024-12-31',
      label: '2024',
    });
    expect(resolved({ kind: 'range', from: '2025-07-15', to: '2025-09-10' }, '2025-09-01')).toEqual({
      from: '2025-07-15',
      to: '2025-09-10',
      asOf: '2025-09-01',
      label: null,
    });
    expect(resolved({ kind: 'range', from: '2025-07-15', to: '2025-07-15' }, '2026-01-01').to).toBe('2025-07-15');
  });

  it.each(['2025-Q5', '2025-Q0', '25-Q3', 'Q3', '2025-3', ''])('refuses the quarter %p', (quarter) => {
    expect(errorOf({ kind: 'quarter', quarter })).toEqual({ code: 'period/bad-quarter', value: quarter });
  });

  it.each(['25', '20255', 'two', '0000'])('refuses the year %p', (year) => {
    expect(errorOf({ kind: 'year', year })).toEqual({ code: 'period/bad-year', value: year });
  });

  it('refuses impossible or day-first dates, naming the bad one', () => {
    expect(errorOf({ kind: 'range', from: '2025-02-30', to: '2025-03-31' })).toEqual({
      code: 'period/bad-date',
      value: '2025-02-30',
    });
    expect(errorOf({ kind: 'range', from: '2025-01-01', to: '31/03/2025' })).toEqual({
      code: 'period/bad-date',
      value: '31/03/2025',
    });
  });

  it('refuses a range whose start is after its end', () => {
    expect(errorOf({ kind: 'range', from: '2025-09-30', to: '2025-07-01' })).toEqual({
      code: 'period/reversed',
      from: dayFromIso('2025-09-30'),
      to: dayFromIso('2025-07-01'),
    });
  });

  it('refuses a period that has not started by today', () => {
    expect(errorOf({ kind: 'quarter', quarter: '2025-Q4' }, '2025-09-30')).toEqual({
      code: 'period/not-started',
      from: dayFromIso('2025-10-01'),
      today: dayFromIso('2025-09-30'),
    });
  });
});

describe('quarterOf / previousQuarterOf', () => {
  it('names the quarter holding a day and the one before, across a year boundary', () => {
    expect(quarterOf(d('2025-09-30'))).toBe('2025-Q3');
    expect(quarterOf(d('2025-10-01'))).toBe('2025-Q4');
    expect(previousQuarterOf(d('2025-08-15'))).toBe('2025-Q2');
    expect(previousQuarterOf(d('2025-01-15'))).toBe('2024-Q4');
  });
});
