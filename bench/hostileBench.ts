/**
 * `npm run bench`, last part: hostile workbooks made here (nothing hostile is committed), each
 * given to the built `vpwg validate` in its own process under /usr/bin/time. Prints the exit
 * code, the first line of stderr, the wall time and the peak memory, against the goal of a
 * refusal in under 2 s and 300 MB (README, "Limits").
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HOSTILE } from '../test/security/hostileFiles';

const ROOT = resolve(__dirname, '..', '..');
const OUT = join(ROOT, 'bench', 'out', 'hostile');
const CLI = join(ROOT, 'dist', 'apps', 'cli', 'vpwg.js');

function main(): void {
  mkdirSync(OUT, { recursive: true });
  console.log(
    '\nhostile files: vpwg validate FILE, each in its own process (goal: refused or read in < 2 s, < 300 MB)',
  );
  // The attack suite's files (test/security/hostileFiles.ts), the worst first in its figures.
  for (const { name, make } of HOSTILE) {
    const file = join(OUT, name);
    writeFileSync(file, make());
    const start = performance.now();
    const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, 'validate', file], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_GB.UTF-8' },
      maxBuffer: 1 << 26,
    });
    const seconds = (performance.now() - start) / 1000;
    const lines = run.stderr.trim().split('\n');
    const peakMb = Number(lines.pop()) / 1024;
    // The refusal's sentence (stderr), or the first line of the issues of a workbook read (stdout).
    const said = (run.status === 2 ? (lines[0] ?? '') : (run.stdout.split('\n')[0] ?? '')).replace(file, name);
    const ok = seconds < 2 && peakMb < 300 ? 'ok' : 'OVER';
    console.log(
      `  ${name.padEnd(30)} ${(statSync(file).size / 1024 / 1024).toFixed(1).padStart(5)} MB file: exit ${run.status}, ${seconds.toFixed(2)} s, peak ${peakMb.toFixed(0)} MB, ${ok}\n      ${said.slice(0, 140)}`,
    );
  }
}

main();
