import type { Rhythm } from '..';
import type { BookRows, MeetingRow } from '../../../test/builders/workbook';
import { runEngine } from '../../../test/builders/engineRun';

const members: BookRows['members'] = [['M1', 'Extractive', '2020-01-01']];

interface Case {
  readonly name: string;
  readonly meetings: readonly MeetingRow[];
  readonly period: string | { kind: 'range'; from: string; to: string };
  readonly today: string;
  readonly settings?: BookRows['settings'];
  readonly expected: Rhythm;
}

// Every figure worked out by hand from indicators.md, "Rhythm".
const cases: Case[] = [
  {
    // Gaps: 05-20→07-10 = 51 (the later one is in the period), 07-10→08-25 = 46, 08-25→asOf 09-30 = 36.
    // September is over without a held meeting (planned and cancelled count nowhere): streak 0.
    name: 'a finished quarter whose last month had only a planned and a cancelled meeting',
    meetings: [
      ['R0', '2025-05-20'],
      ['R1', '2025-07-10', 'Held'],
      ['R2', '2025-08-25', null],
      ['R3', '2025-09-15', 'Planned'],
      ['R4', '2025-09-20', 'Cancelled'],
    ],
    period: '2025-Q3',
    today: '2025-11-02',
    expected: {
      meetingsHeld: 2,
      meetingsExpected: 3,
      monthsInPeriod: 3,
      monthsWithMeeting: 2,
      longestGapDays: 51,
      daysSinceLastMeeting: 36,
      monthStreak: 0,
    },
  },
  {
    // So far: asOf 09-15, September not over and without a meeting yet: count from August (Aug, Jul).
    name: 'the running quarter: a month not over yet does not break the streak',
    meetings: [
      ['R0', '2025-05-20'],
      ['R1', '2025-07-10'],
      ['R2', '2025-08-25'],
      ['R3', '2025-09-20', 'Planned'],
    ],
    period: '2025-Q3',
    today: '2025-09-15',
    expected: {
      meetingsHeld: 2,
      meetingsExpected: 3,
      monthsInPeriod: 3,
      monthsWithMeeting: 2,
      longestGapDays: 51,
      daysSinceLastMeeting: 21,
      monthStreak: 2,
    },
  },
  {
    // Streak Feb, Jan, Dec, Nov = 4 across the year boundary; the Nov→Dec gap (35) is not counted
    // (its later meeting is before the period); Dec 10→Jan 15 = 36; Jan 15→Feb 12 = 28; Feb 12→Mar 10 = 26.
    name: 'a streak across a year boundary',
    meetings: [
      ['R1', '2024-11-05'],
      ['R2', '2024-12-10'],
      ['R3', '2025-01-15'],
      ['R4', '2025-02-12'],
    ],
    period: '2025-Q1',
    today: '2025-03-10',
    expected: {
      meetingsHeld: 2,
      meetingsExpected: 3,
      monthsInPeriod: 3,
      monthsWithMeeting: 2,
      longestGapDays: 36,
      daysSinceLastMeeting: 26,
      monthStreak: 4,
    },
  },
  {
    // 07-20..08-10 touches July and August; the July meeting (07-15) is before `from`, so only
    // August has a meeting of the period. Gap 07-15→08-05 = 21 counts (later one in the period).
    name: 'a period starting mid-month',
    meetings: [
      ['R1', '2025-07-15'],
      ['R2', '2025-08-05'],
    ],
    period: { kind: 'range', from: '2025-07-20', to: '2025-08-10' },
    today: '2025-12-31',
    expected: {
      meetingsHeld: 1,
      meetingsExpected: 2,
      monthsInPeriod: 2,
      monthsWithMeeting: 1,
      longestGapDays: 21,
      daysSinceLastMeeting: 5,
      monthStreak: 2,
    },
  },
  {
    name: 'no meeting ever held: gaps and days since are null, streak 0',
    meetings: [
      ['R1', '2025-07-15', 'Planned'],
      ['R2', '2025-08-15', 'Cancelled'],
    ],
    period: '2025-Q3',
    today: '2025-10-01',
    expected: {
      meetingsHeld: 0,
      meetingsExpected: 3,
      monthsInPeriod: 3,
      monthsWithMeeting: 0,
      longestGapDays: null,
      daysSinceLastMeeting: null,
      monthStreak: 0,
    },
  },
  {
    // Only a meeting before the period: the gap is last meeting → asOf, 05-10 → 09-30 = 143.
    name: 'meetings only before the period',
    meetings: [['R1', '2025-05-10']],
    period: '2025-Q3',
    today: '2025-10-01',
    expected: {
      meetingsHeld: 0,
      meetingsExpected: 3,
      monthsInPeriod: 3,
      monthsWithMeeting: 0,
      longestGapDays: 143,
      daysSinceLastMeeting: 143,
      monthStreak: 0,
    },
  },
  {
    // A meeting marked held but dated after asOf is not held yet; August is over without one.
    name: 'a "held" meeting after asOf counts nowhere; two meetings per month expected',
    meetings: [
      ['R1', '2025-07-01'],
      ['R2', '2025-07-31'],
      ['R3', '2025-09-20', 'Held'],
    ],
    period: '2025-Q3',
    today: '2025-09-10',
    settings: [['Target meetings per month', 2]],
    expected: {
      meetingsHeld: 2,
      meetingsExpected: 6,
      monthsInPeriod: 3,
      monthsWithMeeting: 1,
      longestGapDays: 41,
      daysSinceLastMeeting: 41,
      monthStreak: 0,
    },
  },
  {
    // asOf is August's last day and August has no meeting: the month is over, streak 0.
    name: 'asOf on the last day of a month without a meeting',
    meetings: [['R1', '2025-07-10']],
    period: { kind: 'range', from: '2025-07-01', to: '2025-08-31' },
    today: '2026-01-01',
    expected: {
      meetingsHeld: 1,
      meetingsExpected: 2,
      monthsInPeriod: 2,
      monthsWithMeeting: 1,
      longestGapDays: 52,
      daysSinceLastMeeting: 52,
      monthStreak: 0,
    },
  },
  {
    // Two meetings the same day: a gap of 0, one month. asOf = 2024-02-29 (leap day, last of Feb).
    name: 'two meetings on the same day and a leap-year February',
    meetings: [
      ['R1', '2024-01-31'],
      ['R2', '2024-02-29'],
      ['R3', '2024-02-29'],
    ],
    period: { kind: 'range', from: '2024-02-01', to: '2024-02-29' },
    today: '2024-06-01',
    expected: {
      meetingsHeld: 2,
      meetingsExpected: 1,
      monthsInPeriod: 1,
      monthsWithMeeting: 1,
      longestGapDays: 29,
      daysSinceLastMeeting: 0,
      monthStreak: 2,
    },
  },
];

describe('audit: rhythm, hand-computed', () => {
  test.each(cases)('$name', ({ meetings, period, today, settings, expected }) => {
    const { x, validated } = runEngine({ members, meetings, settings }, period, today);
    expect(validated.counts.error).toBe(0);
    expect(x.rhythm).toEqual(expected);
  });
});
