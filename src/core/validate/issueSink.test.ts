import fc from 'fast-check';
import { dayFromIso, validateWorkbook, type Issue, type IssueTotal, type RawCell, type RawWorkbook } from '..';
import { IssueCollection } from './issueSink';
import { sortIssues } from './sortIssues';
import { runSteps } from './steps';

/*
 * The CLI's readable report asks the engine for the first N issues of each sheet, severity and
 * code (listedPerGroup), not all of them. On any workbook that must be exactly the full sorted
 * list cut to its first N per group, with the same counts, records and totals.
 */

const asOf = dayFromIso('2025-09-30')!;

/** Rows drawn from small pools, so that IDs repeat, refer to nothing, and dates and lists fail. */
const pick = (...values: RawCell[]) => fc.constantFrom(...values);
const id = pick('M1', ' m1', 'M2', 'm2', 'M3', 'GHOST', 'R1', 'r1 ', 'R2', 'X', null);
const date = pick('05/03/2024', '31/02/2024', '2030-01-01', '15/12/2025', 45000, 'soon', null);
const rows = (cells: fc.Arbitrary<RawCell>[]) => fc.array(fc.tuple(...cells), { maxLength: 40 });

const structured: fc.Arbitrary<RawWorkbook> = fc
  .record({
    members: rows([
      id,
      pick('Ana', null),
      pick('Mine Co', null),
      pick('Government', 'ONG', 'Pillar?', null),
      date,
      date,
    ]),
    meetings: rows([id, date, pick('Held', 'Planned', 'Maybe', null)]),
    attendance: rows([id, id, pick('Present', 'Absent', 'Late', null)]),
    order: fc.constantFrom([0, 1, 2], [2, 1, 0], [1, 2, 0]),
  })
  .map(({ members, meetings, attendance, order }) => {
    const sheets = [
      { name: 'Members', rows: [['Member ID', 'Name', 'Organisation', 'Pillar', 'Joined', 'Left'], ...members] },
      { name: 'Meetings', rows: [['Meeting ID', 'Date', 'Status'], ...meetings] },
      { name: 'Présences ', rows: [['Meeting ID', 'Member ID', 'Attendance'], ...attendance] },
    ];
    return { date1904: false, sheets: order.map((i) => sheets[i]!) };
  });

/** Any cells at all under any sheet name, as in properties.test.ts. */
const mixed: fc.Arbitrary<RawWorkbook> = fc.record({
  date1904: fc.boolean(),
  sheets: fc.uniqueArray(
    fc.record({
      name: fc.constantFrom('Members', 'Membres', 'Meetings', 'Réunions', 'Attendance', 'Incidents', 'Feuil1'),
      rows: fc.array(
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 50000 }), fc.constant(null)), {
          maxLength: 8,
        }),
        { maxLength: 12 },
      ),
      hidden: fc.boolean(),
    }),
    { maxLength: 4, selector: (s) => s.name.toLowerCase() },
  ),
});

const groupOf = (i: Issue) => `${i.sheet}\u0000${i.severity}\u0000${i.code}`;

/** The full sorted list cut to the first `cap` issues of each group, the slow and obvious way. */
function firstPerGroup(issues: readonly Issue[], cap: number): Issue[] {
  const seen = new Map<string, number>();
  return issues.filter((i) => {
    const n = (seen.get(groupOf(i)) ?? 0) + 1;
    seen.set(groupOf(i), n);
    return n <= cap;
  });
}

/** Every group's count, in the order of its first issue. */
function totalsOf(issues: readonly Issue[]): IssueTotal[] {
  const totals = new Map<string, IssueTotal>();
  for (const i of issues) {
    const total = totals.get(groupOf(i));
    totals.set(groupOf(i), { sheet: i.sheet, severity: i.severity, code: i.code, count: (total?.count ?? 0) + 1 });
  }
  return [...totals.values()];
}

describe('the issues listed per sheet, severity and code', () => {
  it('are the full sorted list cut to the first N of each, with the same counts, totals and records', () => {
    fc.assert(
      fc.property(fc.oneof(structured, mixed), fc.integer({ min: 1, max: 4 }), (wb, cap) => {
        const full = validateWorkbook(wb, { asOf });
        const listed = validateWorkbook(wb, { asOf, listedPerGroup: cap });
        expect(listed.issues).toEqual(firstPerGroup(full.issues, cap));
        expect(full.issueTotals).toEqual(totalsOf(full.issues));
        expect(listed.issueTotals).toEqual(full.issueTotals);
        expect(listed.counts).toEqual(full.counts);
        expect(listed.valid).toBe(full.valid);
        expect({ ...listed, issues: [] }).toEqual({ ...full, issues: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('cut at 100, are the first 100 of 2,000 unknown references, and count them all', () => {
    const attendance: RawCell[][] = [['Meeting ID', 'Member ID', 'Attendance']];
    for (let r = 0; r < 1000; r++) attendance.push([`R${r}`, `GHOST${r}`, 'Present']);
    const wb: RawWorkbook = {
      date1904: false,
      sheets: [
        { name: 'Members', rows: [['Member ID', 'Name', 'Organisation', 'Pillar', 'Joined']] },
        { name: 'Meetings', rows: [['Meeting ID', 'Date']] },
        { name: 'Attendance', rows: attendance },
      ],
    };
    const full = validateWorkbook(wb, { asOf });
    const listed = validateWorkbook(wb, { asOf, listedPerGroup: 100 });
    // The three optional sheets are missing (three notes), and every ID refers to nothing.
    expect(full.issues).toHaveLength(2003);
    expect(listed.issues).toHaveLength(103);
    expect(listed.issues).toEqual(firstPerGroup(full.issues, 100));
    expect(listed.issues.at(-1)).toMatchObject({ code: 'ref/unknown', cell: 'Attendance!B51' });
    expect(listed.issueTotals).toContainEqual({
      sheet: 'Attendance',
      severity: 'error',
      code: 'ref/unknown',
      count: 2000,
    });
    expect(listed.counts).toEqual(full.counts);
    expect(listed.counts.error).toBe(2000);
  });

  it('whatever order they are found in: the collection keeps the first N of each group in the sorted order', () => {
    const sheetOrder = new Map([
      ['Members', 0],
      ['Attendance', 1],
    ]);
    const found = fc.record({
      code: fc.constantFrom('cell/enum' as const, 'cell/required' as const),
      severity: fc.constantFrom('error' as const, 'warning' as const),
      sheet: fc.constantFrom('Members', 'Attendance'),
      row: fc.option(fc.integer({ min: 1, max: 6 })),
      column: fc.option(fc.constantFrom('A', 'B', 'AA')),
      value: fc.string({ maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(found, { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), (specs, cap) => {
        const issues = specs.map((s): Issue => ({ ...s, cell: null, field: null, hint: null }));
        const all = new IssueCollection();
        const listed = new IssueCollection(cap);
        for (const issue of issues) {
          all.push(issue);
          listed.push(issue);
        }
        const everything = runSteps(all.collectSteps(sheetOrder));
        const cut = runSteps(listed.collectSteps(sheetOrder));
        expect(everything.issues).toEqual(sortIssues(issues, sheetOrder));
        // The same objects, in the same order: ties of one cell keep the order found.
        expect(cut.issues.map((i) => issues.indexOf(i))).toEqual(
          firstPerGroup(everything.issues, cap).map((i) => issues.indexOf(i)),
        );
        expect(cut.totals).toEqual(totalsOf(everything.issues));
        expect(cut.counts).toEqual(everything.counts);
      }),
      { numRuns: 1000 },
    );
  });
});
