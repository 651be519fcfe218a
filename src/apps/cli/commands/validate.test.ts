import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSample, planToRawWorkbook, type RawSheet, type RawWorkbook } from '../../../core';
import { CLI_TODAY, runCli, tempFolder } from '../../../../test/helpers/runCli';
import { writeRawXlsx } from '../../../../test/helpers/writeRawXlsx';
import { main } from '../main';

const LONG = 'x'.repeat(30_000);

/**
 * The English sample, with `unknown` more attendance rows naming no member, and a pillar of
 * 30,000 characters on the first member.
 */
function workbookFile(unknown: number): string {
  const raw = planToRawWorkbook(generateSample({ lang: 'en' }));
  const sheets = raw.sheets.map((sheet): RawSheet => {
    if (sheet.name === 'Attendance') {
      const first = sheet.rows[1]!;
      const member = sheet.rows[0]!.indexOf('Member ID');
      const extra = Array.from({ length: unknown }, (_, i) =>
        first.map((cell, c) => (c === member ? `GHOST-${i}` : cell)),
      );
      return { ...sheet, rows: [...sheet.rows, ...extra] };
    }
    if (sheet.name === 'Members') {
      const pillar = sheet.rows[0]!.indexOf('Pillar');
      const rows = sheet.rows.map((row, r) => (r === 1 ? row?.map((cell, c) => (c === pillar ? LONG : cell)) : row));
      return { ...sheet, rows };
    }
    return sheet;
  });
  const file = join(tempFolder(), 'many-issues.xlsx');
  writeFileSync(file, writeRawXlsx({ ...raw, sheets } satisfies RawWorkbook));
  return file;
}

describe('vpwg validate on a workbook with many issues of one kind', () => {
  const file = workbookFile(250);

  it('lists at most 100 of a kind per sheet, then says how many more (EN and FR)', async () => {
    const en = await runCli(['validate', file]);
    expect(en.code).toBe(1);
    const ghosts = en.stdout.split('\n').filter((line) => line.includes('GHOST-'));
    expect(ghosts).toHaveLength(100);
    expect(en.stdout).toContain(
      '  … and 150 more (error, ref/unknown) on this sheet: vpwg validate --json gives the full list',
    );
    // The counts line still counts them all.
    expect(en.stdout.split('\n')[1]).toMatch(/^25\d errors/);

    const fr = await runCli(['validate', file], { LANG: 'fr_FR.UTF-8' });
    expect(fr.stdout.split('\n').filter((line) => line.includes('GHOST-'))).toHaveLength(100);
    expect(fr.stdout).toContain(
      '  … et 150 de plus (erreur, ref/unknown) sur cette feuille\u00a0: vpwg validate --json donne la liste complète',
    );
  });

  it('quotes a cell of 30,000 characters by its first 200, in the text and in the JSON', async () => {
    const text = await runCli(['validate', file]);
    const line = text.stdout.split('\n').find((l) => l.includes('xxxxx'))!;
    expect(line).toContain(`${'x'.repeat(199)}…`);
    expect(line).not.toContain('x'.repeat(200));

    const json = await runCli(['validate', file, '--json']);
    const issue = (JSON.parse(json.stdout) as { issues: { value: string | null; message: string }[] }).issues.find(
      (i) => i.value?.startsWith('xxx'),
    )!;
    expect(issue.value).toBe(`${'x'.repeat(199)}…`);
    expect(issue.message).not.toContain('x'.repeat(200));
  });

  it('writes counts of a thousand or more with the separator of the language', async () => {
    const many = workbookFile(5_000);
    const en = await runCli(['validate', many]);
    expect(en.stdout.split('\n')[1]).toMatch(/^5,\d{3} errors/);
    expect(en.stdout).toContain('  … and 4,900 more (error, ref/unknown) on this sheet');

    const fr = await runCli(['validate', many], { LANG: 'fr_FR.UTF-8' });
    expect(fr.stdout.split('\n')[1]).toMatch(/^5\u202f\d{3} erreurs/);
    expect(fr.stdout).toContain('  … et 4\u202f900 de plus (erreur, ref/unknown) sur cette feuille');
  });

  it('writes every issue with --json, as one JSON object, in chunks of at most about 64 KB', async () => {
    const chunks: string[] = [];
    let drains = 0;
    const code = await main(['validate', workbookFile(5_000), '--json'], {
      stdout: (chunk) => chunks.push(chunk),
      stderr: () => undefined,
      drained: () => {
        drains += 1;
        return Promise.resolve();
      },
      env: { LANG: 'en_GB.UTF-8' },
      today: () => CLI_TODAY,
    });
    expect(code).toBe(1);
    const whole = chunks.join('');
    const parsed = JSON.parse(whole) as { issues: { value: string | null }[] };
    expect(parsed.issues.filter((i) => i.value?.startsWith('GHOST-'))).toHaveLength(5_000);
    // The same bytes as the whole object printed at once, never held as one string.
    expect(whole).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70 * 1024);
    expect(drains).toBe(chunks.length - 1);
  });
});
