import fc from 'fast-check';
import {
  cellReference,
  columnIndex,
  dayFromIso,
  formatIssueMessage,
  SHEETS,
  validateWorkbook,
  type RawCell,
  type RawWorkbook,
} from '..';

/** Cells a real workbook may hold, biased towards the contract's own words. */
const words = [
  'Member ID',
  'ID membre',
  'Name',
  'Pillar',
  'Pilier',
  'Joined',
  'Meeting ID',
  'Date',
  'Attendance',
  'Présence',
  'Status',
  'Incident ID',
  'Follow-up',
  'Closed on',
  'Setting',
  'Value',
  'M1',
  'R1',
  'Present',
  'ONG',
  'Closed',
  'Oui',
  '05/03/2024',
  '31/02/2024',
  '2024-13-01',
  '#N/A',
  '',
  ' ',
];
const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constantFrom(...words),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -10, max: 80000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
);
const grid = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 });
const sheetName = fc.constantFrom(
  ...SHEETS.flatMap((s) => [s.en, s.fr, ...s.aliases]),
  'Feuil1',
  'Présences ',
  "l'autre",
);
const workbookArb: fc.Arbitrary<RawWorkbook> = fc.record({
  date1904: fc.boolean(),
  // Sheet names are unique in a workbook, whatever their case (Excel refuses two "Incidents");
  // any of them may be hidden.
  sheets: fc.uniqueArray(fc.record({ name: sheetName, rows: grid, hidden: fc.boolean() }), {
    maxLength: 6,
    selector: (s) => s.name.toLowerCase(),
  }),
});

const asOf = dayFromIso('2025-09-30')!;

describe('any grid of mixed cells', () => {
  it('never makes the engine throw, and every issue points at a cell that exists', () => {
    fc.assert(
      fc.property(workbookArb, (wb) => {
        const result = validateWorkbook(wb, { asOf });
        const names = new Set(wb.sheets.map((s) => s.name));
        for (const issue of result.issues) {
          formatIssueMessage(issue, 'fr');
          formatIssueMessage(issue, 'en');
          if (issue.code === 'sheet/missing') continue;
          expect(names.has(issue.sheet)).toBe(true);
          if (issue.row !== null) {
            const sheet = wb.sheets.find((s) => s.name === issue.sheet)!;
            expect(issue.row).toBeGreaterThanOrEqual(1);
            expect(issue.row).toBeLessThanOrEqual(sheet.rows.length);
          }
          if (issue.cell !== null) {
            expect(issue.cell).toBe(cellReference(issue.sheet, columnIndex(issue.column!), issue.row!));
          }
        }
        expect(result.valid).toBe(result.counts.error === 0);
      }),
      { numRuns: 400 },
    );
  });

  it('counts as excluded exactly the rows that carry an error', () => {
    fc.assert(
      fc.property(workbookArb, (wb) => {
        const result = validateWorkbook(wb, { asOf });
        for (const [contract, key] of [
          ['Members', 'members'],
          ['Meetings', 'meetings'],
          ['Attendance', 'attendance'],
        ] as const) {
          const sheet = result.sheetNames[contract];
          if (sheet === null) continue;
          const errorRows = new Set(
            result.issues
              .filter(
                (i) => i.sheet === sheet && i.severity === 'error' && i.row !== null && !i.code.startsWith('header/'),
              )
              .map((i) => i.row),
          );
          expect(result.excludedRows[contract]).toBe(errorRows.size);
          for (const record of result[key]) expect(errorRows.has(record.row)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
