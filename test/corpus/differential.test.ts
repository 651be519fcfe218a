import { join, relative } from 'node:path';
import { readWorkbookFile } from '../../src/adapters/xlsx/readWorkbookFile';
import { WorkbookReadError } from '../../src/adapters/xlsx/workbookReadError';
import { compareCells, RULES, type Rule } from './compareCells';
import { CORPUS_ROOT, corpusWorkbooks } from './corpusDir';
import { openpyxlReadings } from './openpyxl';

/**
 * The project's reader against openpyxl (Debian's python3-openpyxl), on every workbook of the
 * corpus: each one openpyxl opens must be read, never refused, and every cell of every sheet
 * must be what openpyxl reads (text equal, numbers equal, dates the same day, booleans and
 * errors as such), but for the general rules of compareCells.ts and the files listed below.
 */

/** Files where the two readers differ, each with the reason; kept honest below (each must still differ). */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  'sheetjs/LONumbers.xlsx':
    'Numbers formatted `D` (day of the month) and `Y`: openpyxl takes a format for a date only when a character comes before its first token, and gives the number.',
  'sheetjs/LONumbers-2010.xlsx': 'As LONumbers.xlsx (formats `D` and `Y`).',
  'sheetjs/LONumbers-2011.xlsx': 'As LONumbers.xlsx (formats `D` and `Y`).',
  'public/XlsxWriter/xlsxwriter__test__comparison__xlsx_files__date_1904_02.xlsx':
    'Serial 0 of the 1904 date system is 1 January 1904, as Excel shows it; openpyxl makes a time of day of any serial below 1.',
  'public/XlsxWriter/xlsxwriter__test__comparison__xlsx_files__shared_strings02.xlsx':
    'The text `_x005F_`, escaped as `_x005F_x005F_`: Excel shows `_x005F_`; openpyxl drops every `x005F_` and shows `_`.',
};

interface Outcome {
  readonly file: string;
  readonly openpyxl: 'opened' | string;
  readonly ours: 'read' | string;
  readonly differences: readonly string[];
}

const outcomes: Outcome[] = [];
const excused: Partial<Record<Rule, number>> = {};
let cells = 0;
let seconds = 0;

beforeAll(async () => {
  const start = performance.now();
  const files = corpusWorkbooks()
    .sort()
    .map((file) => join(CORPUS_ROOT, file));
  await openpyxlReadings(files, async (path, reading) => {
    const file = relative(CORPUS_ROOT, path);
    let ours: Awaited<ReturnType<typeof readWorkbookFile>> | WorkbookReadError;
    try {
      ours = await readWorkbookFile(path);
    } catch (error) {
      if (!(error instanceof WorkbookReadError)) throw error;
      ours = error;
    }
    const oursLabel = ours instanceof WorkbookReadError ? `refused (${ours.reason}: ${ours.failure.detail})` : 'read';
    if (!reading.ok || ours instanceof WorkbookReadError) {
      outcomes.push({ file, openpyxl: reading.ok ? 'opened' : reading.error, ours: oursLabel, differences: [] });
      return;
    }
    const comparison = compareCells(ours, reading);
    cells += comparison.cells;
    for (const [rule, n] of Object.entries(comparison.excused))
      excused[rule as Rule] = (excused[rule as Rule] ?? 0) + n;
    outcomes.push({ file, openpyxl: 'opened', ours: oursLabel, differences: comparison.differences });
  });
  seconds = (performance.now() - start) / 1000;
}, 600_000);

test('the corpus holds the public workbooks of four libraries', () => {
  expect(outcomes.length).toBeGreaterThanOrEqual(1500);
});

test('every workbook openpyxl opens is read, not refused', () => {
  const refused = outcomes.filter((o) => o.openpyxl === 'opened' && o.ours !== 'read');
  expect(refused.map((o) => `${o.file}: ${o.ours}`)).toEqual([]);
});

test('every cell of every sheet is what openpyxl reads, but for the listed exceptions', () => {
  const differing = outcomes.filter((o) => o.differences.length > 0 && EXCEPTIONS[o.file] === undefined);
  expect(differing.map((o) => `${o.file}: ${o.differences.slice(0, 5).join('; ')}`)).toEqual([]);
});

test('each listed exception still differs (the list stays honest)', () => {
  const fixed = Object.keys(EXCEPTIONS).filter(
    (file) => !outcomes.some((o) => o.file === file && o.differences.length),
  );
  expect(fixed).toEqual([]);
});

afterAll(() => {
  const opened = outcomes.filter((o) => o.openpyxl === 'opened').length;
  const rules = Object.entries(excused).map(([rule, n]) => `  ${n} cells: ${RULES[rule as Rule]}`);
  console.log(
    [
      `differential test: ${outcomes.length} workbooks, ${opened} opened by openpyxl and compared, ${cells.toLocaleString('en')} cells, ${seconds.toFixed(1)} s`,
      ...rules,
      `  ${Object.keys(EXCEPTIONS).length} files listed as exceptions`,
      'not opened by openpyxl (each read by the project, or refused with its reason):',
      ...outcomes.filter((o) => o.openpyxl !== 'opened').map((o) => `  ${o.file}: ${o.openpyxl}; project: ${o.ours}`),
    ].join('\n'),
  );
});
