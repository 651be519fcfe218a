/**
 * Real .xlsx files written by LibreOffice Calc (not by exceljs), read with the project's reader
 * and validated by the engine. Each test/fixtures/libreoffice/<name>.expected.json holds the
 * issue list derived by hand from workbook.md (every field but the message, in the spec's
 * order) and a few facts about the records. A difference means the engine, the reader or the
 * expectation disagrees with the spec: re-read the spec before touching an expectation.
 * The file is read as the command line reads it (readWorkbookFile) and, once more, as the web
 * page does (readWorkbookBytes): both must give the same cells. The sources and the generator
 * are in scripts/fixtures/.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readWorkbookBytes } from '../src/adapters/xlsx/readWorkbook';
import { readWorkbookFile } from '../src/adapters/xlsx/readWorkbookFile';
import {
  dayFromIso,
  dayToIso,
  validateWorkbook,
  type Issue,
  type RawCell,
  type RawWorkbook,
  type ValidatedWorkbook,
} from '../src/core';

const DIR = path.join(__dirname, 'fixtures', 'libreoffice');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface ExpectedIssue {
  code: string;
  severity: string;
  sheet: string;
  row: number | null;
  column: string | null;
  cell: string | null;
  field: string | null;
  value: string | null;
  hint: string | null;
}

type Fact =
  | { valid: boolean }
  | { excludedRows: Record<string, number> }
  | { count: 'members' | 'meetings' | 'attendance' | 'incidents'; equals: number | null }
  | { sheetName: string; equals: string | null }
  | { settings: string; equals: Json }
  | { records: 'members' | 'meetings' | 'incidents'; id: string; field: string; equals: Json }
  | { records: 'attendance'; row: number; field: string; equals: Json };

interface Expected {
  fixture: string;
  asOf: string;
  issues: ExpectedIssue[];
  facts: Fact[];
}

const DATE_FIELDS = new Set(['joined', 'left', 'date', 'reported', 'closed']);
const ID_FIELD = { members: 'memberId', meetings: 'meetingId', incidents: 'incidentId' } as const;

/** One line per issue with every compared field in a fixed order, so a failure shows a line diff. */
function issueLine(issue: ExpectedIssue | Issue): string {
  const { code, severity, sheet, row, column, cell, field, value, hint } = issue;
  return JSON.stringify({ code, severity, sheet, row, column, cell, field, value, hint });
}

/** Dates in records are day numbers: shown as ISO days so they compare with the JSON. */
function shown(field: string, value: unknown): unknown {
  return DATE_FIELDS.has(field) && typeof value === 'number' ? dayToIso(value) : value;
}

function sameValue(actual: unknown, expected: Json): boolean {
  if (typeof actual === 'number' && typeof expected === 'number') return Math.abs(actual - expected) < 1e-9;
  return JSON.stringify(actual) === JSON.stringify(expected);
}

function findRecord(
  result: ValidatedWorkbook,
  fact: Extract<Fact, { records: string }>,
): Record<string, unknown> | undefined {
  if (fact.records === 'attendance') {
    const row = (fact as { row: number }).row;
    return result.attendance.find((r) => r.row === row) as unknown as Record<string, unknown> | undefined;
  }
  const list = fact.records === 'incidents' ? (result.incidents ?? []) : result[fact.records];
  const idField = ID_FIELD[fact.records];
  const id = (fact as { id: string }).id.trim().toLowerCase();
  return (list as readonly unknown[]).find(
    (r) =>
      String((r as Record<string, unknown>)[idField])
        .trim()
        .toLowerCase() === id,
  ) as Record<string, unknown> | undefined;
}

