import { join } from 'node:path';
import { rawBook, type BookRows } from '../../../../test/builders/workbook';
import { writeXlsx } from '../../../../test/builders/writeXlsx';
import { runCli, tempFolder } from '../../../../test/helpers/runCli';

// `vpwg indicators` per interfaces.md and indicators.md's JSON form. runCli's today is 2025-09-30.
const dir = tempFolder();
const writeBook = (name: string, book: BookRows): Promise<string> => writeXlsx(join(dir, name), rawBook(book));

const base: BookRows = {
  members: [
    ['E1', 'Extractive', '2025-01-01', null, 'F'],
    ['P1', 'PSC', '2025-01-01', null, 'M'],
    ['G1', 'Government', '2025-01-01'],
  ],
  meetings: [
    ['R1', '2025-07-16'],
    ['R2', '2025-08-20'],
  ],
  attendance: [
    ['R1', 'E1', 'P'],
    ['R1', 'P1', 'P'],
    ['R2', 'E1', 'P'],
  ],
  incidents: null,
};

let plain = '';
let withErrors = '';
beforeAll(async () => {
  plain = await writeBook('plain.xlsx', base);
  withErrors = await writeBook('errors.xlsx', {
    ...base,
    attendance: [...base.attendance!, ['R2', 'P1', 'Maybe'], ['R9', 'E1', 'P']],
    incidents: [['I1', '2025-07-20', 'Other', 'Unknown', 'R1', 'Closed']],
  });
});

describe('audit: vpwg indicators --json', () => {
  test('exactly the top-level keys, in order; every setting; incidents null without the sheet', async () => {
    const run = await runCli(['indicators', plain, '--quarter', '2025-Q3', '--json']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const x = JSON.parse(run.stdout) as Record<string, unknown>;
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
    expect(Object.keys(x.settings as object).sort()).toEqual(
      [
        'groupName',
        'meetingsPerMonth',
        'attendanceTarget',
        'fullPillarTarget',
        'regularTarget',
        'minPerPillar',
        'sharedTarget',
        'engagementWindow',
        'overdueDays',
        'minCount',
        'publishOrganisations',
        'keyStakeholderTarget',
        'expertiseTarget',
        'linkedTarget',
        'dormantDays',
      ].sort(),
    );
    expect(x.incidents).toBeNull();
    expect(x.excludedRows).toEqual({
      Members: 0,
      Meetings: 0,
      Attendance: 0,
      Incidents: 0,
      Stakeholders: 0,
      Initiatives: 0,
    });
    // Unrounded: rates 2/3 and 1/3; attendances with a gender: E1 (F) twice, P1 (M) once.
    expect(x.participation).toMatchObject({ averageRate: (2 / 3 + 1 / 3) / 2, womenShare: 2 / 3 });
  });

  test('rows with errors: counted in excludedRows, exit 1, the note on stderr only', async () => {
    const run = await runCli(['indicators', withErrors, '--year', '2025', '--json']);
    expect(run.code).toBe(1);
    const x = JSON.parse(run.stdout) as { excludedRows: unknown; incidents: { recorded: number } };
    expect(x.excludedRows).toEqual({
      Members: 0,
      Meetings: 0,
      Attendance: 2,
      Incidents: 1,
      Stakeholders: 0,
      Initiatives: 0,
    });
    expect(x.incidents.recorded).toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('a custom range has label null and is measured as of min(to, today)', async () => {
    const run = await runCli(['indicators', plain, '--from', '2025-08-01', '--to', '2025-12-31', '--json']);
    const x = JSON.parse(run.stdout) as { period: unknown; rhythm: { monthsInPeriod: number } };
    expect(x.period).toEqual({ from: '2025-08-01', to: '2025-12-31', asOf: '2025-09-30', label: null });
    expect(x.rhythm.monthsInPeriod).toBe(2);
  });

  test('--from/--to spelling out a quarter prints the same object as --quarter', async () => {
    const byQuarter = await runCli(['indicators', plain, '--quarter', '2025-Q3', '--json']);
    const byDates = await runCli(['indicators', plain, '--from', '2025-07-01', '--to', '2025-09-30', '--json']);
    expect(byDates.stdout).toBe(byQuarter.stdout);
  });
});

describe('audit: vpwg indicators arguments (exit 2, one sentence, in the chosen language)', () => {
  test.each([
    [['--quarter', '2025-Q3', '--year', '2025'], 'Une seule période\u00a0: --quarter, --year, ou --from avec --to.'],
    [
      ['--year', '2025', '--from', '2025-01-01', '--to', '2025-02-01'],
      'Une seule période\u00a0: --quarter, --year, ou --from avec --to.',
    ],
    [['--from', '2025-07-01'], '--from et --to vont ensemble\u00a0: donnez les deux.'],
    [['--to', '2025-07-01'], '--from et --to vont ensemble\u00a0: donnez les deux.'],
    [
      ['--from', '2025-02-30', '--to', '2025-03-31'],
      '«\u00a02025-02-30\u00a0» n’est pas une date\u00a0: écrivez-la AAAA-MM-JJ, comme 2025-07-01.',
    ],
    [['--year', '0099'], '«\u00a00099\u00a0» n’est pas une année\u00a0: écrivez-la en quatre chiffres, comme 2025.'],
    [
      ['--quarter', '2025-Q3', '--as-of', '2025-13-01'],
      'Date invalide pour --as-of\u00a0: «\u00a02025-13-01\u00a0» (AAAA-MM-JJ, par exemple 2025-03-31).',
    ],
    [['--quarter'], 'L’option --quarter attend une valeur. Voir vpwg indicators --help.'],
    [[], 'Indiquez la période\u00a0: --quarter 2025-Q3, --year 2025, ou --from AAAA-MM-JJ --to AAAA-MM-JJ.'],
  ])('--lang fr %p', async (args, sentence) => {
    const run = await runCli(['indicators', plain, ...args, '--lang', 'fr']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${sentence}\n` });
  });

  test.each([
    [['--to', '2025-07-01'], '--from and --to go together: give both.'],
    [
      ['--quarter', '2025-Q3', '--from', '2025-07-01', '--to', '2025-09-30'],
      'Give only one period: --quarter, --year, or --from with --to.',
    ],
  ])('English %p', async (args, sentence) => {
    const run = await runCli(['indicators', plain, ...args]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${sentence}\n` });
  });

  test('a bad argument is reported before the file is even read', async () => {
    const run = await runCli(['indicators', join(dir, 'missing.xlsx'), '--quarter', 'Q3']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: '“Q3” is not a quarter: write it like 2025-Q3.\n' });
  });
});
