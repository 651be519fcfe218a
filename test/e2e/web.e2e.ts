import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import {
  computeIndicators,
  createFormat,
  resolvePeriod,
  TARGET_KEYS,
  validateWorkbook,
  type PeriodRequest,
} from '../../src/core';
import { readWorkbookBytes } from '../../src/adapters/xlsx/readWorkbook';
import { localToday } from '../../src/ui/localToday';
import { bookEndingIn2025 } from '../builders/workbook';
import { writeXlsx } from '../builders/writeXlsx';
import { axeViolations } from './axe';
import { launchChromium } from './browser';
import { serveStatic, type ServedRequest } from './staticServer';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist/web');
const OUT = join(__dirname, 'out');
const FIXTURES = join(ROOT, 'test/fixtures/libreoffice');
const TODAY = localToday();
const RANGE: PeriodRequest = { kind: 'range', from: '2023-01-01', to: '2025-12-31' };
const TMP = mkdtempSync(join(tmpdir(), 'vpwg-web-e2e-'));

let context: BrowserContext;
let closeBrowser: () => Promise<void>;
let origin: string;
let closeServer: () => Promise<void>;
let served: ServedRequest[];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  ({ origin, close: closeServer, log: served } = await serveStatic(DIST));
  ({ context, close: closeBrowser } = await launchChromium());
});

afterAll(async () => {
  await closeBrowser?.();
  await closeServer?.();
  rmSync(TMP, { recursive: true, force: true });
});

/** A page that records every request it makes, to prove nothing leaves the page's origin. */
async function openPage(url: string): Promise<{ page: Page; requests: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  return { page, requests };
}