/** Checks one fact; returns a sentence describing the mismatch, or null when it holds. */
function checkFact(result: ValidatedWorkbook, fact: Fact): string | null {
  if ('valid' in fact) return result.valid === fact.valid ? null : `valid: expected ${fact.valid}, got ${result.valid}`;
  if ('excludedRows' in fact) {
    return sameValue(result.excludedRows, fact.excludedRows)
      ? null
      : `excludedRows: expected ${JSON.stringify(fact.excludedRows)}, got ${JSON.stringify(result.excludedRows)}`;
  }
  if ('count' in fact) {
    const list = result[fact.count];
    const got = list === null ? null : list.length;
    return got === fact.equals ? null : `${fact.count} count: expected ${fact.equals}, got ${got}`;
  }
  if ('sheetName' in fact) {
    const got = (result.sheetNames as Record<string, string | null>)[fact.sheetName];
    return got === fact.equals
      ? null
      : `sheetNames.${fact.sheetName}: expected ${JSON.stringify(fact.equals)}, got ${JSON.stringify(got)}`;
  }
  if ('settings' in fact) {
    const got = (result.settings as unknown as Record<string, unknown>)[fact.settings];
    return sameValue(got, fact.equals)
      ? null
      : `settings.${fact.settings}: expected ${JSON.stringify(fact.equals)}, got ${JSON.stringify(got)}`;
  }
  const where = fact.records === 'attendance' ? `attendance row ${fact.row}` : `${fact.records} ${fact.id}`;
  const record = findRecord(result, fact);
  if (!record) return `${where}: no such record`;
  const got = shown(fact.field, record[fact.field]);
  return sameValue(got, fact.equals)
    ? null
    : `${where}.${fact.field}: expected ${JSON.stringify(fact.equals)}, got ${JSON.stringify(got)}`;
}

/**
 * A workbook with numbers rounded to a millionth of a day: the two reading paths may differ in
 * the last float digits of a date-time serial (time is dropped anyway), never in a day.
 */
function comparable(raw: RawWorkbook): unknown {
  const round = (cell: RawCell): RawCell => (typeof cell === 'number' ? Math.round(cell * 1e6) / 1e6 : cell);
  return {
    date1904: raw.date1904,
    sheets: raw.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => (r ?? []).map(round)) })),
  };
}

const expectations: Expected[] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Expected);

async function validateFixture(expected: Expected): Promise<ValidatedWorkbook> {
  const asOf = dayFromIso(expected.asOf);
  if (asOf === null) throw new Error(`${expected.fixture}: bad asOf ${expected.asOf}`);
  return validateWorkbook(await readWorkbookFile(path.join(DIR, expected.fixture)), { asOf });
}

describe('LibreOffice-written workbooks', () => {
  it('has a committed .xlsx and expectation for each fixture, and the set covers every issue code', () => {
    const names = expectations.map((e) => e.fixture);
    expect(names).toEqual(
      expect.arrayContaining([
        'clean-fr.xlsx',
        'clean-en.xlsx',
        'messy-fr.xlsx',
        'missing-sheets.xlsx',
        'duplicate-sheets.xlsx',
        'date1904.xlsx',
      ]),
    );
    for (const name of names) expect(fs.existsSync(path.join(DIR, name))).toBe(true);
    const codes = new Set(expectations.flatMap((e) => e.issues.map((i) => i.code)));
    expect([...codes].sort()).toEqual(
      [
        'attendance/not-member',
        'cell/enum',
        'cell/future',
        'cell/order',
        'cell/required',
        'cell/type',
        'cell/unique',
        'header/duplicate',
        'header/missing',
        'header/unknown',
        'incident/closed-date-missing',
        'meeting/no-attendance',
        'ref/unknown',
        'row/duplicate',
        'sheet/duplicate',
        'sheet/missing',
      ].sort(),
    );
  });

  describe.each(expectations.map((e) => [e.fixture, e] as const))('%s', (_name, expected) => {
    let result: ValidatedWorkbook;
    beforeAll(async () => {
      result = await validateFixture(expected);
    });

    it(`reports exactly the expected issues, in order (as of ${expected.asOf})`, () => {
      expect(result.issues.map(issueLine)).toEqual(expected.issues.map(issueLine));
    });

    it('counts the issues by severity and says valid only without errors', () => {
      const counts = { error: 0, warning: 0, info: 0 };
      for (const issue of expected.issues) counts[issue.severity as keyof typeof counts] += 1;
      expect(result.counts).toEqual(counts);
      expect(result.valid).toBe(counts.error === 0);
    });

    it('reads the records as written (dates, IDs, list values, settings)', () => {
      const mismatches = expected.facts.map((fact) => checkFact(result, fact)).filter((m): m is string => m !== null);
      expect(mismatches).toEqual([]);
    });

    it('reads the same cells from bytes (the web page) as from the file (the command line)', async () => {
      const file = path.join(DIR, expected.fixture);
      const fromBytes = await readWorkbookBytes(new Uint8Array(fs.readFileSync(file)));
      expect(comparable(fromBytes)).toEqual(comparable(await readWorkbookFile(file)));
    });
  });
});
