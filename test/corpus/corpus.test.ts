import { join } from 'node:path';
import { readWorkbookFile } from '../../src/adapters/xlsx/readWorkbookFile';
import { WorkbookReadError } from '../../src/adapters/xlsx/workbookReadError';
import { CORPUS_ROOT, corpusWorkbooks } from './corpusDir';
import expected from './expected.json';
import { runCli, STACK_LINE } from '../helpers/runCli';

/**
 * Every real-world workbook of the corpus (sheetjs/ and public/) goes through `vpwg validate
 * --json`: never a crash, a hang or a stack trace, and each file's outcome is the committed
 * one. Whether each is read like openpyxl reads it is differential.test.ts's part.
 */
const outcomes: Record<string, { exit: number; reason?: string }> = expected;
const ISSUE_KEYS = ['code', 'severity', 'sheet', 'row', 'column', 'cell', 'field', 'value', 'message', 'hint'];

test('the corpus holds exactly the workbooks of expected.json', () => {
  const files = corpusWorkbooks().sort();
  expect(files).toEqual(Object.keys(outcomes).sort());
  expect(files.length).toBeGreaterThanOrEqual(1500);
});

test.each(Object.entries(outcomes))(
  '%s: vpwg validate gives the expected outcome',
  async (file, outcome) => {
    const run = await runCli(['validate', join(CORPUS_ROOT, file), '--json']);
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
    expect(run.code).toBe(outcome.exit);
    if (outcome.exit === 2) {
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      await expect(readWorkbookFile(join(CORPUS_ROOT, file))).rejects.toMatchObject({ reason: outcome.reason });
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

test('the only corpus files refused are the two that are no zip at all (an Excel lock file, random bytes)', () => {
  const refused = Object.entries(outcomes).filter(([, o]) => o.exit === 2);
  expect(refused).toEqual([
    ['public/ClosedXML/ClosedXML.Tests__Resource__TryToLoad__LO__xlsm__pass__CVE-2016-0122-1.xlsm', expect.anything()],
    ['public/ClosedXML/ClosedXML.Tests__Resource__TryToLoad__~$LoadPivotTables.xlsx', expect.anything()],
  ]);
});

test('reading a corpus file never throws anything but a WorkbookReadError', async () => {
  for (const file of Object.keys(outcomes)) {
    await readWorkbookFile(join(CORPUS_ROOT, file)).catch((error: unknown) =>
      expect(error).toBeInstanceOf(WorkbookReadError),
    );
  }
}, 300_000);
