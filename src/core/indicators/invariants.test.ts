import fc from 'fast-check';
import { PILLARS, PILLARS_AND_OBSERVER, type AttendanceValue, type PillarOrObserver } from '../schema/lists';
import { dayFromIso, dayToIso } from '../workbook/day';
import type { AttendanceRecord, Meeting, Member, ValidatedWorkbook } from '../validate/records';
import { attendance, incident, meeting, member, validated } from '../../../test/builders/buildValidated';
import { computeIndicators } from './computeIndicators';
import { resolvePeriod } from './period';
import type { Indicators } from './types';

const base = dayFromIso('2024-01-01')!;
const iso = (offset: number) => dayToIso(base + offset);
const pillars = fc.constantFrom<PillarOrObserver>(...PILLARS_AND_OBSERVER);
const attendanceValues = fc.constantFrom<AttendanceValue>('present', 'represented', 'excused', 'absent');

const workbookArb = fc
  .record({
    members: fc.array(
      fc.record({
        pillar: pillars,
        joined: fc.nat(500),
        stay: fc.option(fc.nat(500)),
        gender: fc.constantFrom('F', 'M', 'other', null),
      }),
      { maxLength: 12 },
    ),
    meetings: fc.array(
      fc.record({ date: fc.nat(700), status: fc.constantFrom('held', 'held', 'held', 'planned', 'cancelled') }),
      { maxLength: 15 },
    ),
    // Few members and meetings, many rows: windows fill up and exact 2/3 cases occur.
    rows: fc.array(fc.record({ meeting: fc.nat(17), member: fc.nat(14), value: attendanceValues }), { maxLength: 300 }),
    incidents: fc.array(
      fc.record({ date: fc.nat(900), shared: fc.option(fc.nat(40)), closedAfter: fc.option(fc.nat(200)) }),
      { maxLength: 20 },
    ),
    window: fc.integer({ min: 3, max: 8 }),
  })
  .map(({ members, meetings, rows, incidents, window }) => {
    const ms: Member[] = members.map((m, i) =>
      member(`M${i}`, m.pillar, iso(m.joined), {
        gender: m.gender as Member['gender'],
        ...(m.stay === null ? {} : { left: iso(m.joined + m.stay) }),
      }),
    );
    const mt: Meeting[] = meetings.map((m, i) =>
      meeting(`R${i}`, iso(m.date), { status: m.status as Meeting['status'] }),
    );
    // Indices past the lists name unknown (left-out) members and meetings; duplicates may occur.
    const at: AttendanceRecord[] = rows.map((r) => attendance(`R${r.meeting}`, `M${r.member}`, r.value));
    const inc = incidents.map((x, i) =>
      incident(`I${i}`, iso(x.date), {
        ...(x.shared === null ? {} : { shared: `R${x.shared}` }),
        ...(x.closedAfter === null ? {} : { closed: iso(x.date + x.closedAfter) }),
      }),
    );
    return validated({
      members: ms,
      meetings: mt,
      attendance: at,
      incidents: inc,
      settings: { engagementWindow: window },
    });
  });

const periodArb = fc.record({ quarter: fc.integer({ min: 0, max: 9 }), todayAfter: fc.nat(400) });

function compute(workbook: ValidatedWorkbook, p: { quarter: number; todayAfter: number }): Indicators {
  const year = 2024 + Math.floor(p.quarter / 4);
  const quarter = `${year}-Q${(p.quarter % 4) + 1}`;
  const from = dayFromIso(`${year}-${String((p.quarter % 4) * 3 + 1).padStart(2, '0')}-01`)!;
  const result = resolvePeriod({ kind: 'quarter', quarter }, from + p.todayAfter);
  if (!result.ok) throw new Error(result.error.code);
  return computeIndicators(workbook, result.period);
}

