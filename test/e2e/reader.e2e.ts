import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { BENCH_SIZES, syntheticWorkbook } from '../../bench/syntheticWorkbook';
import { writeRawXlsx } from '../helpers/writeRawXlsx';
import { startSession, type E2eSession } from './session';

/**
 * The web page reads a workbook in a Web Worker made from a Blob URL: the tab answers clicks
 * while a quarter of a million rows are read, progress shows, the user can cancel, and the only
 * script fetched to open a workbook is the small reader chunk (exceljs waits for an export).
 */

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist/web');
const OUT = join(__dirname, 'out');
const large = BENCH_SIZES.find((s) => s.name === 'large');
let session: E2eSession;
let bigFile: string;

beforeAll(async () => {
  session = await startSession(DIST, OUT);
  if (!large) throw new Error('no large bench size');
  bigFile = join(OUT, 'large-250000-rows.xlsx');
  writeFileSync(bigFile, writeRawXlsx(syntheticWorkbook(large)));
}, 120_000);

afterAll(async () => {
  await session?.close();
});

/** What the page records for the test. */
interface Probe {
  /** Main-thread tasks over 50 ms. */
  longTasks: { start: number; duration: number }[];
  /** Clicks: when the browser received each, and its latency, ms. */
  clicks: { at: number; latency: number }[];
  /** Progress fractions shown while a file opens. */
  progress: number[];
  /** When the last opening ended (-1: none yet; 0: one under way). */
  opened: number;
}

