import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSheetPlan } from '../../../adapters/xlsx/writeSheetPlan';
import { main } from '../main';
import { dayFromIso, generateSample, type SheetPlan, type WorkbookPlan } from '../../../core';
import { unzipText } from '../../../../test/helpers/xlsxParts';

/** `vpwg report` in-process, against the sample written to a real .xlsx file. */
const dir = mkdtempSync(join(tmpdir(), 'vpwg-report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['report', ...argv], {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: { LANG: 'en_GB.UTF-8' },
    today: () => dayFromIso('2025-10-15') ?? 0,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** The sample with one member's pillar misspelt beyond recognition: a validation error. */
function withError(plan: WorkbookPlan): WorkbookPlan {
  const sheets = plan.sheets.map((s): SheetPlan => {
    if (s.key !== 'members') return s;
    const pillar = s.columns.findIndex((c) => c.key === 'pillar');
    return { ...s, rows: s.rows.map((r, i) => (i === 0 ? r.map((v, j) => (j === pillar ? 'zzz' : v)) : r)) };
  });
  return { ...plan, sheets };
}

const sample = join(dir, 'sample.xlsx');
const broken = join(dir, 'broken.xlsx');
beforeAll(async () => {
  writeFileSync(sample, await writeSheetPlan(generateSample({ lang: 'fr' })));
  writeFileSync(broken, await writeSheetPlan(withError(generateSample({ lang: 'en' }))));
});

describe('vpwg report', () => {
  it('writes the report, says so on stdout, exits 0', async () => {
    const file = join(dir, 'q3.xlsx');
    const r = await run(sample, '--quarter', '2025-Q3', '--out', file);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain(file);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('refuses to overwrite without --force (exit 2, one line, file untouched), replaces it with --force', async () => {
    const file = join(dir, 'existing.xlsx');
    writeFileSync(file, 'keep me');
    const refused = await run(sample, '--year', '2025', '--out', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    expect((await run(sample, '--year', '2025', '--out', file, '--force')).code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('exits 0 on a workbook with validation errors, with a line on stderr', async () => {
    const file = join(dir, 'broken-report.xlsx');
    const r = await run(broken, '--quarter', '2025-Q3', '--audience', 'internal', '--lang', 'en', '--out', file);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^The workbook has 1 error\(s\).*Data quality/);
    expect(existsSync(file)).toBe(true);
  });

  it.each([
    ['no period', [sample, '--out', join(dir, 'a.xlsx')], 'Say which period'],
    [
      'two periods',
      [sample, '--quarter', '2025-Q3', '--year', '2025', '--out', join(dir, 'b.xlsx')],
      'only one period',
    ],
    ['bad quarter', [sample, '--quarter', '2025-Q7', '--out', join(dir, 'c.xlsx')], '2025-Q7'],
    ['bad audience', [sample, '--quarter', '2025-Q3', '--audience', 'press', '--out', join(dir, 'd.xlsx')], 'press'],
    ['no --out', [sample, '--quarter', '2025-Q3'], '--out'],
    ['missing workbook', [join(dir, 'none.xlsx'), '--quarter', '2025-Q3', '--out', join(dir, 'e.xlsx')], 'none.xlsx'],
    [
      'bad --as-of',
      [sample, '--quarter', '2025-Q3', '--as-of', '31/12/2025', '--out', join(dir, 'f.xlsx')],
      '31/12/2025',
    ],
  ])('%s: exit 2, one clear line, nothing written', async (_name, argv, words) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(words);
    const out = argv[argv.indexOf('--out') + 1];
    if (argv.includes('--out') && out) expect(existsSync(out)).toBe(false);
  });

  it('speaks French with --lang fr, in its messages and its sheets', async () => {
    const file = join(dir, 'fr.xlsx');
    const r = await run(sample, '--quarter', '2025-Q3', '--lang', 'fr', '--out', file);
    expect(r.stdout).toContain('Rapport écrit');
    expect(unzipText(readFileSync(file)).get('xl/workbook.xml')).toContain('Synthèse');
  });

  it('the same arguments give the same sheets (only zip timestamps may differ)', async () => {
    const sheetsOf = async (file: string) => {
      const parts = unzipText(readFileSync(file));
      const names = [...parts.keys()].filter(
        (n) => n.startsWith('xl/worksheets/') || n === 'xl/sharedStrings.xml' || n === 'xl/styles.xml',
      );
      return names.sort().map((n) => [n, parts.get(n)]);
    };
    const a = join(dir, 'same-a.xlsx');
    const b = join(dir, 'same-b.xlsx');
    await run(sample, '--year', '2025', '--out', a);
    await run(sample, '--year', '2025', '--out', b);
    expect(await sheetsOf(b)).toEqual(await sheetsOf(a));
  });
});
