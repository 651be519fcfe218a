/**
 * The attack suite, the command line's door: every hostile file of hostileFiles.ts given to
 * `vpwg validate`, `vpwg indicators` and `vpwg report`, each run in its own process as a user
 * runs it (src/apps/cli/vpwg.ts bundled on the fly). Each run: the right exit code, one sentence
 * when refused, never a stack trace, its time and peak memory printed and bounded, the input
 * file unchanged (hashed before and after), and no planted private text in a report.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { STACK_LINE } from '../helpers/runCli';
import { unzipText } from '../helpers/xlsxParts';
import { HOSTILE, PLANTED, type HostileFile } from './hostileFiles';

const ROOT = resolve(__dirname, '..', '..');
const BIN = join(ROOT, 'node_modules', '.cache', 'vpwg-security', 'vpwg.js');
const TMP = mkdtempSync(join(tmpdir(), 'vpwg-security-cli-'));
const PEAK = join(TMP, 'peak.cjs');

/** Goals of the brief for a hostile file: refused (or read) in seconds, in bounded memory. */
const GOAL = { seconds: 2, peakMb: 300 };
/** What a run may take before the test fails: the goals with room for a busy 2-core CI machine. */
const BOUND = { seconds: 30, peakMb: 450 };
/**
 * A real million-row sheet is read, not refused: it may take what reading and validating a million
 * rows takes. The bound catches a hang or a runaway, not a slowdown (the figures are printed).
 */
const HEAVY_READ = { seconds: 300, peakMb: 2000 };

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(() => {
  buildSync({
    entryPoints: [join(ROOT, 'src/apps/cli/vpwg.ts')],
    bundle: true,
    platform: 'node',
    outfile: BIN,
    packages: 'external',
    logLevel: 'silent',
  });
  // The child's own peak memory, written as it exits (no /usr/bin/time needed).
  writeFileSync(
    PEAK,
    "process.on('exit', () => require('fs').writeFileSync(process.env.VPWG_PEAK_FILE, String(process.resourceUsage().maxRSS)));",
  );
});

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  readonly peakMb: number;
}

/** `vpwg args…` in its own process; stdout to a file when it may be huge. */
function vpwg(args: readonly string[], stdoutFile?: string): Run {
  const peakFile = join(TMP, `peak-${process.hrtime.bigint()}`);
  const out = stdoutFile === undefined ? 'pipe' : openSync(stdoutFile, 'w');
  const start = performance.now();
  // Through a shell that forks it: Linux carries a process's peak memory over an exec, so a
  // child made straight from this (large) test process would report this process's peak.
  const command = [process.execPath, '--require', PEAK, BIN, ...args];
  const run = spawnSync('/bin/sh', ['-c', '"$@"; exit $?', 'sh', ...command], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '', VPWG_PEAK_FILE: peakFile },
    stdio: ['ignore', out, 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    timeout: 180_000,
  });
  const seconds = (performance.now() - start) / 1000;
  if (typeof out === 'number') closeSync(out);
  const peakMb = existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) / 1024 : Number.NaN;
  return { code: run.status, stdout: run.stdout ?? '', stderr: run.stderr, seconds, peakMb };
}

function print(file: HostileFile, command: string, run: Run): void {
  // `--json` keeps and writes every issue (a million here): the goal is the readable output's.
  const goal = command.includes('--json')
    ? 'no goal for --json, which writes every issue; the goal is'
    : run.seconds < GOAL.seconds && run.peakMb < GOAL.peakMb
      ? 'within the goal'
      : 'OVER the goal';
  const said = (run.code === 2 ? run.stderr : run.stdout).split('\n')[0]?.slice(0, 120) ?? '';
  console.log(
    `cli, ${command.padEnd(16)} ${file.name.padEnd(30)} exit ${run.code}, ${run.seconds.toFixed(2)} s, ` +
      `peak ${run.peakMb.toFixed(0)} MB (${goal} of ${GOAL.seconds} s, ${GOAL.peakMb} MB)\n    ${said}`,
  );
}

/** What every run must show, refused or read. */
function expectOrderly(file: HostileFile, run: Run, read: { seconds: number; peakMb: number }): void {
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stdout).not.toMatch(STACK_LINE);
  // Refused: one sentence on one line. Read: at most one (indicators and the report say that rows
  // with errors are left out).
  if (run.code === 2 || run.stderr !== '') {
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(/^[A-Z/].*[.!)]$/);
  }
  // An external entity is never fetched nor read: no line of /etc/passwd in any output.
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/root:x?:0:0/);
  if (file.refused) expect(run.code).toBe(2);
  const bound = file.refused ? BOUND : read;
  expect(run.seconds).toBeLessThan(bound.seconds);
  expect(run.peakMb).toBeLessThan(bound.peakMb);
}

