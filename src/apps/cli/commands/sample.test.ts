import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromYmd, missingKeys, validateWorkbook } from '../../../core';
import { readWorkbookBytes } from '../../../adapters/xlsx/readWorkbook';
import { runCli, tempFolder } from '../../../../test/helpers/runCli';
import { sampleMessages } from './sample.messages';

async function cellsOf(file: string) {
  return readWorkbookBytes(readFileSync(file));
}

describe('vpwg sample', () => {
  it('writes the default sample, 36 months to September 2025, valid with no issue, and says what it holds', async () => {
    const out = join(tempFolder(), 'sample.xlsx');
    const run = await runCli(['sample', '--out', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(
      /^Sample written: .*\(60 members, \d+ meetings, \d+ attendance rows, \d+ incidents, 38 stakeholders mapped, 5 initiatives; seed 2025, 2022-10 to 2025-09\)\.\n$/,
    );
    const result = validateWorkbook(await cellsOf(out), { asOf: dayFromYmd(2025, 9, 30) });
    expect(result.issues).toEqual([]);
  });

  it('gives the same cells for the same seed and other cells for another seed', async () => {
    const dir = tempFolder();
    const write = async (name: string, seed: string) => {
      expect((await runCli(['sample', '--seed', seed, '--lang', 'fr', '--out', join(dir, name)])).code).toBe(0);
      return cellsOf(join(dir, name));
    };
    const a = await write('a.xlsx', '5');
    expect(await write('b.xlsx', '5')).toEqual(a);
    expect(await write('c.xlsx', '6')).not.toEqual(a);
  });

  it('ends with --end and writes French with --lang fr', async () => {
    const out = join(tempFolder(), 'exemple.xlsx');
    const run = await runCli(['sample', '--end', '2024-02', '--lang', 'fr', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('de 2021-03 à 2024-02');
    const raw = await cellsOf(out);
    // The long topic list feeds its drop-down from a hidden sheet, after the contract's.
    expect(raw.sheets.map((s) => s.name)).toEqual([
      'Membres',
      'Réunions',
      'Présences',
      'Incidents',
      'Cartographie',
      'Initiatives',
      'Paramètres',
      'Listes',
    ]);
    expect(validateWorkbook(raw, { asOf: dayFromYmd(2024, 2, 29) }).counts.error).toBe(0);
  });

  it.each([
    [['--seed', 'abc'], /Invalid seed: "abc"/],
    [['--seed', '1.5'], /Invalid seed/],
    [['--seed', '4294967296'], /Invalid seed/],
    [['--end', '2025-13'], /Invalid month for --end: "2025-13"/],
    [['--end', '09/2025'], /Invalid month for --end/],
    [['--end', '1899-12'], /Invalid month for --end/],
    [['--lang', 'es'], /Unknown language: "es"/],
    [['--seeds', '3'], /Unknown option: --seeds/],
  ])('refuses %j with exit 2, one line and no file', async (args, message) => {
    const out = join(tempFolder(), 'never.xlsx');
    const run = await runCli(['sample', ...args, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(() => readFileSync(out)).toThrow();
  });

  it('speaks French to a French locale, and has every message in both languages', async () => {
    const run = await runCli(['sample', '--seed', 'x', '--out', 'x.xlsx'], { LANG: 'fr_CD.UTF-8' });
    expect(run.stderr).toMatch(/^Graine invalide\u00a0: «\u00a0x\u00a0»/);
    expect((await runCli(['sample', '--help'])).stdout).toContain('default: 2025-09');
    expect(missingKeys(sampleMessages)).toEqual([]);
  });
});