/** Waits until `check` holds, polling; fails after `timeout` ms. */
async function until(check: () => boolean, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`not reached within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function dashboardDrawn(page: Page): Promise<void> {
  await page.locator('[data-target]').first().waitFor({ timeout: 30000 });
  await page.waitForFunction(() => document.querySelectorAll('canvas[role="img"]').length >= 3, undefined, {
    timeout: 30000,
  });
}

async function engineIndicators(file: string, request: PeriodRequest) {
  const raw = await readWorkbookBytes(new Uint8Array(readFileSync(join(FIXTURES, file))));
  const today = TODAY;
  const validated = validateWorkbook(raw, { asOf: today });
  const period = resolvePeriod(request, today);
  if (!period.ok) throw new Error(`bad period ${JSON.stringify(period.error)}`);
  return { validated, indicators: computeIndicators(validated, period.period) };
}

describe('the web page in Chromium', () => {
  it('shows the engine’s figures for a workbook loaded through the file input, then switches language', async () => {
    const { page, requests } = await openPage(`${origin}/index.html`);
    await dashboardDrawn(page);
    await page.getByTestId('file-input').setInputFiles(join(FIXTURES, 'clean-en.xlsx'));
    await page.getByText('Workbook shown: clean-en.xlsx').waitFor();
    await page.getByLabel('Kind of period').selectOption('range');
    await page.getByLabel('From', { exact: true }).fill(RANGE.kind === 'range' ? RANGE.from : '');
    await page.getByLabel('To', { exact: true }).fill(RANGE.kind === 'range' ? RANGE.to : '');
    await dashboardDrawn(page);
    const { indicators } = await engineIndicators('clean-en.xlsx', RANGE);
    const format = createFormat('en');
    for (const key of TARGET_KEYS) {
      const { value, target } = indicators.targets[key];
      const f = (n: number) => format.targetValue(key, n);
      const expected = value === null ? `target ${f(target)}` : `${f(value)} against a target of ${f(target)}`;
      expect([key, await page.locator(`[data-target="${key}"]`).innerText()]).toEqual([
        key,
        expect.stringContaining(expected),
      ]);
    }
    expect(await page.locator('[data-figure="active"] dd').innerText()).toBe(String(indicators.membership.active));

    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('tab', { name: 'Tableau de bord' }).waitFor();
    expect(await page.locator('[data-target="attendance"]').innerText()).toContain('Taux de présence moyen');
    expect(await page.getByTestId('source-name').innerText()).toBe('Classeur affiché\u00a0: clean-en.xlsx');
    expect(await axeViolations(page)).toEqual([]);

    expect(
      requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:')),
    ).toEqual([]);
    await page.close();
  });

  it('lists the issues of a messy workbook, errors first, with the engine’s counts', async () => {
    const { page, requests } = await openPage(`${origin}/index.html`);
    await dashboardDrawn(page);
    await page.getByTestId('file-input').setInputFiles(join(FIXTURES, 'messy-fr.xlsx'));
    await page.getByText('Workbook shown: messy-fr.xlsx').waitFor();
    await page.getByRole('tab', { name: 'Issues' }).click();
    const { validated } = await engineIndicators('messy-fr.xlsx', RANGE);
    const c = validated.counts;
    expect(await page.getByTestId('issue-summary').innerText()).toBe(
      `${c.error} error(s), ${c.warning} warning(s), ${c.info} note(s)`,
    );
    expect(await page.locator('section[aria-label] li').first().getAttribute('data-severity')).toBe(
      c.error > 0 ? 'error' : 'warning',
    );
    expect(await page.getByRole('button', { name: 'Highlight cells' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(
      requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:')),
    ).toEqual([]);
    await page.close();
  });

  it('opens a workbook whose data ends in 2025 on 2025-Q4 when today is in 2026-Q4, with the note, in both languages', async () => {
    const file = await writeXlsx(join(TMP, 'ends-2025.xlsx'), bookEndingIn2025());
    const { page, requests } = await openPage(`${origin}/index.html?asOf=2026-11-20`);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await dashboardDrawn(page);
    // The sample ends with the running month: no note.
    expect(await page.getByTestId('period-note').count()).toBe(0);
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByText('Workbook shown: ends-2025.xlsx').waitFor();
    const note = page.getByTestId('period-note');
    expect(await note.innerText()).toBe(
      'Your latest meeting is from 2025-11-12 — showing 2025-Q4. Show the current quarter.',
    );
    expect(await note.locator('xpath=ancestor::*[@role="status"]').count()).toBe(1);
    expect(await page.getByLabel('Quarter', { exact: true }).inputValue()).toBe('2025-Q4');
    expect(await page.getByTestId('period-shown').innerText()).toBe(
      'Quarter 2025-Q4 (2025-10-01 to 2025-12-31), as of 2025-12-31',
    );
    await page.getByRole('tab', { name: 'Report' }).click();
    expect(await page.getByLabel('Quarter', { exact: true }).inputValue()).toBe('2025-Q4');
    await page.getByRole('tab', { name: 'Dashboard' }).click();

    await page.getByLabel('Language').selectOption('fr');
    await page.getByText('Votre dernière réunion date du 12/11/2025 — affichage de 2025-Q4.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Keyboard: Tab reaches the link, Enter shows the running quarter and the focus lands on it.
    const link = page.getByRole('button', { name: 'Afficher le trimestre en cours' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page
      .getByTestId('period-shown')
      .getByText(/^Trimestre 2026-Q4 \(01\/10\/2026 au 31\/12\/2026\), à ce jour, au 20\/11\/2026/)
      .waitFor();
    expect(await page.getByTestId('period-note').count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe('2026-Q4');
    expect(errors).toEqual([]);
    expect(
      requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:')),
    ).toEqual([]);
    await page.close();
  });

  it.each(['index.html', 'taskpane.html'])(
    'loads %s with no 404 and no console error (the web page installable)',
    async (html) => {
      served.length = 0;
      // A fresh profile: a favicon the browser already holds is not asked for again.
      const fresh = await launchChromium();
      try {
        const page = await fresh.context.newPage();
        // office.js comes from Microsoft's CDN, out of reach here (as in an Excel that never loaded
        // it, offline): the one request expected to fail. No route stands in for it: Chromium asks
        // for no icon while requests are intercepted.
        const office = (url: string) => url.startsWith('https://appsforoffice.microsoft.com/');
        const problems: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error' && !office(m.location().url)) problems.push(`console: ${m.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
        page.on('response', (r) => {
          if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
        });
        page.on('requestfailed', (r) => {
          if (!office(r.url())) problems.push(`failed ${r.url()}`);
        });
        await page.goto(`${origin}/${html}`);
        // The browser asks for the page's icon on its own, after the load: the icon the page links,
        // or /favicon.ico without one. Its request is the sign the page is complete.
        await until(() => served.some((r) => /favicon\.ico$/.test(r.path)), 15000);
        if (html === 'index.html') {
          await dashboardDrawn(page);
          const cdp = await fresh.context.newCDPSession(page);
          const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
          expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
          const manifest = await cdp.send('Page.getAppManifest');
          expect([manifest.url, manifest.errors]).toEqual([`${origin}/manifest.en.json`, []]);
          await page.getByLabel('Language').selectOption('fr');
          await page.waitForFunction(
            () => document.querySelector('link[rel=manifest]')?.getAttribute('href') === 'manifest.fr.json',
          );
        } else {
          // Without office.js the pane says so, in the browser's language, instead of staying blank.
          await page.getByText('This pane needs Office.js, which comes from Microsoft').waitFor();
        }
        expect(problems).toEqual([]);
        expect(served.filter((r) => r.status !== 200 && r.status !== 304)).toEqual([]);
      } finally {
        await fresh.close();
      }
    },
  );

  it('keeps the first download under 300 KB gzip, the workbook reader loaded only when needed', () => {
    for (const html of ['index.html', 'taskpane.html']) {
      const text = readFileSync(join(DIST, html), 'utf8');
      const files = JSON.parse(/var files = (\[[^\]]*\]);/.exec(text)?.[1] ?? '[]') as string[];
      expect(files.length).toBeGreaterThan(0);
      expect(files.some((f) => f.startsWith('xlsx.'))).toBe(false);
      const bytes = [html, ...files].reduce(
        (sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length,
        0,
      );
      console.log(`first download of ${html}: ${(bytes / 1024).toFixed(1)} KB gzip (${files.join(', ')})`);
      expect(bytes).toBeLessThan(300 * 1024);
    }
    expect(readdirSync(DIST).some((f) => /^xlsx\..*\.js$/.test(f))).toBe(true);
    // The service worker, fetched in the background once the first view is drawn, stays small.
    const sw = gzipSync(readFileSync(join(DIST, 'sw.js')), { level: 9 }).length;
    console.log(`sw.js: ${(sw / 1024).toFixed(1)} KB gzip`);
    expect(sw).toBeLessThan(8 * 1024);
  });

  it('measures the time to a drawn sample dashboard on a 1 Mbit/s link with 300 ms latency (goal < 5 s)', async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // A first visit: not the copy the service worker kept for the pages opened before.
    await cdp.send('Network.setBypassServiceWorker', { bypass: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 300,
      downloadThroughput: 1_000_000 / 8,
      uploadThroughput: 1_000_000 / 8,
    });
    const start = Date.now();
    await page.goto(`${origin}/index.html`);
    // Every measure drawn: the last section is there and the charts are drawn in the same commit.
    await page.waitForFunction(
      () => document.querySelector('[data-measure="4"]') && document.querySelectorAll('canvas[role="img"]').length >= 4,
      undefined,
      { timeout: 60000 },
    );
    const seconds = (Date.now() - start) / 1000;
    console.log(
      `time to a drawn dashboard on the sample at 1 Mbit/s, 300 ms latency: ${seconds.toFixed(2)} s (goal < 5 s)`,
    );
    // The goal is 5 s; the bound leaves room for a busy 2-core CI machine while still catching a regression.
    expect(seconds).toBeLessThan(8);
    await page.close();
  });

  it('saves screenshots of the French dashboard at 350 px and at desktop width', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/index.html`);
    await dashboardDrawn(page);
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('tab', { name: 'Tableau de bord' }).waitFor();
    await page.setViewportSize({ width: 350, height: 900 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'dashboard-fr-350.png'), fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'dashboard-fr-1280.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('draws the sample dashboard from index.html opened from disk (file://)', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(DIST, 'index.html')).href);
    await dashboardDrawn(page);
    // Every chart with something to draw is drawn (one with nothing says so in a sentence instead).
    const cards = await page.locator('[data-chart]').count();
    const sentences = await page.locator('[data-chart] > p').count();
    expect(cards).toBe(6);
    expect(await page.locator('canvas[role="img"]').count()).toBe(cards - sentences);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the bilingual message, and loads no bundle, in an old Office web view', async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setUserAgentOverride', {
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
    });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
    );
    await page.goto(`${origin}/taskpane.html`);
    await page.locator('#old-browser').waitFor({ state: 'visible' });
    expect(await page.locator('#old-browser').innerText()).toContain('Browser too old');
    expect(await page.locator('#old-browser').innerText()).toContain('Navigateur trop ancien');
    expect(scripts.filter((u) => u.startsWith(origin))).toEqual([]);
    await page.close();
  });
});
