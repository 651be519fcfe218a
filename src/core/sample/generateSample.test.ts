import { generateSample, DEFAULT_SAMPLE_END } from './generateSample';
import { LANGS, type Lang } from '../i18n/i18n';
import { LISTS, type ListName } from '../schema/lists';
import { dayFromDate, dayFromYmd, type Day } from '../workbook/day';
import type { RawCell } from '../workbook/rawWorkbook';
import type { SheetPlan, WorkbookPlan } from '../template/sheetPlan';
import { validateWorkbook } from '../validate/validateWorkbook';
import { planToRawWorkbook } from '../template/planToRawWorkbook';
import { SAMPLE_TOPICS } from './sampleTexts';
import { OTHER_COUNTRY } from './sampleProgrammeTexts';

/** The sample's rows read back by column key, with list labels turned into codes. */
function records(plan: WorkbookPlan, index: number): Record<string, RawCell>[] {
  const sheet = plan.sheets[index] as SheetPlan;
  return sheet.rows.map((row) =>
    Object.fromEntries(
      sheet.columns.map((c, i) => {
        const cell = row[i] ?? null;
        if (c.kind.kind !== 'list' || cell === null) return [c.key, cell];
        const list = c.kind.list as ListName;
        const code = (label: string) => LISTS[list].find((e) => e[plan.lang] === label)?.code ?? `?${label}`;
        // A cell of several values (topics, countries) holds labels of the list or free words.
        if (c.kind.multiple) return [c.key, String(cell).split('; ').map(code).join('; ')];
        return [c.key, code(String(cell))];
      }),
    ),
  );
}
const day = (cell: RawCell | undefined): Day | null => (cell instanceof Date ? dayFromDate(cell) : null);

function sample(lang: Lang = 'en', seed?: number) {
  const plan = generateSample({ lang, ...(seed === undefined ? {} : { seed }) });
  return {
    plan,
    members: records(plan, 0),
    meetings: records(plan, 1),
    attendance: records(plan, 2),
    incidents: records(plan, 3),
  };
}
const END = dayFromYmd(DEFAULT_SAMPLE_END.year, DEFAULT_SAMPLE_END.month, 30);

