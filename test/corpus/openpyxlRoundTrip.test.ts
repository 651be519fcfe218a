import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookFile } from '../../src/adapters/xlsx/readWorkbookFile';
import { PYTHON } from './openpyxl';
import { runCli } from '../helpers/runCli';

/**
 * The project's sample, opened and saved again by openpyxl (a user's Python script, or any tool
 * built on it), is read as before: it was refused as "damaged" by the exceljs-based reader.
 */
test('the sample saved again by openpyxl validates exactly like the sample', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vpwg-openpyxl-'));
  const sample = join(dir, 'sample.xlsx');
  const saved = join(dir, 's.xlsx');
  expect((await runCli(['sample', '--out', sample])).code).toBe(0);
  const python = spawnSync(
    PYTHON,
    ['-c', 'import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])', sample, saved],
    { encoding: 'utf8' },
  );
  expect(python.stderr).toBe('');
  const [before, after] = await Promise.all(
    [sample, saved].map((file) => runCli(['validate', file, '--json', '--as-of', '2025-10-15'])),
  );
  expect(after?.code).toBe(before?.code);
  expect(after?.stderr).toBe('');
  expect(JSON.parse(after?.stdout ?? '')).toEqual(JSON.parse(before?.stdout ?? ''));
  // The cells themselves, not only what validation makes of them.
  expect(await readWorkbookFile(saved)).toEqual(await readWorkbookFile(sample));
});
