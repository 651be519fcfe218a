/**
 * `npm run bench`, the web page's part: each hostile file of the attack suite and the 250,000-
 * and 1,000,000-row workbooks opened through the built page's file input in Debian's Chromium.
 * Prints, from the choice of the file until its result (the dashboard) or its refusal is drawn,
 * the longest main-thread task (PerformanceObserver 'longtask') against the goal of 200 ms, the
 * time to the result, and the longest task and time of the issue list's first draw. The two
 * million-row files are opened RUNS times (each in a fresh page), and the worst run is printed
 * with every run's longest task: a spike of one run in three (a garbage collection) shows.
 * Needs the built page (npm run build:web). `node bench/out/webBench.js attendance large` measures
 * only the files whose names contain one of the words; VPWG_WEB_RUNS=5 opens the big files 5 times.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HOSTILE } from '../test/security/hostileFiles';
import { writeRawXlsx } from '../test/helpers/writeRawXlsx';
import { BENCH_SIZES, syntheticWorkbook } from './syntheticWorkbook';
import { measureOpening, withServedPage, type Opening } from './webOpening';

const ROOT = resolve(__dirname, '..', '..');
/** The built page measured: dist/web, or another build (to compare two versions) named by VPWG_WEB_DIST. */
const DIST = process.env.VPWG_WEB_DIST ?? join(ROOT, 'dist', 'web');
const OUT = join(ROOT, 'bench', 'out', 'web');
const GOAL_MS = 200;
/** Openings of each million-row file: the worst of them is the figure. */
const RUNS = Number(process.env.VPWG_WEB_RUNS ?? 3);
const BIG = ['attendance-1048575-rows.xlsx', 'extreme-1000000-rows.xlsx'];

interface Case {
  readonly name: string;
  readonly make: () => Uint8Array;
}

function cases(): Case[] {
  const sized = (name: string, label: string): Case[] => {
    const size = BENCH_SIZES.find((s) => s.name === name);
    return size ? [{ name: label, make: () => writeRawXlsx(syntheticWorkbook(size)) }] : [];
  };
  return [
    ...HOSTILE.map(({ name, make }) => ({ name, make })),
    ...sized('large', 'large-250000-rows.xlsx'),
    ...sized('extreme', 'extreme-1000000-rows.xlsx'),
  ];
}

const ms = (n: number) => `${Math.round(n)} ms`.padStart(8);

const worstOf = (o: Opening): number => Math.max(o.longestTask, o.issues?.longestTask ?? 0);

function line(name: string, runs: readonly Opening[]): string {
  const o = runs.reduce((a, b) => (worstOf(b) > worstOf(a) ? b : a));
  const verdict = worstOf(o) <= GOAL_MS ? 'ok' : 'OVER';
  const issues = o.issues
    ? `issue list drawn in ${ms(o.issues.time)}, longest task ${ms(o.issues.longestTask)}`
    : 'no issue list';
  const each =
    runs.length > 1
      ? `\n      worst of ${runs.length} runs; each run's longest task: ${runs.map((r) => ms(worstOf(r)).trim()).join(', ')}`
      : '';
  return `  ${name.padEnd(32)} ${o.outcome.padEnd(7)} in ${(o.time / 1000).toFixed(2).padStart(6)} s, longest task ${ms(o.longestTask)}; ${issues}: ${verdict}${each}\n      ${o.said.slice(0, 140)}`;
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/web is missing: run npm run build:web');
  mkdirSync(OUT, { recursive: true });
  const only = process.argv.slice(2);
  console.log(
    `\nweb page: each file opened through the page's file input in Chromium (goal: no main-thread task over ${GOAL_MS} ms)`,
  );
  await withServedPage(DIST, async (open) => {
    for (const { name, make } of cases()) {
      if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
      const file = join(OUT, name);
      writeFileSync(file, make());
      const runs: Opening[] = [];
      for (let run = 0; run < (BIG.includes(name) ? RUNS : 1); run++)
        runs.push(await open((page, url) => measureOpening(page, url, file)));
      console.log(line(name, runs));
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
