import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/staticServer';

/** One file opened through the web page's file input, as the page's own clock saw it. */
export interface Opening {
  /** Refused (a sentence instead of the workbook), or read (its dashboard drawn). */
  readonly outcome: 'refused' | 'read';
  /** From the choice of the file to the result or refusal drawn, ms. */
  readonly time: number;
  /** The longest main-thread task in that time, ms (0: none over 50 ms). */
  readonly longestTask: number;
  /** The Issues tab's first draw after a read: time from the click, longest task, ms. */
  readonly issues: { readonly time: number; readonly longestTask: number } | null;
  /** The refusal's sentence, or the issue list's summary. */
  readonly said: string;
}

interface Probe {
  longTasks: { start: number; end: number }[];
  /** Each change of the tab panel's aria-busy: when, and to what. */
  busy: { at: number; busy: boolean }[];
}

/**
 * The page's state, judged in the page: what it shows once the file is handled, or null. A file
 * read is drawn when the tab panel, busy with it, is no longer busy (the dashboard, or the
 * sentence saying why there is none).
 */
function outcomeShown({ fileName, start }: { fileName: string; start: number }) {
  const source = document.querySelector('[data-testid="source"]');
  const refusal = source?.querySelector('[role="alert"]');
  if (refusal?.textContent) return { outcome: 'refused' as const, at: performance.now() };
  const shown = document.querySelector('[data-testid="source-name"]')?.textContent ?? '';
  const busy = (window as unknown as Probe).busy.filter((b) => b.at >= start);
  const began = busy.findIndex((b) => b.busy);
  const ended = began < 0 ? undefined : busy.slice(began).find((b) => !b.busy);
  // The dashboard's figures drawn (a big workbook's are computed a slice at a time after it).
  const drawn = document.querySelector('[data-testid="period-shown"]') !== null;
  return shown.includes(fileName) && ended && drawn ? { outcome: 'read' as const, at: performance.now() } : null;
}

const longest = (probe: Pick<Probe, 'longTasks'>, from: number, to: number): number =>
  Math.max(0, ...probe.longTasks.filter((t) => t.end > from && t.start < to).map((t) => t.end - t.start));

/**
 * Opens `file` in the page at `url` (a fresh page, its sample drawn first), and measures the
 * longest main-thread task until the result is drawn, then the issue list's first draw.
 */
export async function measureOpening(page: Page, url: string, file: string, timeout = 180_000): Promise<Opening> {
  await page.addInitScript(() => {
    const probe = window as unknown as Probe;
    probe.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask', buffered: true });
    probe.busy = [];
    new MutationObserver((records) => {
      for (const r of records)
        if (r.attributeName === 'aria-busy' && (r.target as Element).getAttribute('role') === 'tabpanel')
          probe.busy.push({ at: performance.now(), busy: (r.target as Element).getAttribute('aria-busy') === 'true' });
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
  await page.goto(url);
  await page.locator('[data-testid="period-shown"]').waitFor({ timeout: 60_000 });
  const fileName = file.replace(/^.*[\\/]/, '');
  const start = await page.evaluate(() => performance.now());
  await page.getByTestId('file-input').setInputFiles(file);
  const handle = await page.waitForFunction(outcomeShown, { fileName, start }, { polling: 'raf', timeout });
  const shown = (await handle.jsonValue())!;
  const probe = { longTasks: await page.evaluate(() => (window as unknown as Probe).longTasks) };
  const base = { time: shown.at - start, longestTask: longest(probe, start, shown.at) };
  if (shown.outcome === 'refused') {
    const said = await page.getByTestId('source').getByRole('alert').innerText();
    return { outcome: 'refused', ...base, issues: null, said };
  }
  const click = await page.evaluate(() => performance.now());
  await page.getByRole('tab', { name: 'Issues' }).click();
  const summary = page.getByTestId('issue-summary');
  await summary.waitFor({ timeout });
  const drawn = await page.evaluate(() => performance.now());
  const after = { longTasks: await page.evaluate(() => (window as unknown as Probe).longTasks) };
  return {
    outcome: 'read',
    ...base,
    issues: { time: drawn - click, longestTask: longest(after, click, drawn) },
    said: await summary.innerText(),
  };
}

/** Opens a fresh page of the served web page for `visit` (given the page's address), closed after. */
export type PageOpener = <T>(visit: (page: Page, url: string) => Promise<T>) => Promise<T>;

/** Serves the built page in `dist` and starts Chromium for `use`, then stops both. */
export async function withServedPage(dist: string, use: (open: PageOpener) => Promise<void>): Promise<void> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    await use(async (visit) => {
      const page = await browser.context.newPage();
      try {
        return await visit(page, `${server.origin}/index.html`);
      } finally {
        await page.close();
      }
    });
  } finally {
    await browser.close();
    await server.close();
  }
}
