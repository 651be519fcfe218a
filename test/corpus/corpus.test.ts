import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookFile } from '../../src/adapters/xlsx/readWorkbookFile';
import { WorkbookReadError } from '../../src/adapters/xlsx/workbookReadError';
import { corpusDir } from './corpusDir';
import expected from './expected.json';
import { runCli, STACK_LINE } from './runValidate';

/**
 * Every real-world workbook of the shared corpus goes through `vpwg validate --json`: never a
 * crash, a hang or a stack trace, and each file's outcome is the committed one — a file that
 * spreadsheet applications open must be read (exit 0 or 1), so refusing everything fails.
 */
const dir = corpusDir();
const outcomes: Record<string, { exit: number; reason?: string }> = expected;
const ISSUE_KEYS = ['code', 'severity', 'sheet', 'row', 'column', 'cell', 'field', 'value', 'message', 'hint'];

test('the corpus is there and holds exactly the workbooks of expected.json', () => {
  expect(existsSync(dir)).toBe(true);
  const files = readdirSync(dir)
    .filter((f) => /\.xls[xmb]?$|\.ods$/i.test(f))
    .sort();
  expect(files).toEqual(Object.keys(outcomes).sort());
  expect(files.length).toBeGreaterThanOrEqual(70);
});

test.each(Object.entries(outcomes))(
  '%s: vpwg validate gives the expected outcome',
  async (file, outcome) => {
    const run = await runCli(['validate', join(dir, file), '--json']);
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
    expect(run.code).toBe(outcome.exit);
    if (outcome.exit === 2) {
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      await expect(readWorkbookFile(join(dir, file))).rejects.toMatchObject({ reason: outcome.reason });
      return;
    }
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as {
      valid: boolean;
      counts: Record<string, number>;
      issues: Array<Record<string, unknown>>;
    };
    expect(Object.keys(report)).toEqual(['valid', 'counts', 'issues']);
    expect(report.valid).toBe(outcome.exit === 0);
    for (const issue of report.issues) expect(Object.keys(issue)).toEqual(ISSUE_KEYS);
  },
  30_000,
);

test('no corpus file is refused: every one opens in LibreOffice (checked with soffice --convert-to csv)', () => {
  const refused = Object.entries(outcomes).filter(([, o]) => o.exit === 2);
  expect(refused).toEqual([]);
});

test('reading a corpus file never throws anything but a WorkbookReadError', async () => {
  for (const file of Object.keys(outcomes)) {
    await readWorkbookFile(join(dir, file)).catch((error: unknown) => expect(error).toBeInstanceOf(WorkbookReadError));
  }
}, 120_000);
