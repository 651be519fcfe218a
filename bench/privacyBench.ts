/**
 * `npm run bench:privacy`: how long the donor report's privacy checker takes. A year's donor
 * report is protected together with its quarters' (linked tables): the brute-force search of
 * what a reader of all five reports can work out runs once per year report (twice: the year
 * before too, for the Summary's previous figure). Prints the median of five runs of the whole
 * report model, donor against internal (which runs no checker), for the built-in sample and a
 * synthetic year of 1,200 incidents in 30 territories with a last quarter of 3.
 */
import { reportModelFor } from '../src/apps/shared/reportModelFor';
import {
  dayFromIso,
  generateSample,
  resolvePeriod,
  validateWorkbook,
  type PeriodRequest,
  type RawWorkbook,
  type ReportAudience,
  type WorkbookPlan,
} from '../src/core';

function raw(plan: WorkbookPlan): RawWorkbook {
  return {
    date1904: false,
    sheets: plan.sheets.map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows] })),
  };
}

/** What every door does: validate, then the report model (reportModelFor). */
function model(book: RawWorkbook, request: PeriodRequest, audience: ReportAudience, today: string): void {
  const day = dayFromIso(today) ?? 0;
  const period = resolvePeriod(request, day);
  if (!period.ok) throw new Error(period.error.code);
  reportModelFor(validateWorkbook(book, { asOf: day }), period.period, audience, day);
}

function median(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[2] ?? 0;
}

/** 400, 300 and 500 incidents in Q1–Q3 2025, 3 in Q4, over 30 territories, 9 categories and 8 perpetrators. */
function synthetic(): RawWorkbook {
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) ** 2 * n);
  };
  const categories = ['Killing', 'Excessive use of force', 'Threats or intimidation', 'Extortion or looting', 'Other'];
  const actors = ['PNC', 'FARDC', 'ANR', 'Mining police (PMH)', 'Private security company', 'Company staff', 'Unknown'];
  const incidents: (string | null)[][] = [];
  for (const [quarter, count] of [
    [0, 400],
    [1, 300],
    [2, 500],
    [3, 3],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const month = String(3 * quarter + 1 + next(3)).padStart(2, '0');
      incidents.push([
        `I${incidents.length + 1}`,
        `${String(1 + next(27)).padStart(2, '0')}/${month}/2025`,
        `Territory ${next(30) + 1}`,
        categories[next(categories.length)] ?? 'Other',
        actors[next(actors.length)] ?? 'Unknown',
        next(10) < 6 ? `R${month}` : null,
        'Open',
      ]);
    }
  }
  const months = Array.from({ length: 12 }, (_, m) => String(m + 1).padStart(2, '0'));
  return {
    date1904: false,
    sheets: [
      {
        name: 'Members',
        rows: [
          ['Member ID', 'Name', 'Organisation', 'Pillar', 'Joined'],
          ['M1', 'A', 'Mine Co', 'Extractive company', '01/01/2024'],
        ],
      },
      { name: 'Meetings', rows: [['Meeting ID', 'Date'], ...months.map((m) => [`R${m}`, `20/${m}/2025`])] },
      {
        name: 'Attendance',
        rows: [['Meeting ID', 'Member ID', 'Attendance'], ...months.map((m) => [`R${m}`, 'M1', 'P'])],
      },
      {
        name: 'Incidents',
        rows: [
          ['Incident ID', 'Date', 'Territory', 'Category', 'Alleged perpetrator', 'Shared at meeting', 'Follow-up'],
          ...incidents,
        ],
      },
    ],
  };
}

function main(): void {
  const year: PeriodRequest = { kind: 'year', year: '2025' };
  const cases: [string, RawWorkbook, string][] = [
    ['sample, year 2025 as of 2025-10-15 (Q4 just started)', raw(generateSample({ lang: 'fr' })), '2025-10-15'],
    ['synthetic 1,203 incidents, 30 territories, as of 2026-01-15', synthetic(), '2026-01-15'],
  ];
  console.log(
    `donor report model of a year (linked tables) against the internal one, median of 5, node ${process.version}`,
  );
  for (const [name, book, today] of cases) {
    const donor = median(() => model(book, year, 'donor', today));
    const internal = median(() => model(book, year, 'internal', today));
    console.log(`${name}: donor ${donor.toFixed(0)} ms, internal ${internal.toFixed(0)} ms`);
  }
}

main();