describe('the sample plan is reproducible', () => {
  it('gives the same content for the same seed, byte for byte', () => {
    const a = generateSample({ lang: 'fr', seed: 42 });
    const b = generateSample({ lang: 'fr', seed: 42 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(b).toEqual(a);
  });

  it('gives different content for another seed', () => {
    const a = JSON.stringify(generateSample({ lang: 'en', seed: 1 }).sheets);
    const b = JSON.stringify(generateSample({ lang: 'en', seed: 2 }).sheets);
    expect(b).not.toBe(a);
  });

  it('tells the same story in French and English: same IDs and dates, labels translated', () => {
    const fr = sample('fr', 9);
    const en = sample('en', 9);
    expect(fr.members).toEqual(
      en.members.map((m, i) => ({
        ...m,
        name: fr.members[i]?.name,
        organisation: fr.members[i]?.organisation,
        role: fr.members[i]?.role,
      })),
    );
    expect(fr.attendance).toEqual(en.attendance);
    expect(fr.plan.sheets[0]?.rows[0]?.[3]).not.toBe(en.plan.sheets[0]?.rows[0]?.[3]);
  });

  it('ends with the month asked for, and with a fixed month by default', () => {
    const plan = generateSample({ lang: 'en', end: { year: 2024, month: 2 } });
    const held = records(plan, 1)
      .filter((m) => m.status === 'held')
      .map((m) => day(m.date) ?? 0);
    expect(Math.max(...held)).toBeLessThanOrEqual(dayFromYmd(2024, 2, 29));
    expect(Math.max(...held)).toBeGreaterThan(dayFromYmd(2024, 1, 1));
    expect(generateSample({ lang: 'en' })).toEqual(
      generateSample({ lang: 'en', seed: undefined, end: DEFAULT_SAMPLE_END }),
    );
  });

  it('refuses a seed or a month that the door should have refused', () => {
    expect(() => generateSample({ lang: 'en', seed: -1 })).toThrow(RangeError);
    expect(() => generateSample({ lang: 'en', seed: 1.5 })).toThrow(RangeError);
    expect(() => generateSample({ lang: 'en', end: { year: 2025, month: 13 } })).toThrow(RangeError);
  });
});

describe('the sample looks like the Lubumbashi group', () => {
  const s = sample();

  it('has about 60 members in the four pillars and observers, with joiners and leavers', () => {
    expect(s.members.length).toBeGreaterThanOrEqual(55);
    expect(s.members.length).toBeLessThanOrEqual(65);
    const pillars = new Set(s.members.map((m) => m.pillar));
    expect([...pillars].sort()).toEqual(['civil_society', 'extractive', 'government', 'observer', 'private_security']);
    const firstMeeting = Math.min(...s.meetings.map((m) => day(m.date) ?? Infinity));
    expect(s.members.filter((m) => (day(m.joined) ?? 0) > firstMeeting).length).toBeGreaterThanOrEqual(5);
    const leavers = s.members.filter((m) => m.left !== null);
    expect(leavers.length).toBeGreaterThanOrEqual(1);
    for (const m of leavers) expect(day(m.left)).toBeGreaterThan(day(m.joined) ?? Infinity);
    const orgs = new Map<unknown, number>();
    for (const m of s.members) orgs.set(m.organisation, (orgs.get(m.organisation) ?? 0) + 1);
    expect([...orgs.values()].some((n) => n >= 2)).toBe(true);
    expect(new Set(s.members.map((m) => m.memberId)).size).toBe(s.members.length);
    for (const m of s.members) if (m.email !== null) expect(m.email).toMatch(/^[a-z.-]+@[a-z.-]+\.example$/);
  });

  it('has about three years of monthly meetings with gaps, cancellations and planned ones', () => {
    const held = s.meetings.filter((m) => m.status === 'held');
    const months = new Set(held.map((m) => (m.date as Date).toISOString().slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(30);
    expect(months.size).toBeLessThan(36);
    expect(s.meetings.filter((m) => m.status === 'cancelled').length).toBeGreaterThanOrEqual(1);
    const planned = s.meetings.filter((m) => m.status === 'planned');
    expect(planned.length).toBeGreaterThanOrEqual(1);
    for (const m of planned) expect(day(m.date)).toBeGreaterThan(END);
    expect(new Set(held.map((m) => m.type))).toEqual(new Set(['ordinary', 'workshop', 'extraordinary', 'joint']));
    expect(s.meetings.filter((m) => String(m.topics).includes('; ')).length).toBeGreaterThan(20);
    expect(s.meetings.some((m) => m.initiative !== null)).toBe(true);
  });

  it('has one attendance row per active member per held meeting, and none elsewhere', () => {
    const expected = new Set<string>();
    for (const meeting of s.meetings.filter((m) => m.status === 'held')) {
      const d = day(meeting.date) ?? 0;
      for (const m of s.members) {
        const left = day(m.left);
        if ((day(m.joined) ?? Infinity) <= d && (left === null || left > d))
          expected.add(`${String(meeting.meetingId)}|${String(m.memberId)}`);
      }
    }
    const actual = s.attendance.map((a) => `${String(a.meetingId)}|${String(a.memberId)}`);
    expect(actual.length).toBe(expected.size);
    expect(new Set(actual)).toEqual(expected);
    const values = new Set(s.attendance.map((a) => a.attendance));
    expect(values).toEqual(new Set(['present', 'represented', 'excused', 'absent']));
  });

  it('has members drifting away: someone attended none of their last three meetings', () => {
    // indicators.md: a non-new member who attended none of the last 3 meetings of the window is at risk.
    const held = s.meetings.filter((m) => m.status === 'held');
    const attended = new Set(
      s.attendance
        .filter((a) => a.attendance === 'present' || a.attendance === 'represented')
        .map((a) => `${String(a.meetingId)}|${String(a.memberId)}`),
    );
    const atRisk = s.members.filter((m) => {
      if (m.left !== null) return false;
      const window = held.filter((h) => (day(h.date) ?? 0) >= (day(m.joined) ?? Infinity)).slice(-6);
      return (
        window.length >= 3 &&
        window.slice(-3).every((h) => !attended.has(`${String(h.meetingId)}|${String(m.memberId)}`))
      );
    });
    expect(atRisk.length).toBeGreaterThanOrEqual(2);
    // ...and some very regular members who came to nearly every meeting.
    const regular = s.members.filter((m) => {
      const rows = s.attendance.filter((a) => a.memberId === m.memberId);
      return (
        rows.filter((a) => attended.has(`${String(a.meetingId)}|${String(a.memberId)}`)).length >= 0.9 * rows.length
      );
    });
    expect(regular.length).toBeGreaterThanOrEqual(5);
  });

  it('has about 80 incidents, shared, closed, in progress, overdue and confidential ones', () => {
    expect(s.incidents.length).toBeGreaterThanOrEqual(70);
    expect(s.incidents.length).toBeLessThanOrEqual(90);
    const meetingDay = new Map(s.meetings.map((m) => [m.meetingId, [day(m.date), m.status] as const]));
    const shared = s.incidents.filter((i) => i.sharedMeetingId !== null);
    expect(shared.length).toBeGreaterThan(s.incidents.length / 2);
    for (const i of shared) {
      const [d, status] = meetingDay.get(i.sharedMeetingId) ?? [null, null];
      expect(status).toBe('held');
      expect(d).toBeGreaterThanOrEqual(day(i.date) ?? Infinity);
    }
    const closed = s.incidents.filter((i) => i.followUp === 'closed');
    expect(closed.length).toBeGreaterThan(20);
    for (const i of closed) expect(day(i.closed)).toBeGreaterThanOrEqual(day(i.date) ?? Infinity);
    expect(s.incidents.some((i) => i.followUp === 'in_progress')).toBe(true);
    expect(s.incidents.some((i) => i.followUp === 'open')).toBe(true);
    const overdue = s.incidents.filter((i) => i.followUp !== 'closed' && END - (day(i.date) ?? END) > 90);
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(overdue.length).toBeLessThanOrEqual(12);
    expect(s.incidents.some((i) => i.confidential === 'yes')).toBe(true);
    expect(new Set(s.incidents.map((i) => i.category)).size).toBeGreaterThanOrEqual(7);
    for (const actor of ['pnc', 'mining_police', 'fardc', 'private_security', 'company_staff'])
      expect(s.incidents.map((i) => i.actor)).toContain(actor);
    expect(new Set(s.incidents.map((i) => i.territory)).size).toBeGreaterThanOrEqual(6);
  });

  it('writes every list value as a label of the chosen language', () => {
    for (const lang of LANGS) {
      const plan = generateSample({ lang });
      const unknown = plan.sheets
        .flatMap((_, i) => records(plan, i))
        .flatMap((r) => Object.values(r))
        .flatMap((v) => (typeof v === 'string' ? v.split('; ') : []))
        .filter((v) => v.startsWith('?'));
      // The free topics and one country outside the list are the secretariat's own words, on purpose.
      const free = [...SAMPLE_TOPICS, OTHER_COUNTRY].flatMap((t) => ('text' in t ? [`?${t.text[lang]}`] : []));
      expect(unknown.filter((v) => !free.includes(v))).toEqual([]);
    }
  });

  it('dates nothing held, joined, reported or closed after the end month', () => {
    const dates = [
      ...s.members.flatMap((m) => [day(m.joined), day(m.left)]),
      ...s.meetings.filter((m) => m.status === 'held').map((m) => day(m.date)),
      ...s.incidents.flatMap((i) => [day(i.date), day(i.reported), day(i.closed)]),
    ].filter((d): d is Day => d !== null);
    expect(Math.max(...dates)).toBeLessThanOrEqual(END);
  });
});

describe('the sample validates', () => {
  it.each([
    ['fr', 2025],
    ['en', 2025],
    ['fr', 7],
    ['en', 123456],
  ] as const)('with no issue at all at the end of its last month (%s, seed %d)', (lang, seed) => {
    const result = validateWorkbook(planToRawWorkbook(generateSample({ lang, seed })), { asOf: END });
    expect(result.issues).toEqual([]);
  });

  it('with no issue for another end month', () => {
    const plan = generateSample({ lang: 'fr', seed: 3, end: { year: 2023, month: 12 } });
    expect(validateWorkbook(planToRawWorkbook(plan), { asOf: dayFromYmd(2023, 12, 31) }).issues).toEqual([]);
  });
});
