import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runCli, tempFolder } from '../helpers/runCli';
import { diffLines, renderChanges, unexplainedRemovals } from './addedLines';

/**
 * What `vpwg validate` and `vpwg indicators` print, byte for byte, on the built-in sample (in
 * French and in English) and on every LibreOffice fixture: the reports a secretariat reads and
 * the JSON other tools parse. The golden files were written by the build before the engine's
 * model was retyped (issue 8), so a refactoring that changes one byte of them fails here.
 *
 * The programme measures (issue 9) added to these outputs and changed nothing they printed
 * before: each output is its golden file (`NAME.txt`, as printed before) with the lines in
 * `NAME.added.txt` added (`+LINE text`) and, where an addition had to touch a line, that line's
 * old form removed (`-LINE text`). A removal must be explained by an addition (a line moved,
 * a JSON value given a comma, a line extended: see addedLines.ts), so the old figures provably
 * stand. `UPDATE_GOLDEN=1 npx jest test/cli/outputs` rewrites the `.added.txt` files (and
 * writes a missing `NAME.txt`): review the diff before committing.
 *
 * Each file holds the command, its exit code, its standard output and its standard error.
 * The JSON of `indicators --json` holds no word of any language, so it is kept once (in
 * English) and the French run must print the very same bytes.
 */
const GOLDEN = join(__dirname, 'golden');
const FIXTURES = join(__dirname, '..', 'fixtures', 'libreoffice');

interface Case {
  readonly name: string;
  readonly args: readonly string[];
}

const langs = ['fr', 'en'] as const;

function validateCases(asOf: string, suffix = ''): Case[] {
  return langs.flatMap((lang) => [
    { name: `validate${suffix}-${lang}`, args: ['validate', '--as-of', asOf, '--lang', lang] },
    { name: `validate${suffix}-json-${lang}`, args: ['validate', '--json', '--as-of', asOf, '--lang', lang] },
  ]);
}

function periodArgs(period: string): string[] {
  if (/^\d{4}-Q\d$/.test(period)) return ['--quarter', period];
  if (/^\d{4}$/.test(period)) return ['--year', period];
  const [from = '', to = ''] = period.split('..');
  return ['--from', from, '--to', to];
}

function indicatorCases(
  asOf: string,
  jsonPeriods: readonly string[],
  summaryPeriods: readonly string[],
  suffix = '',
): Case[] {
  const at = (p: string) => `${p.replace('..', '_')}${suffix}`;
  return [
    ...jsonPeriods.map((p) => ({
      name: `indicators-json-${at(p)}`,
      args: ['indicators', ...periodArgs(p), '--json', '--as-of', asOf],
    })),
    ...summaryPeriods.flatMap((p) =>
      langs.map((lang) => ({
        name: `indicators-summary-${at(p)}-${lang}`,
        args: ['indicators', ...periodArgs(p), '--as-of', asOf, '--lang', lang],
      })),
    ),
  ];
}

/** The sample as of 15 October 2025 (after its last month), and in a running quarter. */
const SAMPLE_CASES: Case[] = [
  ...validateCases('2025-10-15'),
  ...validateCases('2025-06-30', '-early'),
  ...indicatorCases(
    '2025-10-15',
    [
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2023',
      '2024',
      '2025',
      '2024-11-15..2025-02-10',
      '2025-07-01..2025-09-30',
    ],
    ['2025-Q3', '2025', '2024-11-15..2025-02-10'],
  ),
  ...indicatorCases('2025-08-20', ['2025-Q3', '2025'], ['2025-Q3'], '-running'),
];

const FIXTURE_CASES: Case[] = [
  ...validateCases('2025-09-30'),
  ...indicatorCases(
    '2025-09-30',
    ['2023', '2024', '2025', '2024-Q2', '2023-01-01..2025-09-30'],
    ['2024', '2023-01-01..2025-09-30'],
  ),
];

interface Workbook {
  readonly name: string;
  readonly file: string;
  readonly cases: readonly Case[];
}

const folder = tempFolder();
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();
const WORKBOOKS: Workbook[] = [
  ...langs.map((lang) => ({ name: `sample-${lang}`, file: join(folder, `sample-${lang}.xlsx`), cases: SAMPLE_CASES })),
  ...fixtures.map((f) => ({ name: basename(f, '.xlsx'), file: join(FIXTURES, f), cases: FIXTURE_CASES })),
];

beforeAll(async () => {
  for (const lang of langs) {
    const run = await runCli(['sample', '--lang', lang, '--out', join(folder, `sample-${lang}.xlsx`)]);
    if (run.code !== 0) throw new Error(`the sample could not be written: ${run.stderr}`);
  }
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Run {
  readonly command: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs vpwg on the workbook; its path in messages is shown as the workbook's short name, the same on every machine. */
async function run(workbook: Workbook, args: readonly string[]): Promise<Run> {
  const [command = '', ...rest] = args;
  const result = await runCli([command, workbook.file, ...rest]);
  const own = (text: string) => text.split(workbook.file).join(`${workbook.name}.xlsx`);
  return {
    command: `vpwg ${[command, `${workbook.name}.xlsx`, ...rest].join(' ')}`,
    code: result.code,
    stdout: own(result.stdout),
    stderr: own(result.stderr),
  };
}

/** A run as a readable file: the command, its exit code, then both outputs verbatim. */
function recorded(r: Run): string {
  return [`$ ${r.command}`, `exit ${r.code}`, '--- stdout', r.stdout, '--- stderr', r.stderr].join('\n');
}

function golden(workbook: string, name: string, text: string): void {
  const dir = join(GOLDEN, workbook);
  const file = join(dir, `${name}.txt`);
  const addedFile = join(dir, `${name}.added.txt`);
  const update = process.env.UPDATE_GOLDEN === '1';
  if (update && !existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, text);
  }
  if (!existsSync(file)) throw new Error(`no golden file ${file}: run with UPDATE_GOLDEN=1 and review it`);
  const changes = diffLines(readFileSync(file, 'utf8').split('\n'), text.split('\n'));
  // Nothing printed before is gone, unless an addition explains it.
  expect(unexplainedRemovals(changes)).toEqual([]);
  const added = changes.length === 0 ? null : renderChanges(changes);
  if (update) {
    if (added === null) rmSync(addedFile, { force: true });
    else writeFileSync(addedFile, added);
  }
  expect(added).toBe(existsSync(addedFile) ? readFileSync(addedFile, 'utf8') : null);
}

describe.each(WORKBOOKS)('vpwg on $name prints what it printed before, and the programme’s additions', (workbook) => {
  it.each(workbook.cases)('$name', async ({ name, args }) => {
    const en = await run(workbook, args);
    golden(workbook.name, name, recorded(en));
    if (args[0] === 'indicators' && args.includes('--json')) {
      // The JSON speaks no language: French gives the same bytes (only the note on stderr is French).
      const fr = await run(workbook, [...args, '--lang', 'fr']);
      expect([fr.code, fr.stdout]).toEqual([en.code, en.stdout]);
    }
  });
});
