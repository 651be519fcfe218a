import { indicatorsOf, meeting, validated } from '../../../test/builders/buildValidated';
import { day } from '../../../test/builders/workbook';

// Held monthly from May to September 2025, plus a planned and a cancelled one that count nowhere.
const monthly = [
  meeting('R1', '2025-05-20'),
  meeting('R2', '2025-06-18'),
  meeting('R3', '2025-07-16'),
  meeting('R4', '2025-08-20', { status: 'held' }),
  meeting('R5', '2025-09-17'),
  meeting('R6', '2025-09-05', { status: 'cancelled' }),
  meeting('R7', '2025-09-29', { status: 'planned' }),
];

describe('rhythm', () => {
  it('counts a quarter that is over, ignoring planned and cancelled meetings', () => {
    const { rhythm } = indicatorsOf(validated({ meetings: monthly }), '2025-Q3', '2025-11-02');
    expect(rhythm).toEqual({
      meetingsHeld: 3,
      meetingsExpected: 3,
      monthsInPeriod: 3,
      monthsWithMeeting: 3,
      // 16 Jul → 20 Aug is 35 days; the other gaps are 28, 28 and 13 (17 Sep → 30 Sep).
      longestGapDays: 35,
      daysSinceLastMeeting: 13,
      // September, August, July, June, May; April has none.
      monthStreak: 5,
    });
  });

  it('gives the running quarter "so far": a meeting dated after today is not held yet', () => {
    const { rhythm } = indicatorsOf(validated({ meetings: monthly }), '2025-Q3', '2025-08-10');
    expect(rhythm).toEqual({
      meetingsHeld: 1,
      meetingsExpected: 2,
      monthsInPeriod: 2,
      monthsWithMeeting: 1,
      // 18 Jun → 16 Jul is 28 days, longer than 16 Jul → 10 Aug (25).
      longestGapDays: 28,
      daysSinceLastMeeting: 25,
      // August is not over and has no meeting yet: counting starts from July.
      monthStreak: 3,
    });
  });

  it('ends the streak with a month that is over without a meeting, not before', () => {
    const meetings = [meeting('A', '2025-06-18'), meeting('B', '2025-07-16'), meeting('C', '2025-09-17')];
    expect(indicatorsOf(validated({ meetings }), '2025-Q3', '2025-08-30').rhythm.monthStreak).toBe(2);
    expect(indicatorsOf(validated({ meetings }), '2025-Q3', '2025-08-31').rhythm.monthStreak).toBe(0);
  });

  it('keeps a streak across a year boundary', () => {
    const meetings = ['2024-11-12', '2024-12-10', '2025-01-14', '2025-02-11'].map((date, i) => meeting(`S${i}`, date));
    const { rhythm } = indicatorsOf(validated({ meetings }), '2025-Q1', '2025-02-20');
    expect(rhythm.monthStreak).toBe(4);
    expect(rhythm.monthsInPeriod).toBe(2);
    expect(rhythm.meetingsHeld).toBe(2);
  });

  it('counts the months a period starting mid-month touches, and only meetings inside it', () => {
    const meetings = ['2025-07-03', '2025-07-20', '2025-08-20', '2025-09-05', '2025-09-17'].map((date, i) =>
      meeting(`T${i}`, date),
    );
    const { rhythm } = indicatorsOf(
      validated({ meetings }),
      { kind: 'range', from: '2025-07-21', to: '2025-09-10' },
      '2025-12-01',
    );
    expect(rhythm).toEqual({
      meetingsHeld: 2,
      meetingsExpected: 3,
      monthsInPeriod: 3,
      // July's meetings are before the period's start.
      monthsWithMeeting: 2,
      // 20 Jul → 20 Aug (31 days) counts: its later meeting is in the period.
      longestGapDays: 31,
      daysSinceLastMeeting: 5,
      monthStreak: 3,
    });
  });

  it('measures the gap since the last meeting when none is held in the period', () => {
    const meetings = [meeting('A', '2025-05-20'), meeting('B', '2025-06-18')];
    const { rhythm } = indicatorsOf(validated({ meetings }), '2025-Q3', '2025-10-02');
    expect(rhythm.meetingsHeld).toBe(0);
    expect(rhythm.monthsWithMeeting).toBe(0);
    expect(rhythm.longestGapDays).toBe(104);
    expect(rhythm.daysSinceLastMeeting).toBe(104);
    expect(rhythm.monthStreak).toBe(0);
  });

  it('has no gap and no days since the last meeting when no meeting was ever held', () => {
    const meetings = [meeting('P', '2025-08-01', { status: 'planned' })];
    const { rhythm } = indicatorsOf(validated({ meetings }), '2025-Q3', '2025-10-02');
    expect(rhythm).toEqual({
      meetingsHeld: 0,
      meetingsExpected: 3,
      monthsInPeriod: 3,
      monthsWithMeeting: 0,
      longestGapDays: null,
      daysSinceLastMeeting: null,
      monthStreak: 0,
    });
  });

  it('counts two meetings in a month once among months, and uses the meetings-per-month target', () => {
    const meetings = [meeting('A', '2025-07-02'), meeting('B', '2025-07-02'), meeting('C', '2025-07-30')];
    const { rhythm, targets } = indicatorsOf(
      validated({ meetings, settings: { meetingsPerMonth: 2 } }),
      '2025-Q3',
      '2025-10-02',
    );
    expect(rhythm.meetingsHeld).toBe(3);
    expect(rhythm.monthsWithMeeting).toBe(1);
    expect(rhythm.meetingsExpected).toBe(6);
    expect(rhythm.longestGapDays).toBe(62); // 30 Jul → 30 Sep
    expect(targets.meetings).toEqual({ value: 3, target: 6, ratio: 0.5, status: 'off_track' });
  });
});

describe('held meetings per month', () => {
  const meetings = [
    meeting('A', '2024-10-03'),
    meeting('B', '2024-09-30'), // the month before the twelve: not shown
    meeting('C', '2025-09-01'),
    meeting('D', '2025-09-29'),
    meeting('E', '2025-09-30', { status: 'planned' }),
    meeting('F', '2025-10-02'), // after today: not held yet
  ];

  it('counts the twelve calendar months ending with the month of asOf, zeros included', () => {
    const { heldByMonth } = indicatorsOf(validated({ meetings }), '2025-Q3', '2025-09-30');
    expect(heldByMonth).toHaveLength(12);
    expect(heldByMonth[0]).toEqual({ month: day('2024-10-01'), held: 1 });
    expect(heldByMonth[11]).toEqual({ month: day('2025-09-01'), held: 2 });
    expect(heldByMonth.slice(1, 11).every((m) => m.held === 0)).toBe(true);
  });

  it('ends with the month of asOf in a running period, the days after asOf not counted', () => {
    const { heldByMonth } = indicatorsOf(validated({ meetings }), '2025-Q4', '2025-10-01');
    expect(heldByMonth.at(-1)).toEqual({ month: day('2025-10-01'), held: 0 });
    expect(heldByMonth.at(-2)).toEqual({ month: day('2025-09-01'), held: 2 });
  });
});
