/**
 * What the web page's long tasks are made of: opens a file as webBench does while Chromium
 * records a trace, then prints each main-thread task over a threshold with its biggest parts
 * (garbage collections, script by function, message receipt, style, layout, paint).
 * `node bench/out/webTrace.js <file.xlsx> [threshold ms, 100] [runs, 1]`; each run's full trace is
 * written beside the file (`.trace.json`, which opens in Chromium's performance panel, and which
 * `node bench/out/webTrace.js <file.trace.json> [threshold]` reads again).
 * For readable function names, build the page unminified first:
 * `npx webpack --mode production --no-optimization-minimize`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { measureOpening, withServedPage } from './webOpening';

const ROOT = resolve(__dirname, '..', '..');
const DIST = process.env.VPWG_WEB_DIST ?? join(ROOT, 'dist', 'web');

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly data?: Record<string, unknown>; readonly name?: string };
}

const CATEGORIES = [
  '-*',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

async function record(cdp: CDPSession, during: () => Promise<unknown>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}

/** Complete events (ph X, or B/E paired) of the page's main thread. */
/** The page's main thread: of the renderers' main threads, the busiest (the other is a blank tab). */
function mainThread(events: TraceEvent[]): TraceEvent | undefined {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const count = (m: TraceEvent) => events.filter((e) => e.pid === m.pid && e.tid === m.tid).length;
  return mains.map((m) => ({ m, n: count(m) })).sort((a, b) => b.n - a.n)[0]?.m;
}

function spans(events: TraceEvent[]): TraceEvent[] {
  const main = mainThread(events);
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
  const out: TraceEvent[] = onMain.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const open: TraceEvent[] = [];
  for (const e of onMain) {
    if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) out.push({ ...b, ph: 'X', dur: e.ts - b.ts });
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

function label(e: TraceEvent): string {
  const d = e.args?.data ?? {};
  if (e.name === 'FunctionCall' && typeof d.functionName === 'string')
    return `FunctionCall ${d.functionName || '(anonymous)'} ${String(d.url ?? '').replace(/^.*\//, '')}:${String(d.lineNumber ?? '')}:${String(d.columnNumber ?? '')}`;
  if (e.name === 'EventDispatch' && typeof d.type === 'string') return `EventDispatch ${d.type}`;
  if (e.name === 'TimerFire') return 'TimerFire';
  return e.name;
}

interface ProfileNode {
  readonly id: number;
  readonly parent?: number;
  readonly callFrame: { readonly functionName: string; readonly url?: string; readonly lineNumber: number };
}

/** The main thread's CPU samples: when, and the stack (leaf first) as labels. */
function samples(events: TraceEvent[], pid: number, tid: number): { at: number; stack: string[] }[] {
  const nodes = new Map<number, ProfileNode>();
  const out: { at: number; stack: string[] }[] = [];
  const profiles = new Map<string, number>();
  for (const e of events) {
    const id = (e as unknown as { id?: string }).id ?? '';
    const data = e.args?.data as
      | { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] }
      | undefined;
    if (e.name === 'Profile' && e.pid === pid && e.tid === tid) profiles.set(id, data?.startTime ?? e.ts);
    if (e.name !== 'ProfileChunk' || !profiles.has(id)) continue;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    let at = profiles.get(id)!;
    const deltas = data?.timeDeltas ?? [];
    (data?.cpuProfile?.samples ?? []).forEach((s, i) => {
      at += deltas[i] ?? 0;
      const stack: string[] = [];
      for (let n = nodes.get(s); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
        const f = n.callFrame;
        stack.push(`${f.functionName || '(anonymous)'} ${(f.url ?? '').replace(/^.*\//, '')}:${f.lineNumber + 1}`);
      }
      out.push({ at, stack });
    });
    profiles.set(id, at);
  }
  return out;
}

function report(events: TraceEvent[], threshold: number): string[] {
  const all = spans(events);
  const main = mainThread(events);
  const sampled = main ? samples(events, main.pid, main.tid) : [];
  const tasks = all.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur! >= threshold * 1000);
  const lines: string[] = [];
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inside = all.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
    const gc = inside.filter((e) =>
      /^(MajorGC|MinorGC|V8\.GC_MARK_COMPACTOR|V8\.GCScavenger|V8\.GCFinalizeMC)$/.test(e.name),
    );
    const byName = new Map<string, number>();
    for (const e of inside) byName.set(label(e), Math.max(byName.get(label(e)) ?? 0, e.dur!));
    const top = [...byName.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([n, d]) => `      ${(d / 1000).toFixed(1).padStart(7)} ms  ${n}`);
    const gcSum = gc.filter((e) => e.name === 'MajorGC' || e.name === 'MinorGC').reduce((s, e) => s + e.dur!, 0);
    const inTask = sampled.filter((s) => s.at >= task.ts && s.at <= end);
    const inclusive = new Map<string, number>();
    for (const s of inTask)
      for (const f of new Set(s.stack.filter((l) => /\.js:/.test(l)))) inclusive.set(f, (inclusive.get(f) ?? 0) + 1);
    const self = new Map<string, number>();
    for (const s of inTask) self.set(s.stack[0] ?? '?', (self.get(s.stack[0] ?? '?') ?? 0) + 1);
    const share = (m: Map<string, number>, n: number) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([f, c]) => `      ${String(Math.round((100 * c) / Math.max(1, inTask.length))).padStart(3)} %  ${f}`);
    lines.push(
      `  task of ${(task.dur! / 1000).toFixed(1)} ms at ${((task.ts - tasks[0]!.ts) / 1e6).toFixed(2)} s (GC in it: ${(gcSum / 1000).toFixed(1)} ms)`,
      ...top,
      `    samples: ${inTask.length}; the page's functions, share of samples inside:`,
      ...share(inclusive, 14),
      '    self:',
      ...share(self, 6),
    );
  }
  return lines;
}

async function main(): Promise<void> {
  const [file, thresholdArg, runsArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: node bench/out/webTrace.js <file.xlsx> [threshold ms] [runs]');
  const threshold = Number(thresholdArg ?? 100);
  if (file.endsWith('.trace.json')) {
    const { traceEvents } = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] };
    console.log(report(traceEvents, threshold).join('\n'));
    return;
  }
  const runs = Number(runsArg ?? 1);
  await withServedPage(DIST, async (open) => {
    for (let run = 1; run <= runs; run++) {
      await open(async (page, url) => {
        let longest = 0;
        const events = await record(await page.context().newCDPSession(page), async () => {
          const o = await measureOpening(page, url, resolve(file));
          longest = Math.max(o.longestTask, o.issues?.longestTask ?? 0);
        });
        writeFileSync(`${file}.trace.json`, JSON.stringify({ traceEvents: events }));
        console.log(`run ${run}: longest task ${Math.round(longest)} ms (long-task API); tasks over ${threshold} ms:`);
        console.log(report(events, threshold).join('\n'));
      });
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
