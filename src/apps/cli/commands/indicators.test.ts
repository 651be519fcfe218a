import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawCell } from '../../../core';
import { workbook } from '../../../../test/builders/workbook';
import { writeXlsx } from '../../../../test/builders/writeXlsx';
import { runCli, STACK_LINE, tempFolder } from '../../../../test/helpers/runCli';

const dir = tempFolder();
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Four members (one per pillar), three monthly meetings in 2025-Q3; `bad` adds a row with an error. */
function quarterBook(name: string, bad: boolean): Promise<string> {
  const attendance: RawCell[][] = [['ID réunion', 'ID membre', 'Présence']];
  for (const [meeting, values] of [
    ['R1', 'PPPP'],
    ['R2', 'PPPA'],
    ['R3', 'PAAA'],
  ] as const) {
    [...values].forEach((v, i) => attendance.push([meeting, `M${i + 1}`, v === 'P' ? 'Présent' : 'Absent']));
  }
  if (bad) attendance.push(['R3', 'M4', 'Peut-être']);
  return writeXlsx(
    join(dir, name),
    workbook({
      Membres: [
        ['ID membre', 'Nom', 'Organisation', 'Pilier', 'Genre', 'Date d’adhésion'],
        ['M1', 'Awa', 'Mine A', 'Entreprise extractive', 'F', utc('2025-01-05')],
        ['M2', 'Jean', 'PSC B', 'Sécurité privée', 'M', utc('2025-01-05')],
        ['M3', 'Marie', 'Mairie', 'Gouvernement', 'F', utc('2025-01-05')],
        ['M4', 'Paul', 'ONG D', 'Société civile', 'M', utc('2025-01-05')],
      ],
      Réunions: [
        ['ID réunion', 'Date', 'Statut'],
        ['R1', utc('2025-07-16'), 'Tenue'],
        ['R2', utc('2025-08-20'), 'Tenue'],
        ['R3', utc('2025-09-17'), 'Tenue'],
      ],
      Présences: attendance,
    }),
  );
}

let good = '';
let bad = '';
beforeAll(async () => {
  good = await quarterBook('good.xlsx', false);
  bad = await quarterBook('bad.xlsx', true);
});

