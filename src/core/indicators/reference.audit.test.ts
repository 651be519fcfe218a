import {
  computeIndicators,
  dayFromYmd,
  generateSample,
  planToRawWorkbook,
  quarterOf,
  resolvePeriod,
  validateWorkbook,
  type Day,
  type PeriodRequest,
  type RawWorkbook,
} from '..';
import { day, rawBook, type BookRows } from '../../../test/builders/workbook';
import { naiveIndicators } from '../../../test/helpers/naiveReference';

/** The engine and the literal reading agree on every figure, to the last digit. */
let compared = 0;
function compare(raw: RawWorkbook, request: PeriodRequest, today: Day): void {
  const validated = validateWorkbook(raw, { asOf: today });
  const r = resolvePeriod(request, today);
  if (!r.ok) return;
  const engine = computeIndicators(validated, r.period);
  const naive = naiveIndicators(validated, r.period);
  compared++;
  expect({
    rhythm: engine.rhythm,
    participation: engine.participation,
    engagement: engine.engagement,
    membership: engine.membership,
    incidents: engine.incidents,
  }).toEqual(naive);
}

describe('audit: the engine against a literal reading of indicators.md', () => {
  test.each([2025, 7, 123456])('sample seed %i, every quarter and year, finished and running', (seed) => {
    const raw = planToRawWorkbook(generateSample({ seed, lang: 'en', end: { year: 2025, month: 9 } }));
    for (const today of [
      dayFromYmd(2025, 9, 30),
      dayFromYmd(2025, 8, 14),
      dayFromYmd(2024, 12, 31),
      dayFromYmd(2025, 10, 3),
    ]) {
      for (let d = dayFromYmd(2022, 10, 1); d <= today; d += 91)
        compare(raw, { kind: 'quarter', quarter: quarterOf(d) }, today);
      compare(raw, { kind: 'year', year: '2024' }, today);
      compare(raw, { kind: 'range', from: '2023-02-14', to: '2025-06-03' }, today);
    }
  });

  test('random small workbooks: same-day meetings, departures on meeting days, every status and value', () => {
    let state = 42;
    const rnd = (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return Math.floor((state / 2147483648) * n);
    };
    const iso = (d: Day) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    const pillars = ['Extractive', 'PSC', 'Government', 'ONG', 'Observer'];
    const genders = ['F', 'M', 'Other', null];
    const statuses = [null, 'Held', 'Held', 'Planned', 'Cancelled'];
    const values = ['P', 'R', 'E', 'A'];
    const base = dayFromYmd(2024, 10, 1);
    for (let trial = 0; trial < 150; trial++) {
      const meetingDays: Day[] = [];
      const meetings: BookRows['meetings'] = Array.from({ length: 3 + rnd(12) }, (_, i) => {
        const d = rnd(4) === 0 && meetingDays.length ? meetingDays[rnd(meetingDays.length)]! : base + rnd(420);
        meetingDays.push(d);
        return [`R${i}`, iso(d), statuses[rnd(statuses.length)]!] as const;
      });
      const today = base + rnd(500);
      const from = base + rnd(400);
      // Edges on purpose: joining or leaving on a meeting's day, on `from` or on today.
      const edges = [...meetingDays, today, from];
      const pick = () => (rnd(2) === 0 ? edges[rnd(edges.length)]! : base - 200 + rnd(640));
      const members: BookRows['members'] = Array.from({ length: 2 + rnd(10) }, (_, i) => {
        const joined = pick();
        const left = rnd(3) === 0 ? Math.max(joined, pick()) : null;
        return [
          `M${i}`,
          pillars[rnd(5)]!,
          iso(joined),
          left === null ? null : iso(left),
          genders[rnd(4)]!,
          `Org ${rnd(4)}`,
        ] as const;
      });
      const attendance: BookRows['attendance'] = meetings.flatMap(([m]) =>
        members.filter(() => rnd(4) !== 0).map(([u]) => [m, u, values[rnd(4)]!] as const),
      );
      const incidents: BookRows['incidents'] = Array.from({ length: rnd(8) }, (_, i) => {
        const d = base + rnd(400);
        const later = meetings.filter(([, md]) => day(md as string) >= d);
        const sharedAt = rnd(2) && later.length ? later[rnd(later.length)]![0] : null;
        const closed = rnd(3) === 0 ? iso(d + rnd(200)) : null;
        return [
          `I${i}`,
          iso(d),
          'Other',
          ['PNC', 'FARDC', 'Unknown'][rnd(3)]!,
          sharedAt,
          closed ? 'Closed' : 'Open',
          closed,
        ] as const;
      });
      const raw = rawBook({
        members,
        meetings,
        attendance,
        incidents,
        settings: [
          ['Engagement window (meetings)', 3 + rnd(4)],
          ['Follow-up overdue after (days)', 10 + rnd(100)],
        ],
      });
      compare(raw, { kind: 'range', from: iso(from), to: iso(from + rnd(120)) }, today);
      compare(raw, { kind: 'quarter', quarter: quarterOf(today) }, today);
    }
  });
});

afterAll(() => {
  // The comparisons really ran (a refused period is skipped).
  expect(compared).toBeGreaterThan(300);
});
