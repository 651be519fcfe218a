import type { MeetingStatus } from '../schema/lists';
import { dayFromIso, dayToIso } from '../workbook/day';
import { quarterWithData } from './periodWithData';

const d = (iso: string) => dayFromIso(iso)!;
const meeting = (iso: string, status: MeetingStatus = 'held') => ({ date: d(iso), status });

/** The rule's answer in words: quarter shown, running quarter, latest held meeting. */
function chosen(meetings: ReturnType<typeof meeting>[], today: string) {
  const r = quarterWithData(meetings, d(today));
  return [r.quarter, r.running, r.latestMeeting === null ? null : dayToIso(r.latestMeeting)];
}

describe('quarterWithData: the quarter the dashboard opens on', () => {
  it('keeps the running quarter when a meeting was held in it so far', () => {
    expect(chosen([meeting('2025-07-03'), meeting('2025-10-01')], '2025-10-15')).toEqual([
      '2025-Q4',
      '2025-Q4',
      '2025-10-01',
    ]);
    // Held today counts: today is in the period so far.
    expect(chosen([meeting('2025-08-20'), meeting('2025-10-15')], '2025-10-15')[0]).toBe('2025-Q4');
  });

  it('opens on the latest quarter with a held meeting when the running one has none, across a year', () => {
    expect(chosen([meeting('2025-02-10'), meeting('2025-11-12'), meeting('2025-09-30')], '2026-11-20')).toEqual([
      '2025-Q4',
      '2026-Q4',
      '2025-11-12',
    ]);
    // Year boundaries: the last day of a year, the first day of the next.
    expect(chosen([meeting('2025-12-31')], '2026-01-01')).toEqual(['2025-Q4', '2026-Q1', '2025-12-31']);
    expect(chosen([meeting('2026-01-01')], '2026-01-01')).toEqual(['2026-Q1', '2026-Q1', '2026-01-01']);
    expect(chosen([meeting('2024-03-31'), meeting('2023-12-31')], '2024-04-01')).toEqual([
      '2024-Q1',
      '2024-Q2',
      '2024-03-31',
    ]);
  });

  it('keeps the running quarter, with no latest meeting, when none was ever held', () => {
    expect(chosen([], '2026-11-20')).toEqual(['2026-Q4', '2026-Q4', null]);
  });

  it('counts only held meetings: planned and cancelled ones hold no data', () => {
    const cancelledOnly = [meeting('2026-10-05', 'cancelled'), meeting('2026-11-02', 'planned')];
    expect(chosen(cancelledOnly, '2026-11-20')).toEqual(['2026-Q4', '2026-Q4', null]);
    expect(chosen([...cancelledOnly, meeting('2026-03-09')], '2026-11-20')).toEqual([
      '2026-Q1',
      '2026-Q4',
      '2026-03-09',
    ]);
  });

  it('ignores meetings dated after today (not held yet), even in the running quarter', () => {
    expect(chosen([meeting('2025-11-12'), meeting('2026-11-21'), meeting('2027-01-05')], '2026-11-20')).toEqual([
      '2025-Q4',
      '2026-Q4',
      '2025-11-12',
    ]);
    expect(chosen([meeting('2026-12-01')], '2026-11-20')).toEqual(['2026-Q4', '2026-Q4', null]);
  });

  it('does not depend on the order of the rows', () => {
    const rows = [meeting('2024-05-02'), meeting('2025-08-30'), meeting('2023-01-10'), meeting('2025-06-01')];
    expect(chosen([...rows].reverse(), '2026-02-01')).toEqual(chosen(rows, '2026-02-01'));
    expect(chosen(rows, '2026-02-01')[0]).toBe('2025-Q3');
  });
});