/** A page whose requests, workers and long tasks (main thread busy more than 50 ms) are recorded. */
async function openPage(url: string) {
  const page = await session.context.newPage();
  const requests: string[] = [];
  const workers: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('worker', (w) => workers.push(w.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as Probe;
    w.longTasks = [];
    w.clicks = [];
    w.progress = [];
    w.opened = -1;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // A click's latency, measured in the page: from the input event's own time stamp (taken
    // when the browser received it, so any wait for a busy main thread counts) to the next
    // frame the page paints after handling it.
    document.addEventListener(
      'click',
      (event) =>
        requestAnimationFrame(() =>
          w.clicks.push({ at: event.timeStamp, latency: performance.now() - event.timeStamp }),
        ),
      true,
    );
    // The progress shown, and the moment the reading ends (the "Opening…" line goes).
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="source"] [role="progressbar"]');
      const value = bar?.getAttribute('aria-valuenow');
      if (value) w.progress.push(Number(value));
      if (bar) w.opened = 0;
      else if (w.opened === 0) w.opened = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(url);
  await page.locator('[data-target]').first().waitFor({ timeout: 30000 });
  return { page, requests, workers, errors };
}

const now = (page: Page) => page.evaluate(() => performance.now());
const script = (url: string) => /\.js$/.test(url);

describe('the web page’s reader', () => {
  it('reads the 250,000-row workbook in a worker, with progress, answering clicks meanwhile', async () => {
    const { page, requests, workers, errors } = await openPage(`${session.origin}/index.html`);
    const before = requests.filter(script).length;
    const start = await now(page);
    await page.getByTestId('file-input').setInputFiles(bigFile);
    const opening = page.getByRole('status').filter({ hasText: 'Opening “large-250000-rows.xlsx”' });
    await opening.waitFor();
    // Clicks on the page while the worker reads: each must be answered (the next frame painted).
    // A click that lands just as the reading ends waits for the dashboard to be redrawn: it is
    // not one made during the read (and is not counted below).
    for (let i = 0; i < 40 && (await opening.count()) > 0; i++)
      await page
        .getByTestId('source-name')
        .click({ timeout: 5000 })
        .catch(async (error: unknown) => {
          if ((await opening.count()) > 0) throw error;
        });
    await page.getByText('Workbook shown: large-250000-rows.xlsx').waitFor({ timeout: 60000 });
    const shown = await now(page);
    const probe = await page.evaluate((): Probe => {
      const { longTasks, clicks, progress, opened } = window as unknown as Probe;
      return { longTasks, clicks, progress, opened };
    });
    const latencies = probe.clicks.filter((c) => c.at < probe.opened).map((c) => Math.round(c.latency));
    // Tasks that ended while the "Opening…" line was still shown; the one that swaps in the
    // workbook read (it removes that line) belongs to showing it, not to reading it.
    const during = (t: { start: number; duration: number }) => t.start + t.duration < probe.opened;
    const readTasks = probe.longTasks.filter((t) => t.start >= start && during(t)).map((t) => Math.round(t.duration));
    const afterTasks = probe.longTasks.filter((t) => !during(t)).map((t) => Math.round(t.duration));
    const scripts = requests.filter(script).slice(before);
    console.log(
      [
        `250,000 rows in the page's worker: read in ${((probe.opened - start) / 1000).toFixed(2)} s, dashboard shown after ${((shown - start) / 1000).toFixed(2)} s`,
        `  clicks during the read answered in ${latencies.join(', ')} ms (longest ${Math.max(...latencies)} ms; goal < 200 ms)`,
        `  main-thread tasks over 50 ms during the read: ${readTasks.join(', ') || 'none'}; validating and drawing after it: ${afterTasks.join(', ') || 'none'} ms`,
        `  progress shown: ${probe.progress.map((p) => `${Math.round(p * 100)} %`).join(', ')}`,
      ].join('\n'),
    );
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(/^blob:/);
    expect(latencies.length).toBeGreaterThanOrEqual(3);
    // The goal is 200 ms (printed above; tens of ms on a quiet machine). The bound leaves room
    // for a busy 2-core CI machine while still failing a read on the main thread, which freezes
    // the tab for seconds.
    expect(Math.max(...latencies)).toBeLessThan(1000);
    expect(readTasks.filter((d) => d >= 1000)).toEqual([]);
    expect(probe.progress.filter((p) => p > 0 && p < 1).length).toBeGreaterThan(0);
    // Only the reader chunk was fetched to open the workbook: no exceljs.
    expect(scripts.map((u) => u.replace(/^.*\//, '').replace(/\.[0-9a-f]{8}\.js$/, ''))).toEqual(['reader']);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('stops reading when the user cancels, and keeps the workbook shown', async () => {
    const { page, workers } = await openPage(`${session.origin}/index.html`);
    const closed = new Promise<void>((resolveClosed) => page.on('worker', (w) => w.on('close', () => resolveClosed())));
    await page.getByTestId('file-input').setInputFiles(bigFile);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Opening “large-250000-rows.xlsx” cancelled: the workbook shown stays the same.').waitFor();
    await closed;
    expect(workers).toHaveLength(1);
    expect(await page.getByTestId('source-name').innerText()).toBe('Workbook shown: built-in sample (made-up data)');
    await page.close();
  }, 120_000);

  it('names the reason a file is refused, with the file’s own extension', async () => {
    const { page } = await openPage(`${session.origin}/index.html`);
    const damaged = join(OUT, 'damaged.xlsm');
    writeFileSync(damaged, readFileSync(bigFile).subarray(0, 100_000));
    await page.getByTestId('file-input').setInputFiles(damaged);
    await page
      .getByRole('alert')
      .filter({
        hasText: 'The workbook "damaged.xlsm" is damaged or incomplete: open it in Excel and save it again (.xlsm).',
      })
      .waitFor();
    await page.close();
  });

  it('works from index.html opened from disk (file://): the worker is made from a Blob URL', async () => {
    const { page, workers, errors } = await openPage(pathToFileURL(join(DIST, 'index.html')).href);
    await page.getByTestId('file-input').setInputFiles(join(ROOT, 'test/fixtures/libreoffice/clean-en.xlsx'));
    await page.getByText('Workbook shown: clean-en.xlsx').waitFor({ timeout: 30000 });
    expect(workers).toEqual([expect.stringMatching(/^blob:/)]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fetches a reader chunk of at most 30 KB gzip to open a workbook', () => {
    const reader = readdirSync(DIST).filter((f) => /^reader\.[0-9a-f]+\.js$/.test(f));
    expect(reader).toHaveLength(1);
    const bytes = gzipSync(readFileSync(join(DIST, reader[0] ?? '')), { level: 9 }).length;
    console.log(`reader chunk (the worker's code and the page's side of it): ${(bytes / 1024).toFixed(1)} KB gzip`);
    expect(bytes).toBeLessThanOrEqual(30 * 1024);
  });
});
