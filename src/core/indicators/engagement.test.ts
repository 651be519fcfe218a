import {
  attendance,
  attendanceLine,
  indicatorsOf,
  meeting,
  member,
  validated,
} from '../../../test/builders/buildValidated';

// Eight monthly meetings, M1 (10 Feb) … M8 (10 Sep 2025).
const meetings = ['02', '03', '04', '05', '06', '07', '08', '09'].map((m, i) => meeting(`M${i + 1}`, `2025-${m}-10`));
const since = '2025-01-01';
const members = [
  member('A', 'extractive', since),
  member('B', 'private_security', since),
  // D before C: the at-risk list is sorted, not in sheet order.
  member('D', 'extractive', since),
  member('C', 'civil_society', since),
  member('E', 'government', '2025-07-01'),
  member('F', 'civil_society', '2025-08-01'),
  member('G', 'extractive', since, { left: '2025-09-10' }),
  member('H', 'extractive', '2025-10-05'),
  member('I', 'government', since),
  member('J', 'observer', '2025-06-01'),
];
const ids = members.map((m) => m.memberId);
// Columns: A B D C E F G H I J ('.' no row) for each meeting.
const grid = [
  'A.APAAA.A.',
  'A.APAAA.A.',
  'PAPAAAP.P.', // M3: first meeting of the 6-meeting window
  'PPPAAAP.P.',
  'PAPAAAP.PP',
  'PPEA.PP.PP', // M6: F's row is before they joined: it counts nowhere
  'AAEA..P.PP',
  'APAAPAP.PA',
];
const rows = meetings.flatMap((m, i) => attendanceLine(m.meetingId, ids, grid[i]!));

describe('engagement regularity', () => {
  const workbook = validated({ members, meetings, attendance: rows });
  const { engagement, targets } = indicatorsOf(workbook, '2025-Q3', '2025-10-15');

  it('classes each member active on asOf over their window', () => {
    // A 4/6 (exactly 2/3) regular; B 3/6 occasional; D 3/6 occasional; C 0/6 inactive;
    // E 1/3 occasional; F 2 meetings since joining: new; I 6/6 regular; J 3/4 regular.
    // G left on M8's day and H joined after the period: not counted.
    expect({ ...engagement, byPillar: undefined, atRisk: undefined }).toEqual({
      regular: 3,
      occasional: 3,
      inactive: 1,
      new: 1,
      regularShare: 3 / 7,
      atRisk: undefined,
      byPillar: undefined,
      retention: 7 / 8,
    });
  });

  it('puts at risk those who attended none of their last three meetings, excused counting as not attended', () => {
    expect(engagement.atRisk).toEqual(['C', 'D']);
  });

  it('splits the classes by pillar, observers apart', () => {
    expect(engagement.byPillar).toEqual({
      extractive: { regular: 1, occasional: 1, inactive: 0, new: 0 },
      private_security: { regular: 0, occasional: 1, inactive: 0, new: 0 },
      government: { regular: 1, occasional: 1, inactive: 0, new: 0 },
      civil_society: { regular: 0, occasional: 0, inactive: 1, new: 1 },
      observer: { regular: 1, occasional: 0, inactive: 0, new: 0 },
    });
    expect(targets.regular).toEqual({ value: 3 / 7, target: 0.6, ratio: 3 / 7 / 0.6, status: 'off_track' });
  });

  it('uses the engagement window of the settings', () => {
    const e = indicatorsOf(
      validated({ members, meetings, attendance: rows, settings: { engagementWindow: 3 } }),
      '2025-Q3',
      '2025-10-15',
    ).engagement;
    // Over M6–M8: A 1/3, B 2/3, D 0/3, C 0/3, E 1/3, F new, I 3/3, J 2/3.
    expect([e.regular, e.occasional, e.inactive, e.new]).toEqual([3, 2, 2, 1]);
    expect(e.atRisk).toEqual(['C', 'D']);
  });

  it('judges the running quarter as of today: later meetings are not in the window yet', () => {
    const e = indicatorsOf(workbook, '2025-Q3', '2025-08-15').engagement;
    // Window M2–M7. A 4/6 regular; B 2/6 occ.; D 3/6 occ. (E at M6, M7 but P at M5: not at risk);
    // C 1/6 (M2) occ. but none of the last three: at risk; E 2 meetings and F 1: new;
    // G 5/6 regular (active until 10 Sep); I 5/6 regular; J 3/3 regular.
    expect([e.regular, e.occasional, e.inactive, e.new]).toEqual([4, 3, 0, 2]);
    expect(e.atRisk).toEqual(['C']);
    // Active on 1 Jul: A B D C E G I J; all still active on 15 Aug.
    expect(e.retention).toBe(1);
  });

  it('counts a member with fewer than three meetings as new and never at risk', () => {
    const e = indicatorsOf(
      validated({
        members: [member('N', 'government', '2025-08-01')],
        meetings,
        attendance: [attendance('M7', 'N', 'absent')],
      }),
      '2025-Q3',
      '2025-10-01',
    ).engagement;
    expect(e).toMatchObject({ regular: 0, occasional: 0, inactive: 0, new: 1, regularShare: null, atRisk: [] });
  });

  it('has a null retention when nobody was active at the start of the period', () => {
    const e = indicatorsOf(
      validated({ members: [member('N', 'government', '2025-08-01')], meetings }),
      '2025-Q3',
      '2025-10-01',
    ).engagement;
    expect(e.retention).toBeNull();
  });
});