describe('vpwg indicators', () => {
  test("--json: only the spec's object on stdout, keys in its order, exit 0", async () => {
    const run = await runCli(['indicators', good, '--quarter', '2025-Q3', '--as-of', '2025-10-15', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const x = JSON.parse(run.stdout) as Record<string, Record<string, unknown>>;
    expect(Object.keys(x)).toEqual([
      'period',
      'settings',
      'rhythm',
      'participation',
      'engagement',
      'membership',
      'incidents',
      'outreach',
      'expertise',
      'links',
      'targets',
      'excludedRows',
    ]);
    expect(x.period).toEqual({ from: '2025-07-01', to: '2025-09-30', asOf: '2025-09-30', label: '2025-Q3' });
    // Rates 1, 0.75 and 0.25; no Incidents sheet.
    expect(x.participation!.averageRate).toBeCloseTo(2 / 3, 15);
    expect(x.rhythm).toMatchObject({ meetingsHeld: 3, meetingsExpected: 3, monthStreak: 3 });
    expect(x.incidents).toBeNull();
    expect(x.targets!.shared).toEqual({ value: null, target: 0.8, ratio: null, status: 'no_data' });
  });

  test('the running quarter is measured so far, and --year / --from --to name their period', async () => {
    const soFar = JSON.parse(
      (await runCli(['indicators', good, '--quarter', '2025-q3', '--as-of', '2025-08-25', '--json'])).stdout,
    );
    expect(soFar.period.asOf).toBe('2025-08-25');
    expect(soFar.rhythm.meetingsHeld).toBe(2);
    const year = JSON.parse(
      (await runCli(['indicators', good, '--year', '2025', '--as-of', '2026-02-01', '--json'])).stdout,
    );
    expect(year.period).toEqual({ from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31', label: '2025' });
    const range = JSON.parse(
      (
        await runCli([
          'indicators',
          good,
          '--from',
          '2025-08-01',
          '--to',
          '2025-08-31',
          '--as-of',
          '2026-02-01',
          '--json',
        ])
      ).stdout,
    );
    expect(range.period.label).toBeNull();
    expect(range.participation.meetings).toHaveLength(1);
  });

  test('without --json: a readable summary in the chosen language', async () => {
    const run = await runCli(['indicators', good, '--quarter', '2025-Q3', '--as-of', '2025-10-15', '--lang', 'fr']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Taux de présence moyen\s+67\s%/);
    expect(run.stdout).toMatch(/Réunions tenues\s+3 \/ 3\s+\(100\s%\)\s+En bonne voie/);
    expect(run.stdout).toContain('Pas de feuille Incidents.');
  });

  test('a workbook with errors: the figures without those rows, exit 1 and a note on stderr', async () => {
    const run = await runCli(['indicators', bad, '--quarter', '2025-Q3', '--as-of', '2025-10-15', '--json']);
    expect(run.code).toBe(1);
    const x = JSON.parse(run.stdout);
    expect(x.excludedRows).toEqual({
      Members: 0,
      Meetings: 0,
      Attendance: 1,
      Incidents: 0,
      Stakeholders: 0,
      Initiatives: 0,
    });
    // The bad row has two errors: an unknown attendance value and a repeat of R3 / M4.
    expect(run.stderr).toBe(`${bad} has 2 errors; rows with errors are left out of the figures (see vpwg validate).\n`);
  });

  test.each([
    [[], 'Say which period: --quarter 2025-Q3, --year 2025, or --from YYYY-MM-DD --to YYYY-MM-DD.'],
    [['--quarter', '2025-Q3', '--year', '2025'], 'Give only one period: --quarter, --year, or --from with --to.'],
    [['--from', '2025-07-01'], '--from and --to go together: give both.'],
    [['--quarter', '2025-Q5'], '“2025-Q5” is not a quarter: write it like 2025-Q3.'],
    [['--year', '25'], '“25” is not a year: write it with four digits, like 2025.'],
    [
      ['--from', '2025-07-01', '--to', '31/07/2025'],
      '“31/07/2025” is not a date: write it as YYYY-MM-DD, like 2025-07-01.',
    ],
    [['--from', '2025-09-01', '--to', '2025-07-01'], 'The period starts (2025-09-01) after it ends (2025-07-01).'],
    [
      ['--quarter', '2025-Q4', '--as-of', '2025-09-30'],
      'The period starts on 2025-10-01, after today (2025-09-30): there is nothing to measure yet.',
    ],
    [
      ['--quarter', '2025-Q3', '--as-of', '30/09/2025'],
      'Invalid date for --as-of: "30/09/2025" (YYYY-MM-DD, for example 2025-03-31).',
    ],
  ])('bad arguments %p: exit 2 with one sentence, nothing on stdout', async (args, sentence) => {
    const run = await runCli(['indicators', good, ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${sentence}\n`);
  });

  test('in French, a bad period is one French sentence', async () => {
    const run = await runCli(['indicators', good, '--quarter', 'T3-2025', '--lang', 'fr']);
    expect(run.stderr).toBe('«\u00a0T3-2025\u00a0» n’est pas un trimestre\u00a0: écrivez-le comme 2025-Q3.\n');
  });

  test('an unreadable file: exit 2, one line, no stack trace', async () => {
    const notAWorkbook = join(dir, 'notes.xlsx');
    writeFileSync(notAWorkbook, 'plain text');
    for (const file of [join(dir, 'missing.xlsx'), notAWorkbook]) {
      const run = await runCli(['indicators', file, '--quarter', '2025-Q3', '--as-of', '2025-10-15', '--json']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(STACK_LINE);
    }
  });
});
