import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingKeys, validateWorkbook, dayFromYmd } from '../../../core';
import { openWritten } from '../../../../test/helpers/readBackWorkbook';
import { readWorkbookBytes } from '../../../adapters/xlsx/readWorkbook';
import { runCli, tempFolder } from '../../../../test/helpers/runCli';
import { templateMessages } from './template.messages';

describe('vpwg template', () => {
  it('writes the empty workbook in French with --lang fr, which validates with no issue', async () => {
    const out = join(tempFolder(), 'modele.xlsx');
    const run = await runCli(['template', '--lang', 'fr', '--out', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Modèle écrit');
    const wb = await openWritten(readFileSync(out));
    // The long topic list feeds its drop-down from a hidden sheet, after the contract's.
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      'Membres',
      'Réunions',
      'Présences',
      'Incidents',
      'Cartographie',
      'Initiatives',
      'Paramètres',
      'Listes',
    ]);
    expect(
      validateWorkbook(await readWorkbookBytes(readFileSync(out)), { asOf: dayFromYmd(2025, 9, 30) }).issues,
    ).toEqual([]);
  });

  it('writes English with the English locale', async () => {
    const out = join(tempFolder(), 'template.xlsx');
    expect((await runCli(['template', '--out', out])).code).toBe(0);
    expect((await openWritten(readFileSync(out))).worksheets[0]?.getCell('A1').value).toBe('Member ID');
  });

  it('never replaces a file without --force', async () => {
    const out = join(tempFolder(), 'existing.xlsx');
    writeFileSync(out, 'keep me');
    const refused = await runCli(['template', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists.*--force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await runCli(['template', '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it.each([
    [['template'], /--out/],
    [['template', '--lang', 'de', '--out', 'x.xlsx'], /Unknown language: "de"/],
    [['template', 'extra', '--out', 'x.xlsx'], /Unexpected argument: "extra"/],
  ])('refuses %j with exit 2 and one line', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('has its help and messages in both languages', async () => {
    expect((await runCli(['template', '--help', '--lang', 'fr'])).stdout).toContain('Utilisation\u00a0: vpwg template');
    expect(missingKeys(templateMessages)).toEqual([]);
  });
});
