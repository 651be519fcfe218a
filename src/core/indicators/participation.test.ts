import {
  attendance,
  attendanceLine,
  indicatorsOf,
  meeting,
  member,
  validated,
} from '../../../test/builders/buildValidated';
import { day } from '../../../test/builders/workbook';

const since = '2024-01-01';
const members = [
  member('E1', 'extractive', since, { gender: 'F' }),
  member('P1', 'private_security', since, { gender: 'M' }),
  member('G1', 'government', since, { gender: 'F', left: '2025-08-20' }),
  member('C1', 'civil_society', since),
  member('O1', 'observer', since, { gender: 'F' }),
  member('C2', 'civil_society', '2025-08-01', { gender: 'M' }),
];
const ids = members.map((m) => m.memberId);
const meetings = [
  meeting('R2', '2025-06-18'),
  meeting('R3', '2025-07-16'),
  meeting('R4', '2025-08-20'),
  meeting('R5', '2025-09-17'),
  meeting('R6', '2025-09-25', { status: 'cancelled' }),
  meeting('R7', '2025-09-26', { status: 'planned' }),
];
const rows = [
  ...attendanceLine('R2', ids, 'PPPPP'),
  // C2 has not joined yet: their row counts nowhere.
  ...attendanceLine('R3', ids, 'PRPPAP'),
  // G1 leaves on R4's day: not active, so neither expected nor attended.
  ...attendanceLine('R4', ids, 'PEPPAP'),
  // R5 was held with no attendance rows at all.
  ...attendanceLine('R6', ids, 'PPPPPP'),
  ...attendanceLine('R7', ids, 'PPPPPP'),
  // A row naming a member who is not among the valid ones counts nowhere.
  attendance('R3', 'Z9'),
];

describe('participation', () => {
  const { participation, targets } = indicatorsOf(
    validated({ members, meetings, attendance: rows }),
    '2025-Q3',
    '2025-10-15',
  );

  it('lists each held meeting of the period with expected, attended, rate and pillars present', () => {
    expect(participation.meetings).toEqual([
      { meetingId: 'R3', date: day('2025-07-16'), expected: 5, attended: 4, rate: 0.8, pillarsPresent: 4 },
      { meetingId: 'R4', date: day('2025-08-20'), expected: 5, attended: 3, rate: 0.6, pillarsPresent: 2 },
      { meetingId: 'R5', date: day('2025-09-17'), expected: 5, attended: 0, rate: 0, pillarsPresent: 0 },
    ]);
  });

  it('averages the rates and counts the meetings with all four pillars', () => {
    expect(participation.averageRate).toBeCloseTo((0.8 + 0.6 + 0) / 3, 15);
    expect(participation.fullPillarShare).toBeCloseTo(1 / 3, 15);
    // 0.4667 / 0.6 ≈ 0.78: at risk; 0.333 / 0.75 ≈ 0.44: off track.
    expect(targets.attendance.status).toBe('at_risk');
    expect(targets.fullPillar.value).toBe(participation.fullPillarShare);
    expect(targets.fullPillar.status).toBe('off_track');
  });

  it('sums expected and attended per pillar, observers apart', () => {
    expect(participation.byPillar).toEqual({
      extractive: { expected: 3, attended: 2, rate: 2 / 3 },
      private_security: { expected: 3, attended: 1, rate: 1 / 3 },
      government: { expected: 1, attended: 1, rate: 1 },
      civil_society: { expected: 5, attended: 3, rate: 0.6 },
      observer: { expected: 3, attended: 0, rate: 0 },
    });
  });

  it("gives women's share of attendances among members whose gender is filled", () => {
    // R3: E1 F, P1 M, G1 F (C1 blank); R4: E1 F, C2 M (C1 blank) → 3 of 5.
    expect(participation.womenShare).toBe(0.6);
  });

  it('leaves the rate null for a meeting nobody was expected at, and the average without it', () => {
    const early = validated({
      members: [member('A', 'extractive', '2025-08-01')],
      meetings: [meeting('M1', '2025-07-10'), meeting('M2', '2025-08-10')],
      attendance: [attendance('M2', 'A')],
    });
    const p = indicatorsOf(early, '2025-Q3', '2025-10-01').participation;
    expect(p.meetings.map((m) => m.rate)).toEqual([null, 1]);
    expect(p.averageRate).toBe(1);
    expect(p.womenShare).toBeNull();
  });

  it('has null shares and no meetings when none was held in the period', () => {
    const p = indicatorsOf(
      validated({ members, meetings: [meeting('X', '2025-06-01')] }),
      '2025-Q3',
      '2025-10-01',
    ).participation;
    expect(p.meetings).toEqual([]);
    expect(p.averageRate).toBeNull();
    expect(p.fullPillarShare).toBeNull();
    expect(p.byPillar.extractive).toEqual({ expected: 0, attended: 0, rate: null });
  });
});