function sharesOf(x: Indicators): (number | null)[] {
  const { participation: p, engagement: e, membership: m, incidents: i } = x;
  return [
    p.averageRate,
    p.fullPillarShare,
    p.womenShare,
    ...p.meetings.map((r) => r.rate),
    ...PILLARS_AND_OBSERVER.map((k) => p.byPillar[k].rate),
    e.regularShare,
    e.retention,
    m.smallestPillarShare,
    m.womenShare,
    i?.sharedShare ?? null,
    i?.closedShare ?? null,
  ];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Participation and engagement the slow, obvious way: every meeting against every row. */
function naive(workbook: ValidatedWorkbook, asOf: number, from: number, window: number) {
  const active = (m: Member, d: number) => m.joined <= d && (m.left === null || m.left > d);
  const held = workbook.meetings
    .filter((m) => m.status === 'held' && m.date <= asOf)
    .sort((a, b) => a.date - b.date || a.row - b.row);
  const came = (m: Meeting, u: Member) =>
    workbook.attendance.some(
      (r) =>
        r.meetingKey === m.meetingKey &&
        r.memberKey === u.memberKey &&
        (r.attendance === 'present' || r.attendance === 'represented'),
    );
  const meetings = held
    .filter((m) => m.date >= from)
    .map((m) => {
      const expected = workbook.members.filter((u) => active(u, m.date));
      return [expected.length, expected.filter((u) => came(m, u)).length];
    });
  const classes = { regular: 0, occasional: 0, inactive: 0, new: 0 };
  for (const u of workbook.members.filter((x) => active(x, asOf))) {
    const w = held.filter((m) => active(u, m.date)).slice(-window);
    const a = w.filter((m) => came(m, u)).length;
    classes[w.length < 3 ? 'new' : a / w.length >= 2 / 3 - 1e-12 ? 'regular' : a === 0 ? 'inactive' : 'occasional']++;
  }
  return { meetings, classes };
}

describe('indicator invariants (random workbooks)', () => {
  it('keeps every share in [0, 1] or null', () => {
    fc.assert(
      fc.property(workbookArb, periodArb, (wb, p) => {
        for (const v of sharesOf(compute(wb, p))) expect(v === null || (v >= 0 && v <= 1)).toBe(true);
      }),
    );
  });

  it('makes by-pillar figures add up to the totals, and classes add up to active members', () => {
    fc.assert(
      fc.property(workbookArb, periodArb, (wb, p) => {
        const x = compute(wb, p);
        const { participation: pa, engagement: e, membership: m } = x;
        const byP = PILLARS_AND_OBSERVER.map((k) => pa.byPillar[k]);
        expect(sum(byP.map((c) => c.expected))).toBe(sum(pa.meetings.map((r) => r.expected)));
        expect(sum(byP.map((c) => c.attended))).toBe(sum(pa.meetings.map((r) => r.attended)));
        for (const r of pa.meetings) expect(r.attended).toBeLessThanOrEqual(r.expected);
        expect(sum(PILLARS_AND_OBSERVER.map((k) => m.byPillar[k]))).toBe(m.active);
        expect(e.regular + e.occasional + e.inactive + e.new).toBe(m.active);
        for (const k of PILLARS_AND_OBSERVER) {
          const c = e.byPillar[k];
          expect(c.regular + c.occasional + c.inactive + c.new).toBe(m.byPillar[k]);
        }
        for (const cls of ['regular', 'occasional', 'inactive', 'new'] as const)
          expect(sum(PILLARS_AND_OBSERVER.map((k) => e.byPillar[k][cls]))).toBe(e[cls]);
        expect(e.atRisk.length).toBeGreaterThanOrEqual(e.inactive);
        expect(e.atRisk.length).toBeLessThanOrEqual(e.inactive + e.occasional);
        expect(m.pillarsAtMinimum).toBe(PILLARS.filter((k) => m.byPillar[k] >= x.settings.minPerPillar).length);
        if (x.incidents) {
          expect(sum(Object.values(x.incidents.byCategory))).toBe(x.incidents.recorded);
          expect(sum(Object.values(x.incidents.byActor))).toBe(x.incidents.recorded);
        }
        expect(x.rhythm.monthsWithMeeting).toBeLessThanOrEqual(x.rhythm.monthsInPeriod);
        expect(x.rhythm.meetingsHeld).toBe(pa.meetings.length);
      }),
    );
  });

  it('agrees with a slow, obvious computation of participation and engagement', () => {
    fc.assert(
      fc.property(workbookArb, periodArb, (wb, p) => {
        const x = compute(wb, p);
        const slow = naive(wb, x.period.asOf, x.period.from, x.settings.engagementWindow);
        expect(x.participation.meetings.map((r) => [r.expected, r.attended])).toEqual(slow.meetings);
        const { regular, occasional, inactive } = x.engagement;
        expect({ regular, occasional, inactive, new: x.engagement.new }).toEqual(slow.classes);
      }),
    );
  });
});
