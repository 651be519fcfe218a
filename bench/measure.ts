/**
 * What one child process measures, alone, so that its peak memory is its own. Each function
 * returns plain figures; bench.ts prints them.
 */
import ExcelJS from 'exceljs';
import { computeIndicators, dayFromIso, resolvePeriod, validateWorkbook, type RawWorkbook } from '../src/core';
import { readWorkbookFile } from '../src/adapters/xlsx/readWorkbookFile';
import { BENCH_AS_OF, BENCH_QUARTER, syntheticWorkbook, type BenchSize } from './syntheticWorkbook';

export interface Figures {
  readonly [name: string]: number;
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
const heapMb = () => mb(process.memoryUsage().heapUsed);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function timed<T>(work: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, (performance.now() - start) / 1000];
}

/** validate + indicators, timed apart; the workbook is already in memory. */
async function engine(raw: RawWorkbook): Promise<Figures> {
  const today = dayFromIso(BENCH_AS_OF)!;
  gc();
  const before = process.memoryUsage().rss;
  const [validated, validateS] = await timed(() => validateWorkbook(raw, { asOf: today }));
  const heapAfterValidate = heapMb();
  const period = resolvePeriod({ kind: 'quarter', quarter: BENCH_QUARTER }, today);
  if (!period.ok) throw new Error(period.error.code);
  const [, indicatorsS] = await timed(() => computeIndicators(validated, period.period));
  return {
    validateS,
    indicatorsS,
    rssBeforeEngineMb: mb(before),
    heapAfterValidateMb: heapAfterValidate,
    issues: validated.issues.length,
  };
}

/**
 * The engine alone over a workbook generated in memory: no file, no exceljs. Three runs: the
 * first (cold, as a user meets it) and the median one (a shared 2-core machine slows some runs).
 */
export async function measureEngine(size: BenchSize): Promise<Figures> {
  const raw = syntheticWorkbook(size);
  const runs: Figures[] = [];
  for (let i = 0; i < 3; i++) runs.push(await engine(raw));
  const total = (f: Figures) => f.validateS! + f.indicatorsS!;
  const first = total(runs[0]!);
  const median = runs.sort((a, b) => total(a) - total(b))[1]!;
  // RSS before the engine from the first run: later runs start from memory V8 has kept.
  return {
    ...median,
    rssBeforeEngineMb: runs.find((r) => total(r) === first)!.rssBeforeEngineMb!,
    firstRunS: first,
    peakRssMb: peakRssMb(),
  };
}

/** The project's file reader (what `vpwg` uses), then the engine. */
export async function measurePipeline(path: string): Promise<Figures> {
  const [raw, readS] = await timed(async () => readWorkbookFile(path));
  const heapAfterRead = heapMb();
  const peakAfterRead = peakRssMb();
  const figures = await engine(raw);
  return {
    readS,
    heapAfterReadMb: heapAfterRead,
    peakRssAfterReadMb: peakAfterRead,
    ...figures,
    peakRssMb: peakRssMb(),
  };
}

/** exceljs's full in-memory read of the file, nothing else: the yardstick. */
export async function measureBareRead(path: string): Promise<Figures> {
  const [, readS] = await timed(() => new ExcelJS.Workbook().xlsx.readFile(path));
  return { readS, heapMb: heapMb(), peakRssMb: peakRssMb() };
}
