import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbook } from '../../../test/builders/workbook';
import { writeXlsx } from '../../../test/builders/writeXlsx';
import { runCli, tempFolder } from '../../../test/helpers/runCli';

const dir = tempFolder();

/** A small monitoring workbook; `bad` plants an unknown pillar (error) and a bad gender (warning). */
function smallBook(name: string, bad: boolean): Promise<string> {
  return writeXlsx(
    join(dir, name),
    workbook({
      Membres: [
        ['ID membre', 'Nom', 'Organisation', 'Pilier', 'Genre', 'Date d’adhésion'],
        ['M001', 'Awa', 'ONG A', bad ? 'Societe civil' : 'Société civile', bad ? 'Zz' : 'F', '05/01/2024'],
        ['M002', 'Jean', 'Mine B', 'Entreprise extractive', 'M', '05/01/2024'],
      ],
      Réunions: [
        ['ID réunion', 'Date'],
        ['R1', '10/02/2024'],
      ],
      Présences: [
        ['ID réunion', 'ID membre', 'Présence'],
        ['R1', 'M001', 'Présent'],
        ['R1', 'M002', 'Absent'],
      ],
    }),
  );
}

let good = '';
let bad = '';
beforeAll(async () => {
  good = await smallBook('good.xlsx', false);
  bad = await smallBook('bad.xlsx', true);
});

describe('vpwg validate', () => {
  test('a workbook without errors: exit 0, counts first', async () => {
    const run = await runCli(['validate', good]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([`${good}: no errors.`, '0 errors, 1 warning, 2 infos']);
  });

  test('errors: exit 1, grouped by sheet, errors before warnings, with the cell and the hint', async () => {
    const run = await runCli(['validate', bad, '--lang', 'fr']);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    // The infos: no Cartographie and no Initiatives sheet (both optional).
    expect(lines[1]).toBe('1 erreur, 2 avertissements, 2 informations');
    const members = lines.indexOf('Feuille Membres');
    expect(lines[members + 1]).toMatch(
      /^ {2}erreur +Membres!D2 .*Vouliez-vous dire «\u00a0Société civile\u00a0»\u00a0\?$/,
    );
    expect(lines[members + 1]!.split('Vouliez-vous dire')).toHaveLength(2);
    expect(lines[members + 2]).toMatch(/^ {2}avertissement +Membres!E2 /);
  });

  test('--json: exactly the object of the spec, messages in the --lang language', async () => {
    const run = await runCli(['validate', bad, '--json', '--lang', 'en']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { valid: boolean; counts: object; issues: Array<Record<string, unknown>> };
    expect(Object.keys(report)).toEqual(['valid', 'counts', 'issues']);
    expect(report.valid).toBe(false);
    expect(report.counts).toEqual({ error: 1, warning: 2, info: 2 });
    const pillar = report.issues.find((i) => i.field === 'pillar');
    expect(pillar).toEqual({
      code: 'cell/enum',
      severity: 'error',
      sheet: 'Membres',
      row: 2,
      column: 'D',
      cell: 'Membres!D2',
      field: 'pillar',
      value: 'Societe civil',
      message: expect.any(String),
      hint: 'Société civile',
    });
    expect(Object.keys(pillar ?? {})).toEqual([
      'code',
      'severity',
      'sheet',
      'row',
      'column',
      'cell',
      'field',
      'value',
      'message',
      'hint',
    ]);
    const french = JSON.parse((await runCli(['validate', bad, '--json', '--lang', 'fr'])).stdout) as typeof report;
    expect(french.issues.map((i) => i.message)).not.toEqual(report.issues.map((i) => i.message));
  });

  test('--as-of moves "today": a date after it is a future date', async () => {
    const before = JSON.parse((await runCli(['validate', good, '--json', '--as-of', '2024-01-31'])).stdout) as {
      issues: Array<{ code: string }>;
    };
    expect(before.issues.map((i) => i.code)).toContain('cell/future');
  });

  test.each([
    [['validate', '/nowhere/suivi.xlsx'], 'The file "/nowhere/suivi.xlsx" does not exist.'],
    [['validate'], 'Give the workbook file. See vpwg validate --help.'],
    [['validate', 'a.xlsx', 'b.xlsx'], 'Unexpected argument: "b.xlsx". See vpwg validate --help.'],
    [['validate', 'a.xlsx', '--bogus'], 'Unknown option: --bogus. See vpwg validate --help.'],
    [
      ['validate', 'a.xlsx', '--as-of', '2024-02-30'],
      'Invalid date for --as-of: "2024-02-30" (YYYY-MM-DD, for example 2025-03-31).',
    ],
    [['validate', 'a.xlsx', '--as-of'], 'The option --as-of needs a value. See vpwg validate --help.'],
    [['validate', 'a.xlsx', '--lang', 'de'], 'Unknown language: "de" (fr or en).'],
    [['frobnicate'], 'Unknown command: "frobnicate". Commands: validate, indicators, report, template, sample.'],
    [[], 'Give a command: validate, indicators, report, template, sample.'],
  ])('vpwg %j: exit 2 and one clear line on stderr', async (argv, line) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${line}\n`);
  });

  test('an unreadable file in French', async () => {
    const path = join(dir, 'notes.xlsx');
    writeFileSync(path, 'pas un classeur');
    const run = await runCli(['validate', path, '--json', '--lang', 'fr']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `Le fichier «\u00a0${path}\u00a0» n’est pas un classeur Excel (.xlsx).\n`,
    });
  });
});

describe('help and language', () => {
  test('vpwg --help lists the commands; vpwg validate --help explains the options', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    for (const name of ['validate', 'indicators', 'report', 'template', 'sample'])
      expect(top.stdout).toContain(`  ${name}`);
    const help = await runCli(['validate', '--help', '--lang', 'fr']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Utilisation\u00a0: vpwg validate FICHIER.xlsx');
    expect(help.stdout).toContain('--as-of');
  });

  test.each<[Record<string, string | undefined>, string, 'fr' | 'en']>([
    [{ LANG: 'fr_CD.UTF-8' }, 'en-US', 'fr'],
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'fr_FR.UTF-8' }, 'fr-FR', 'en'],
    [{ LC_MESSAGES: 'fr_FR' }, 'en-US', 'fr'],
    [{}, 'fr-FR', 'fr'],
    [{}, 'sw-CD', 'en'],
  ])('environment %j with system locale %s speaks %s', async (env, locale, lang) => {
    let stderr = '';
    const { main } = await import('./main');
    await main(['validate'], { stdout: () => undefined, stderr: (t) => (stderr += t), env, locale, today: () => 0 });
    expect(stderr.startsWith(lang === 'fr' ? 'Indiquez' : 'Give')).toBe(true);
  });

  test('--lang wins over the environment, even for argument errors', async () => {
    expect((await runCli(['validate', '--nope', '--lang', 'fr'], { LANG: 'en_US' })).stderr).toMatch(
      /^Option inconnue\u00a0: --nope\./,
    );
  });
});
