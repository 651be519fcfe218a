/**
 * `npm run bench`: writes three synthetic workbooks (bench/out/, with exceljs's streaming
 * writer) and prints for each the file size, the project reader's time, parse + validate,
 * indicators, rows per second and peak memory, beside a bare exceljs full read of the same
 * file (the yardstick) and `vpwg indicators` end to end. Each measurement runs in its own
 * child process. hostileBench.ts then gives hostile files to `vpwg validate`.
 * Options: --only NAME (one size), --runs N (repeats of the end-to-end comparison, default 3).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureBareRead, measureEngine, measurePipeline, type Figures } from './measure';
import { BENCH_AS_OF, BENCH_QUARTER, BENCH_SIZES, syntheticWorkbook, type BenchSize } from './syntheticWorkbook';
import { writeBenchWorkbook } from './writeBenchWorkbook';

const ROOT = resolve(__dirname, '..', '..');
const OUT = join(ROOT, 'bench', 'out');
const CLI = join(ROOT, 'dist', 'apps', 'cli', 'vpwg.js');
// Bump when the generator changes, so old files are not measured by mistake.
const FILE_VERSION = 1;

const fileOf = (size: BenchSize) => join(OUT, `${size.name}-v${FILE_VERSION}.xlsx`);
const sizeNamed = (name: string) => {
  const size = BENCH_SIZES.find((s) => s.name === name);
  if (!size) throw new Error(`unknown size ${name}`);
  return size;
};

async function child(mode: string, name: string): Promise<void> {
  const size = sizeNamed(name);
  const figures =
    mode === 'engine'
      ? await measureEngine(size)
      : mode === 'pipeline'
        ? await measurePipeline(fileOf(size))
        : await measureBareRead(fileOf(size));
  process.stdout.write(JSON.stringify(figures));
}

function runChild(mode: string, size: BenchSize): Figures | string {
  const run = spawnSync(process.execPath, ['--expose-gc', __filename, '--child', mode, size.name], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0)
    return `failed (${run.signal ?? `exit ${run.status}`}): ${run.stderr.trim().split('\n').slice(-1)[0] ?? ''}`;
  return JSON.parse(run.stdout) as Figures;
}

/** `vpwg indicators FILE --quarter … --json` under /usr/bin/time: wall seconds and peak RSS. */
function runCli(size: BenchSize): Figures | string {
  const args = [
    '-f',
    '%e %M',
    process.execPath,
    CLI,
    'indicators',
    fileOf(size),
    '--quarter',
    BENCH_QUARTER,
    '--as-of',
    BENCH_AS_OF,
    '--json',
  ];
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallS = (performance.now() - start) / 1000;
  const last = run.stderr.trim().split('\n').slice(-1)[0] ?? '';
  if (run.status !== 0) return `failed (exit ${run.status}): ${run.stderr.trim().split('\n').slice(-2)[0] ?? ''}`;
  const kb = Number(last.split(' ')[1]);
  return { wallS, peakRssMb: kb / 1024 };
}

const fileSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (x: number | undefined) => (x === undefined ? '?' : `${x.toFixed(3)} s`);
const m = (x: number | undefined) => (x === undefined ? '?' : `${x.toFixed(0)} MB`);
const rate = (rows: number, seconds: number | undefined) =>
  seconds ? `${Math.round(rows / seconds).toLocaleString('en')} rows/s` : '?';

function report(label: string, result: Figures | string, show: (f: Figures) => string): void {
  console.log(`  ${label.padEnd(46)} ${typeof result === 'string' ? result : show(result)}`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return child(argv[1]!, argv[2]!);
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 3;
  mkdirSync(OUT, { recursive: true });
  console.log(
    `vpwg benchmark: node ${process.version}, ${BENCH_QUARTER} as of ${BENCH_AS_OF}; each figure from its own child process.`,
  );
  for (const size of BENCH_SIZES.filter((x) => !only || x.name === only)) {
    const file = fileOf(size);
    if (!existsSync(file)) {
      const start = performance.now();
      await writeBenchWorkbook(syntheticWorkbook(size), file);
      console.log(`(wrote ${file} in ${((performance.now() - start) / 1000).toFixed(1)} s)`);
    }
    const rows = size.attendance + size.members + size.meetings;
    console.log(
      `\n${size.name}: ${size.members} members, ${size.meetings} meetings, ${size.attendance.toLocaleString('en')} attendance rows; file ${fileSize(statSync(file).size)}`,
    );
    const engine = runChild('engine', size);
    report(
      'engine, workbook in memory (median of 3)',
      engine,
      (f) =>
        `validate ${s(f.validateS)} + indicators ${s(f.indicatorsS)} = ${s(f.validateS! + f.indicatorsS!)} (first run ${s(f.firstRunS)}); ${rate(rows, f.validateS! + f.indicatorsS!)}; peak RSS ${m(f.peakRssMb)} (${m(f.rssBeforeEngineMb)} before the engine)`,
    );
    const pipeline = runChild('pipeline', size);
    report(
      'project reader + engine, from file',
      pipeline,
      (f) =>
        `read ${s(f.readS)}; validate ${s(f.validateS)}; indicators ${s(f.indicatorsS)}; ${rate(rows, f.readS! + f.validateS! + f.indicatorsS!)}; peak RSS ${m(f.peakRssMb)}, heap ${m(f.heapAfterReadMb)} after read, ${m(f.heapAfterValidateMb)} after validate`,
    );
    const repeats = size.name === 'large' ? runs : 1;
    const bare: Figures[] = [];
    const cli: Figures[] = [];
    for (let i = 0; i < repeats; i++) {
      const b = runChild('bare', size);
      const c = runCli(size);
      if (typeof b === 'string') report('bare exceljs full read', b, () => '');
      else bare.push(b);
      if (typeof c === 'string') report('vpwg indicators end to end', c, () => '');
      else cli.push(c);
    }
    if (bare.length > 0) {
      const readS = median(bare.map((f) => f.readS!));
      report(
        'bare exceljs full read',
        { readS, peakRssMb: Math.max(...bare.map((f) => f.peakRssMb!)) },
        (f) =>
          `${s(f.readS)}${repeats > 1 ? ` (median of ${bare.length})` : ''}; ${rate(rows, f.readS!)}; peak RSS ${m(f.peakRssMb)}`,
      );
    }
    if (cli.length > 0) {
      const wallS = median(cli.map((f) => f.wallS!));
      const ratio =
        bare.length > 0
          ? ` = ${(wallS / median(bare.map((f) => f.readS!))).toFixed(2)}× the bare read${size.name === 'large' ? ' (goal ≤ 0.25×)' : ''}`
          : '';
      const goal = size.attendance >= 1_000_000 ? ' (goal ≤ 3 s)' : '';
      report(
        'vpwg indicators end to end',
        { wallS, peakRssMb: Math.max(...cli.map((f) => f.peakRssMb!)) },
        (f) =>
          `${s(f.wallS)}${goal}${repeats > 1 ? ` (median of ${cli.length})` : ''}${ratio}; peak RSS ${m(f.peakRssMb)}`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