const COMMANDS = [
  { name: 'validate', args: (file: string) => ['validate', file] },
  { name: 'indicators', args: (file: string) => ['indicators', file, '--quarter', '2025-Q3'] },
  {
    name: 'report (donor)',
    args: (file: string) => ['report', file, '--quarter', '2025-Q3', '--out', `${file}.report.xlsx`, '--force'],
  },
] as const;

describe.each(HOSTILE.map((file) => [file.name, file] as const))('vpwg given %s', (_name, file) => {
  const path = join(TMP, file.name);
  let hash = '';

  beforeAll(() => {
    writeFileSync(path, file.make());
    hash = sha256(path);
    console.log(`${file.name}: ${file.what}, ${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`);
  }, 120_000);

  // A heavy file that is read (a million rows) goes to validate only, below: indicators and the
  // report read it the same way, and each would take as long again.
  const commands = file.heavy && !file.refused ? [] : COMMANDS;
  if (commands.length > 0)
    it.each(commands.map((c) => [c.name, c] as const))(
      '%s: the right exit code, one sentence or a result, in bounded time and memory; the file unchanged',
      (name, command) => {
        const run = vpwg(command.args(path));
        print(file, name, run);
        expectOrderly(file, run, HEAVY_READ);
        if (!file.refused && name === 'validate') expect([0, 1]).toContain(run.code);
        expect(sha256(path)).toBe(hash);
      },
      240_000,
    );

  if (file.name === 'attendance-1048575-rows.xlsx') {
    it('validate lists 100 issues of a kind and says how many more; --json streams them all in bounded memory', () => {
      const text = vpwg(['validate', path]);
      print(file, 'validate', text);
      expectOrderly(file, text, HEAVY_READ);
      expect(text.code).toBe(1);
      expect(text.stdout.split('\n').filter((l) => l.includes('Attendance!')).length).toBe(100);
      expect(text.stdout).toMatch(/… and 1,048,475 more \(error, ref\/unknown\) on this sheet/);
      const json = join(TMP, 'million.json');
      const run = vpwg(['validate', path, '--json'], json);
      print(file, 'validate --json', run);
      expectOrderly(file, run, HEAVY_READ);
      const size = statSync(json).size;
      console.log(`    --json wrote ${(size / 1024 / 1024).toFixed(0)} MB of JSON`);
      const bytes = readFileSync(json);
      expect(bytes.subarray(0, 40).toString()).toMatch(/^\{\n {2}"valid": false,\n {2}"counts": \{/);
      expect(bytes.subarray(size - 400).toString()).toMatch(/"cell": "Attendance!A1048576"[\s\S]*\n {2}\]\n\}\n$/);
      expect((bytes.toString('latin1').match(/"code": "ref\/unknown"/g) ?? []).length).toBe(1_048_575);
      console.log(`    --json took ${(run.peakMb - text.peakMb).toFixed(0)} MB more at its peak than the text`);
      expect(sha256(path)).toBe(hash);
    }, 300_000);
  }

  if (file.name === 'planted-injections.xlsx') {
    it('the donor and internal reports hold no planted private text, and no injection as a formula', () => {
      let shownAsText = false;
      for (const audience of ['donor', 'internal'] as const) {
        const out = join(TMP, `planted-${audience}.xlsx`);
        const run = vpwg(['report', path, '--quarter', '2025-Q3', '--audience', audience, '--out', out, '--force']);
        print(file, `report (${audience})`, run);
        expect(run.code).toBe(0);
        const parts = [...unzipText(readFileSync(out))];
        // Neither report ever holds an email, phone, delegate, site, description or any text of a
        // confidential incident (README, "Command line").
        const leaks = parts.flatMap(([part, text]) =>
          PLANTED.filter((p) => text.includes(p)).map((p) => `${part}: ${p}`),
        );
        expect(leaks).toEqual([]);
        // A name that looks like a formula is written as text: never as a formula Excel would run.
        const formulas = parts.flatMap(([, text]) => text.match(/<f>[^<]*<\/f>/g) ?? []);
        expect(formulas.filter((f) => /HYPERLINK|cmd\||SUM\(1\+1\)/.test(f))).toEqual([]);
        shownAsText ||= parts.some(([, text]) => text.includes('HYPERLINK'));
      }
      // The injections did reach the reports, as text: the check above had something to check.
      expect(shownAsText).toBe(true);
      expect(sha256(path)).toBe(hash);
    }, 120_000);
  }
});
