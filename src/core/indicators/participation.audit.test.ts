import { day, type BookRows } from '../../../test/builders/workbook';
import { codes, runEngine } from '../../../test/builders/engineRun';

// E2 leaves on R2's day; G1 joins between R1 and R2; R3 is held with no attendance row; R4 is
// planned and R5 cancelled, both with rows that must count nowhere.
const book: BookRows = {
  members: [
    ['E1', 'Extractive', '2024-01-01', null, 'F'],
    ['E2', 'Extractive', '2024-01-01', '2025-08-20', 'M'],
    ['P1', 'Private security', '2024-01-01'],
    ['G1', 'Government', '2025-08-01', null, 'F'],
    ['C1', 'Civil society', '2024-01-01', null, 'M'],
    ['O1', 'Observer', '2024-01-01', null, 'F'],
  ],
  meetings: [
    ['R2', '2025-08-20'],
    ['R1', '2025-07-16', 'Held'],
    ['R3', '2025-09-17'],
    ['R4', '2025-09-24', 'Planned'],
    ['R5', '2025-08-27', 'Cancelled'],
    ['R0', '2025-06-18'],
  ],
  attendance: [
    ['R0', 'E1', 'Present'],
    ['R1', 'E1', 'Present'],
    ['R1', 'E2', 'Represented'],
    ['R1', 'P1', 'P'],
    ['R1', 'G1', 'Present'], // not yet a member: counts nowhere
    ['R1', 'C1', 'Excused'],
    ['R1', 'O1', 'Present'],
    ['R2', 'E1', 'Absent'],
    ['R2', 'E2', 'Present'], // left that day: counts nowhere
    ['R2', 'P1', 'Present'],
    ['R2', 'G1', 'Present'],
    ['R2', 'C1', 'R'],
    ['R2', 'O1', 'Absent'],
    ['R4', 'E1', 'Present'],
    ['R5', 'E1', 'Present'],
    ['R5', 'C1', 'Present'],
  ],
  incidents: null,
};

describe('audit: participation, hand-computed', () => {
  const run = runEngine(book, '2025-Q3', '2025-10-10');
  const p = run.x.participation;

  test('the workbook is read as intended: only warnings', () => {
    expect(run.validated.counts.error).toBe(0);
    expect(codes(run)).toEqual(
      expect.arrayContaining(['attendance/not-member@Attendance6', 'attendance/not-member@Attendance10']),
    );
  });

  test.each([
    // R1 on 07-16: expected E1 E2 P1 C1 O1 = 5; attended E1 E2 P1 O1 = 4; pillars E, PS = 2.
    { meetingId: 'R1', date: day('2025-07-16'), expected: 5, attended: 4, rate: 4 / 5, pillarsPresent: 2 },
    // R2 on 08-20: E2 has left; G1 has joined: E1 P1 G1 C1 O1 = 5; attended P1 G1 C1 = 3; PS, G, CS = 3.
    { meetingId: 'R2', date: day('2025-08-20'), expected: 5, attended: 3, rate: 3 / 5, pillarsPresent: 3 },
    // R3: held, no attendance row: rate 0, no pillar.
    { meetingId: 'R3', date: day('2025-09-17'), expected: 5, attended: 0, rate: 0, pillarsPresent: 0 },
  ])('meeting $meetingId', (row) => {
    expect(p.meetings.find((m) => m.meetingId === row.meetingId)).toEqual(row);
  });

  test('only the held meetings of the period, by date', () => {
    expect(p.meetings.map((m) => m.meetingId)).toEqual(['R1', 'R2', 'R3']);
  });

  test('averageRate, fullPillarShare, womenShare', () => {
    expect(p.averageRate).toBe((0 + 4 / 5 + 3 / 5 + 0) / 3);
    expect(p.fullPillarShare).toBe(0);
    // Attended with a gender: R1 E1 F, E2 M, O1 F (P1 blank); R2 G1 F, C1 M (P1 blank): 3 of 5.
    expect(p.womenShare).toBe(3 / 5);
  });

  test.each([
    { pillar: 'extractive', cell: { expected: 4, attended: 2, rate: 2 / 4 } },
    { pillar: 'private_security', cell: { expected: 3, attended: 2, rate: 2 / 3 } },
    { pillar: 'government', cell: { expected: 2, attended: 1, rate: 1 / 2 } },
    { pillar: 'civil_society', cell: { expected: 3, attended: 1, rate: 1 / 3 } },
    { pillar: 'observer', cell: { expected: 3, attended: 1, rate: 1 / 3 } },
  ] as const)('byPillar.$pillar', ({ pillar, cell }) => {
    expect(p.byPillar[pillar]).toEqual(cell);
  });

  test('a meeting with all four pillars, and a meeting with nobody expected', () => {
    const x = runEngine(
      {
        members: [
          ['E1', 'Extractive', '2025-01-01'],
          ['P1', 'PSC', '2025-01-01'],
          ['G1', 'Gouvernement', '2025-01-01'],
          ['C1', 'ONG', '2025-01-01', null, 'Femme'],
          ['C2', 'ONG', '2025-01-01', null, 'F'],
        ],
        meetings: [
          ['R0', '2024-12-01'], // nobody is a member yet: rate null, left out of the mean
          ['R1', '2025-01-15'],
          ['R2', '2025-02-15'],
        ],
        attendance: [
          ['R1', 'E1', 'P'],
          ['R1', 'P1', 'R'],
          ['R1', 'G1', 'P'],
          ['R1', 'C1', 'P'],
          ['R1', 'C2', 'A'],
          ['R2', 'C2', 'P'],
        ],
        incidents: null,
      },
      { kind: 'range', from: '2024-12-01', to: '2025-02-28' },
      '2025-06-01',
    ).x.participation;
    expect(x.meetings.map((m) => [m.meetingId, m.expected, m.attended, m.rate, m.pillarsPresent])).toEqual([
      ['R0', 0, 0, null, 0],
      ['R1', 5, 4, 4 / 5, 4],
      ['R2', 5, 1, 1 / 5, 1],
    ]);
    expect(x.averageRate).toBe((4 / 5 + 1 / 5) / 2);
    // Three meetings held in the period, one with all four pillars.
    expect(x.fullPillarShare).toBe(1 / 3);
    expect(x.womenShare).toBe(2 / 2);
  });
});
