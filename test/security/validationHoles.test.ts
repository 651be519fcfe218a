/**
 * The attack's smaller validation holes (issue 11, point 5), through the doors a user has: the
 * file reader of `vpwg validate` and the web page (a real .xlsx written by exceljs), and the
 * pane (Office.js over the mock). A hidden, stale copy of Membres placed first is not the one
 * read, and its issue says it is hidden; a date in a count setting is an error, not 45,292 days.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { createExcelHost } from '../../src/adapters/office/excelHost';
import { readInWorker } from '../../src/apps/web/reader/readInWorker';
import { dayFromIso, formatIssueMessage, validateWorkbook, type RawWorkbook } from '../../src/core';
import { cleanSheets, workbook, type Grid } from '../builders/workbook';
import { writeXlsx } from '../builders/writeXlsx';
import { runCli, tempFolder } from '../helpers/runCli';
import { MockDocument, type MockValue } from '../office/mock/mockDocument';
import { mockEnvironment } from '../office/mock/mockEnvironment';

const STALE_MEMBRES: Grid = [
  ['ID membre', 'Nom', 'Organisation', 'Pilier', "Date d'adhésion"],
  ['M1', 'Ana', 'Mine Co', 'Entreprise extractive', '01/01/2020'],
];
const JAN_2024 = new Date(Date.UTC(2024, 0, 1));

/** The clean workbook with a stale Membres copy first and a date as "Follow-up overdue after (days)". */
function attackedBook(): RawWorkbook {
  const sheets = cleanSheets();
  sheets.Settings = [...sheets.Settings!, ['Follow-up overdue after (days)', JAN_2024]];
  const clean = workbook(sheets);
  return { ...clean, sheets: [{ name: 'Membres', rows: STALE_MEMBRES }, ...clean.sheets] };
}

const HIDDEN_COPY_EN =
  'The sheet “Membres” is a hidden second “Members” sheet: only “Members”, which is visible, is read. If the hidden copy is old, delete it; otherwise rename it.';
const DATE_IN_DAYS_EN =
  '“01/01/2024” is a date, but “Follow-up overdue after (days)” needs a whole number from 1 to 3,650\u00a0days; if you typed a number, the cell is formatted as a date (Home › Number › General). The default (90) is used.';

/** The attacked workbook as a .xlsx file (written by exceljs), its Membres copy hidden. */
function attackedFile(): Promise<string> {
  return writeXlsx(join(tempFolder(), 'attacked.xlsx'), attackedBook(), {
    edit: (_wb: ExcelJS.Workbook, sheets) => {
      sheets.Membres!.state = 'hidden';
    },
  });
}

describe('vpwg validate on a .xlsx file (the file reader of the CLI and the web page)', () => {
  it('reads the visible Members, says the hidden copy is hidden, and refuses the date as a number of days', async () => {
    const file = await attackedFile();
    const run = await runCli(['validate', file, '--json', '--lang', 'en']);
    const issues = (
      JSON.parse(run.stdout) as { issues: { code: string; severity: string; cell: string | null; message: string }[] }
    ).issues;
    expect(issues.map(({ code, severity, cell, message }) => ({ code, severity, cell, message }))).toEqual([
      { code: 'sheet/duplicate', severity: 'error', cell: null, message: HIDDEN_COPY_EN },
      { code: 'cell/type', severity: 'error', cell: 'Settings!B4', message: DATE_IN_DAYS_EN },
    ]);
    const human = await runCli(['validate', file, '--lang', 'fr']);
    expect(human.stdout).toContain(
      'La feuille «\u00a0Membres\u00a0» est une deuxième feuille «\u00a0Members\u00a0», masquée\u00a0: seule «\u00a0Members\u00a0», qui est visible, est lue.',
    );
  });
});

describe('the web page (its reading worker; under jest the same code runs in the page)', () => {
  it('hands the hidden tab over with the rows: the visible Members is read, the hidden copy said hidden', async () => {
    const raw = await readInWorker(new Blob([readFileSync(await attackedFile())]));
    expect(raw.sheets.filter((s) => s.hidden === true).map((s) => s.name)).toEqual(['Membres']);
    const result = validateWorkbook(raw, { asOf: dayFromIso('2025-09-30')! });
    expect(result.sheetNames.Members).toBe('Members');
    expect(result.issues.map((i) => formatIssueMessage(i, 'en'))).toEqual([HIDDEN_COPY_EN, DATE_IN_DAYS_EN]);
  });
});

/** The attacked workbook in the pane: dates as Excel hands them over, serials; the Members copy hidden. */
function attackedDocument(): MockDocument {
  const doc = new MockDocument();
  for (const sheet of attackedBook().sheets) {
    const rows = sheet.rows.map((r) => (r ?? []).map((c): MockValue => (c instanceof Date ? 45_292 : (c ?? ''))));
    doc.addSheet(sheet.name, rows);
  }
  doc.sheet('Membres').visibility = 'Hidden';
  return doc;
}

async function validateInPane(doc: MockDocument) {
  const read = await createExcelHost({ env: mockEnvironment(doc) }).readWorkbook();
  if (!read.ok) throw new Error(read.failure.reason);
  return validateWorkbook(read.value, { asOf: dayFromIso('2025-09-30')! });
}

describe('the pane (Office.js)', () => {
  it('says what the file reader says: the hidden copy is not read, the date is refused as a date', async () => {
    const doc = attackedDocument();
    // Typed as a date, Excel stores 45,292 with a date format on the cell.
    doc.sheet('Settings').numberFormats.push({ rect: { r0: 3, c0: 1, r1: 3, c1: 1 }, format: 'dd/mm/yyyy' });
    const result = await validateInPane(doc);
    expect(result.sheetNames.Members).toBe('Members');
    expect(result.members).toHaveLength(4);
    expect(result.settings.overdueDays).toBe(90);
    expect(result.issues.map((i) => [i.code, i.severity, i.cell, formatIssueMessage(i, 'en')])).toEqual([
      ['sheet/duplicate', 'error', null, HIDDEN_COPY_EN],
      ['cell/type', 'error', 'Settings!B4', DATE_IN_DAYS_EN],
    ]);
    // Names, used ranges, then the values with the Settings sheet's formats: no extra round trip.
    expect(doc.syncs).toBe(3);
  });

  it('a plain 45,292 in the same cell is refused as above the bound', async () => {
    const result = await validateInPane(attackedDocument());
    expect(result.settings.overdueDays).toBe(90);
    expect(result.issues.map((i) => formatIssueMessage(i, 'en'))).toEqual([
      HIDDEN_COPY_EN,
      '“45292” is too large for “Follow-up overdue after (days)”: at most 3,650\u00a0days. The default (90) is used.',
    ]);
  });
});
