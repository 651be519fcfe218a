import type { BookRows } from '../../../test/builders/workbook';
import { runEngine } from '../../../test/builders/engineRun';

const quarterMeetings: BookRows['meetings'] = [
  ['R1', '2025-07-10'],
  ['R2', '2025-08-10'],
  ['R3', '2025-09-10'],
];

// Rates 3/6, 4/6, 2/6: their mean is 0.5 on paper, 0.49999999999999994 in floating point; with a
// 50 % target the ratio is 0.9999999999999999, which "allows for floating point" as reaching 1.
const book: BookRows = {
  members: [
    ['E1', 'Extractive', '2020-01-01'],
    ['P1', 'PSC', '2020-01-01'],
    ['G1', 'Government', '2020-01-01'],
    ['C1', 'ONG', '2020-01-01'],
    ['C2', 'ONG', '2020-01-01'],
    ['C3', 'ONG', '2020-01-01'],
  ],
  meetings: quarterMeetings,
  attendance: [
    ['R1', 'E1', 'P'],
    ['R1', 'P1', 'P'],
    ['R1', 'G1', 'P'],
    ['R2', 'E1', 'P'],
    ['R2', 'P1', 'P'],
    ['R2', 'G1', 'P'],
    ['R2', 'C1', 'P'],
    ['R3', 'E1', 'P'],
    ['R3', 'C1', 'P'],
  ],
  settings: [['Target attendance rate', '50 %']],
  incidents: null,
};

describe('audit: targets, hand-computed', () => {
  const x = runEngine(book, '2025-Q3', '2025-10-01').x;

  test.each([
    { key: 'meetings', value: 3, target: 3, ratio: 1, status: 'on_track' },
    {
      key: 'attendance',
      value: (0 + 3 / 6 + 4 / 6 + 2 / 6) / 3,
      target: 0.5,
      ratio: 0.9999999999999999,
      status: 'on_track',
    },
    // Full pillars at R2 only: 1/3 against 0.75.
    { key: 'fullPillar', value: 1 / 3, target: 0.75, ratio: 1 / 3 / 0.75, status: 'off_track' },
    // Regular (window = the 3 meetings): E1 3/3, P1 G1 C1 2/3; C2 C3 inactive: 4/6 against 0.6.
    { key: 'regular', value: 4 / 6, target: 0.6, ratio: 4 / 6 / 0.6, status: 'on_track' },
    // Extractive 1, PSC 1, government 1, civil society 3 (minimum 3): 1 of 4.
    { key: 'pillarsAtMinimum', value: 1, target: 4, ratio: 0.25, status: 'off_track' },
    { key: 'shared', value: null, target: 0.8, ratio: null, status: 'no_data' },
  ] as const)('$key', ({ key, ...expected }) => {
    expect(x.targets[key]).toEqual(expected);
  });

  test('the targets are exactly the six keys of indicators.md, in its order, then the three of programme.md', () => {
    expect(Object.keys(x.targets)).toEqual([
      'meetings',
      'attendance',
      'fullPillar',
      'regular',
      'pillarsAtMinimum',
      'shared',
      'keyStakeholders',
      'expertise',
      'links',
    ]);
  });

  test('a ratio within 1e-9 below 0.75 is at risk: 3/5 meetings with all pillars against 80 %', () => {
    const members: BookRows['members'] = [
      ['E1', 'Extractive', '2020-01-01'],
      ['P1', 'PSC', '2020-01-01'],
      ['G1', 'Government', '2020-01-01'],
      ['C1', 'ONG', '2020-01-01'],
    ];
    const all = (m: string) => members.map(([id]) => [m, id, 'P'] as const);
    const y = runEngine(
      {
        members,
        meetings: [
          ['R1', '2025-07-10'],
          ['R2', '2025-08-10'],
          ['R3', '2025-09-10'],
          ['R4', '2025-10-10'],
          ['R5', '2025-11-10'],
        ],
        attendance: [...all('R1'), ...all('R2'), ...all('R3'), ['R4', 'E1', 'P'], ['R5', 'E1', 'P']],
        settings: [['Target share of meetings with all pillars', '80%']],
        incidents: null,
      },
      { kind: 'range', from: '2025-07-01', to: '2025-11-30' },
      '2025-12-15',
    ).x;
    expect(y.targets.fullPillar).toEqual({ value: 3 / 5, target: 0.8, ratio: 0.7499999999999999, status: 'at_risk' });
  });

  test('a target of 0 is reached by any value, 0 included; its ratio (a division by 0) is null', () => {
    const zero = runEngine(
      {
        ...book,
        settings: [
          ['Target attendance rate', 0],
          ['Target share of regular members', '0%'],
        ],
      },
      '2025-Q3',
      '2025-10-01',
    ).x;
    expect(zero.targets.attendance).toEqual({
      value: zero.participation.averageRate,
      target: 0,
      ratio: null,
      status: 'on_track',
    });
    expect(zero.targets.regular).toEqual({ value: 4 / 6, target: 0, ratio: null, status: 'on_track' });
    const nobody = runEngine(
      { ...book, attendance: [], settings: [['Target attendance rate', 0]] },
      '2025-Q3',
      '2025-10-01',
    ).x.targets.attendance;
    expect(nobody).toEqual({ value: 0, target: 0, ratio: null, status: 'on_track' });
  });
});
