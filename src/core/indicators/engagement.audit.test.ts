import type { AttendanceRow, BookRows } from '../../../test/builders/workbook';
import { runEngine } from '../../../test/builders/engineRun';

// Eight monthly held meetings, Jan..Aug 2025; the default window is the last 6 (M03..M08) for a
// long-standing member. A planned September meeting counts nowhere.
const meetingIds = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08'];
const meetings: BookRows['meetings'] = [
  ...meetingIds.map((id, i) => [id, `2025-0${i + 1}-15`] as const),
  ['M09', '2025-09-15', 'Planned'],
];

/** Attendance rows from a line like '..PPPPAA' (one letter per meeting M01..M08; '.' no row). */
function line(member: string, values: string): AttendanceRow[] {
  const words: Record<string, string> = { P: 'Present', R: 'Represented', E: 'Excused', A: 'Absent' };
  return [...values].flatMap((v, i) => (v === '.' ? [] : [[meetingIds[i]!, member, words[v]!] as const]));
}

const book: BookRows = {
  members: [
    ['A', 'Extractive', '2020-01-01'], // 4 of 6 = exactly 2/3: regular; attended M06: not at risk
    ['B', 'Extractive', '2020-01-01'], // only M01, M02 (outside the window): inactive, at risk
    ['C', 'PSC', '2020-01-01'], // M03..M05 then excused: occasional, at risk (excused is not attended)
    ['D', 'Government', '2025-06-20'], // active at M07, M08 only: new (the M06 row predates joining)
    ['E', 'Government', '2025-05-15'], // joined on M05's day: window M05..M08, 2 of 4: occasional
    ['F', 'Civil society', '2020-01-01', '2025-09-01'], // left before asOf: not judged
    ['G', 'Civil society', '2025-07-10'], // joined after `from`: new, not in retention
    ['H', 'Observer', '2020-01-01'], // represented at all six: regular
    ['K', 'Civil society', '2025-06-01'], // window M06..M08 (3): 2 of 3: regular
    ['N', 'PSC', '2025-06-01'], // window M06..M08: 1 of 3 (M06): occasional, not at risk
    ['Z', 'Civil society', '2025-10-01'], // joins after asOf: not active, not judged
  ],
  meetings,
  attendance: [
    ...line('A', '..PPPPAA'),
    ...line('B', 'PPAAAAAA'),
    ...line('C', 'PPPPPEEE'),
    ...line('D', '.....PPP'),
    ...line('E', 'PPPPP..P'),
    ...line('F', 'PPPPPPPP'),
    ...line('G', '......PP'),
    ...line('H', '..RRRRRR'),
    ...line('K', '.....PPA'),
    ...line('N', '.....PAA'),
  ],
  incidents: null,
};

describe('audit: engagement, hand-computed', () => {
  const run = runEngine(book, '2025-Q3', '2025-09-30');
  const e = run.x.engagement;

  test('no errors in the book', () => {
    expect(run.validated.counts.error).toBe(0);
  });

  test('class counts, regular share, at-risk list', () => {
    expect({ regular: e.regular, occasional: e.occasional, inactive: e.inactive, new: e.new }).toEqual({
      regular: 3, // A, H, K
      occasional: 3, // C, E, N
      inactive: 1, // B
      new: 2, // D, G
    });
    expect(e.regularShare).toBe(3 / 7);
    expect(e.atRisk).toEqual(['B', 'C']);
  });

  test.each([
    { pillar: 'extractive', classes: { regular: 1, occasional: 0, inactive: 1, new: 0 } },
    { pillar: 'private_security', classes: { regular: 0, occasional: 2, inactive: 0, new: 0 } },
    { pillar: 'government', classes: { regular: 0, occasional: 1, inactive: 0, new: 1 } },
    { pillar: 'civil_society', classes: { regular: 1, occasional: 0, inactive: 0, new: 1 } },
    { pillar: 'observer', classes: { regular: 1, occasional: 0, inactive: 0, new: 0 } },
  ] as const)('byPillar.$pillar', ({ pillar, classes }) => {
    expect(e.byPillar[pillar]).toEqual(classes);
  });

  test('retention: active on 07-01 (A B C D E F H K N = 9), still active on 09-30 (all but F = 8)', () => {
    expect(e.retention).toBe(8 / 9);
  });

  test('a window of 3 (Settings) judges on M06..M08 only', () => {
    const x = runEngine({ ...book, settings: [['Engagement window (meetings)', 3]] }, '2025-Q3', '2025-09-30').x
      .engagement;
    // A: M06..M08 = P A A: 1/3 occasional. B: A A A inactive, at risk. C: E E E
    // inactive, at risk. D: M07, M08 only: new. E: . . P 1/3 occasional. G new. H 3/3 regular.
    // K P P A regular. N P A A occasional.
    expect({ regular: x.regular, occasional: x.occasional, inactive: x.inactive, new: x.new }).toEqual({
      regular: 2,
      occasional: 3,
      inactive: 2,
      new: 2,
    });
    expect(x.atRisk).toEqual(['B', 'C']);
    expect(x.regularShare).toBe(2 / 7);
  });

  test('as of mid-June: the window ends with the last meeting held by asOf (M06), not later ones', () => {
    const x = runEngine(book, { kind: 'range', from: '2025-06-01', to: '2025-06-30' }, '2025-06-16').x.engagement;
    // Window M01..M06. A ..PPPP 4/6 regular. B PPAAAA 2/6 occasional, last 3 A A A: at risk.
    // C PPPPPE 5/6 regular. D not yet a member. E joined 05-15: M05, M06 only: new. F PPPPPP regular.
    // G, Z not members. H ..RRRR 4/6 regular. K, N joined 06-01: M06 only: new.
    expect({ regular: x.regular, occasional: x.occasional, inactive: x.inactive, new: x.new }).toEqual({
      regular: 4,
      occasional: 1,
      inactive: 0,
      new: 3,
    });
    expect(x.atRisk).toEqual(['B']);
    // Active on 06-01: A B C E F H K N (8); all still active on 06-16.
    expect(x.retention).toBe(1);
  });

  test('at-risk IDs are sorted, and nobody active gives null shares', () => {
    const x = runEngine(
      {
        members: [
          ['m10', 'ONG', '2020-01-01'],
          ['M2', 'ONG', '2020-01-01'],
          ['M1', 'ONG', '2020-01-01'],
        ],
        meetings: meetings.slice(0, 3),
        incidents: null,
      },
      '2025-Q1',
      '2025-03-31',
    ).x.engagement;
    expect(x.inactive).toBe(3);
    expect(x.atRisk).toEqual(['M1', 'M2', 'm10']);
    const empty = runEngine({ members: [], meetings: [], incidents: null }, '2025-Q1', '2025-03-31').x.engagement;
    expect([empty.regularShare, empty.retention]).toEqual([null, null]);
  });
});
