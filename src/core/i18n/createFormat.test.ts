import { resolvePeriod } from '../indicators/period';
import { dayFromYmd } from '../workbook/day';
import { createFormat } from './createFormat';

const fr = createFormat('fr');
const en = createFormat('en');
const day = dayFromYmd(2025, 7, 1);

function period(quarter: string, today: number) {
  const r = resolvePeriod({ kind: 'quarter', quarter }, today);
  if (!r.ok) throw new Error(r.error.code);
  return r.period;
}

describe('createFormat: one way to write figures and words in each language', () => {
  it('writes French dates day first and English ones as ISO', () => {
    expect(fr.date(day)).toBe('01/07/2025');
    expect(en.date(day)).toBe('2025-07-01');
    expect([fr.date(null), en.date(null)]).toEqual(['—', '—']);
    expect([fr.month(day), en.month(day)]).toEqual(['juil. 2025', 'Jul 2025']);
  });

  it('writes numbers and percentages in each language’s own forms', () => {
    // French puts a no-break space before % and a narrow one between thousands.
    expect(fr.percent(0.675)).toBe('68\u00a0%');
    expect(en.percent(0.675)).toBe('68%');
    expect([fr.number(12.5), en.number(12.5)]).toEqual(['12,5', '12.5']);
    expect([fr.count(1204), en.count(1204)]).toEqual(['1\u202f204', '1,204']);
    expect(fr.percent(null)).toBe('—');
  });

  it('writes a period with its kind and span, and when its figures stand', () => {
    const finished = period('2025-Q3', dayFromYmd(2025, 10, 15));
    const running = period('2025-Q3', dayFromYmd(2025, 8, 20));
    expect(fr.period(finished)).toBe('Trimestre 2025-Q3 (01/07/2025 au 30/09/2025)');
    expect(en.period(finished)).toBe('Quarter 2025-Q3 (2025-07-01 to 2025-09-30)');
    expect([fr.asOf(finished), fr.asOf(running)]).toEqual(['au 30/09/2025', 'à ce jour, au 20/08/2025']);
    expect(en.asOf(running)).toBe('so far, as of 2025-08-20');
    expect(fr.running('2025-Q4')).toBe('2025-Q4 (en cours)');
  });

  it('shows counted targets as counts and the others as percentages', () => {
    expect([en.targetValue('meetings', 3), en.targetValue('attendance', 0.6)]).toEqual(['3', '60%']);
    expect(en.targetValue('pillarsAtMinimum', null)).toBe('—');
  });

  it('names targets, statuses, audiences and list values once for every door', () => {
    expect(fr.status('on_track')).toBe('En bonne voie');
    expect(en.status('withheld')).toBe('Not published');
    expect(fr.target('regular')).toBe('Part de membres réguliers');
    expect([fr.audience('donor'), en.audience('internal')]).toEqual(['Bailleurs', 'Internal']);
    expect([fr.list('pillar', 'civil_society'), en.list('actor', 'mining_police'), en.list('severity', null)]).toEqual([
      'Société civile',
      'Mining police (PMH)',
      '—',
    ]);
  });

  it('words a period error with its dates in the language', () => {
    const r = resolvePeriod({ kind: 'quarter', quarter: '2025-Q4' }, dayFromYmd(2025, 9, 30));
    if (r.ok) throw new Error('2025-Q4 has not started on 30 September');
    expect(fr.periodError(r.error)).toBe(
      'La période commence le 01/10/2025, après aujourd’hui (30/09/2025)\u00a0: rien à mesurer encore.',
    );
    expect(en.periodError({ code: 'period/bad-year', value: '25' })).toBe(
      '“25” is not a year: write it with four digits, like 2025.',
    );
  });
});
