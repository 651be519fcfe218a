import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchChromium } from './browser';
import { buildVariant } from './buildVariant';
import { serveStatic, type StaticServer } from './staticServer';

/**
 * The web page offline, as the secretariat meets it with power cuts and a link that comes and
 * goes: one visit online, then the network off (the server unreachable and Chromium offline):
 * the page reloads, draws the sample, opens a workbook from a file and exports a report. Then a
 * new build is deployed at the same address: the page says a new version is ready and a reload
 * applies it, whole. From file:// there is no service worker at all.
 */
const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist/web');
const WORKBOOK = join(ROOT, 'test/fixtures/libreoffice/clean-fr.xlsx');
const TITLE = 'VP working group monitoring';
const NEXT_TITLE = 'VP working group monitoring (next version)';
const LAZY = /^\/xlsx\.[0-9a-f]{8}\.js$/;
/** Office.js as a host outside Excel would have it: ready at once, but no workbook to read. */
const OFFICE_STAND_IN = `window.Office = {
  onReady: function (cb) { return Promise.resolve({ host: 'Excel' }).then(function (i) { if (cb) cb(i); return i; }); },
  context: {
    displayLanguage: 'en-GB',
    requirements: { isSetSupported: function () { return false; } },
    document: { settings: { get: function () { return null; }, set: function () {}, remove: function () {},
      saveAsync: function (cb) { cb({ status: 'succeeded' }); } } }
  }
};
window.Excel = { run: function () { return Promise.reject(new Error('no workbook here')); } };`;

let server: StaticServer;
let next: { dist: string; remove: () => void };
/** The new build half uploaded. */
const half = mkdtempSync(join(tmpdir(), 'vpwg-half-upload-'));

beforeAll(async () => {
  // A real second build, with one visible change: the title in English.
  next = buildVariant('src/ui/app.messages.ts', (t) => t.replace(`title: '${TITLE}'`, `title: '${NEXT_TITLE}'`));
  server = await serveStatic(DIST);
}, 240_000);

afterAll(async () => {
  await server?.close();
  next?.remove();
  rmSync(half, { recursive: true, force: true });
});

async function dashboardDrawn(page: Page): Promise<void> {
  await page.locator('[data-target]').first().waitFor({ timeout: 30000 });
  await page.waitForFunction(() => document.querySelectorAll('canvas[role="img"]').length >= 3, undefined, {
    timeout: 30000,
  });
}

/** Waits until `check` holds, polling; fails after `timeout` ms. */
async function until(check: () => Promise<boolean> | boolean, timeout: number, what: string): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what}: not within ${timeout} ms`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** The service worker's caches as the page sees them: name → paths kept. */
function cachesOf(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys())
      out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort();
    return out;
  });
}

/** Every file a build serves, as paths from the site's root. */
function builtPaths(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${join(e.parentPath, e.name).slice(dist.length + 1)}`);
}

/** Console errors, page errors and failed requests of a page, one line each, as they happen. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
  return problems;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('the web page offline after one visit (service worker)', () => {
  it('works with the network off after one visit, then takes a new version whole at a reload', async () => {
    const { context, close } = await launchChromium();
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);

      // 1. First visit, online: the dashboard, then the worker keeps the page, and fetches the
      //    workbook reader (exceljs) ahead in the background once the dashboard is drawn.
      await page.goto(`${server.origin}/index.html`);
      await dashboardDrawn(page);
      await until(
        async () => Object.values(await cachesOf(page)).some((paths) => paths.some((p) => LAZY.test(p))),
        60000,
        'exceljs fetched ahead',
      );
      const kept = Object.entries(await cachesOf(page));
      expect(kept).toHaveLength(1);
      const [, paths] = kept[0] ?? ['', []];
      const built = builtPaths(DIST);
      const ownFiles = paths.filter((p) => !p.includes('__vpwg-offline__'));
      // Only the app's own files; the page's scripts, not the pane's (never opened here).
      expect(ownFiles.filter((p) => !built.includes(p))).toEqual([]);
      expect(ownFiles).toEqual(expect.arrayContaining(['/index.html', '/taskpane.html', '/manifest.en.json']));
      expect(ownFiles.filter((p) => /^\/web\..*\.js$/.test(p))).toHaveLength(1);
      expect(ownFiles.filter((p) => /^\/taskpane\..*\.js$/.test(p))).toEqual([]);
      // The first download is what the page asked for before it registered its worker (after the
      // first view is drawn); the rest came in the background.
      const registered = server.log.findIndex((r) => r.path === '/sw.js');
      const sum = (rs: typeof server.log) => rs.reduce((total, r) => total + r.bytes, 0);
      const first = sum(server.log.slice(0, registered));
      const sw = sum(server.log.filter((r) => r.path === '/sw.js'));
      const background = server.log.slice(registered).filter((r) => r.path !== '/sw.js');
      const ahead = sum(background.filter((r) => LAZY.test(r.path)));
      console.log(
        `first download: ${kb(first)} gzip (${server.log
          .slice(0, registered)
          .map((r) => r.path)
          .join(', ')}); in the background after the first view: sw.js ${kb(sw)}, ` +
          `the worker's files ${kb(sum(background) - ahead)}, exceljs fetched ahead ${kb(ahead)}`,
      );
      expect(registered).toBeGreaterThan(0);
      expect(first).toBeLessThan(300 * 1024);
      expect(sw).toBeLessThan(8 * 1024);
      // The page's script was downloaded once: the worker took it from the browser's cache.
      expect(server.log.filter((r) => /^\/web\..*\.js$/.test(r.path) && r.status === 200)).toHaveLength(1);

      // 2. The network off: the server unreachable, Chromium offline.
      server.setDown(true);
      await context.setOffline(true);
      const offlineFrom = server.log.length;
      await page.reload();
      await dashboardDrawn(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await page.getByTestId('file-input').setInputFiles(WORKBOOK);
      await page.getByText('Workbook shown: clean-fr.xlsx').waitFor({ timeout: 30000 });
      await dashboardDrawn(page);
      await page.getByRole('tab', { name: 'Report' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60000 }),
        page.getByRole('button', { name: 'Export the report' }).click(),
      ]);
      const report = readFileSync(await download.path());
      expect([download.suggestedFilename(), report.subarray(0, 2).toString('latin1')]).toEqual([
        expect.stringMatching(/^vpwg-report-\d{4}-Q\d-donor-en\.xlsx$/),
        'PK',
      ]);
      // Another window, opened offline at an address with a query (?asOf=): the same page.
      const other = await context.newPage();
      await other.goto(`${server.origin}/index.html?asOf=2025-10-15`);
      await dashboardDrawn(other);
      await other.close();
      // Nothing reached for the network, and the user's workbook and report were kept nowhere.
      expect(server.log.slice(offlineFrom).filter((r) => r.status !== 0)).toEqual([]);
      expect(problems).toEqual([]);
      expect(await cachesOf(page)).toEqual(Object.fromEntries(kept));

      // 3. The link back, with a new version half uploaded (its page's script not there yet):
      //    it is never installed; the version in use goes on, and nothing is announced.
      const nextBuilt = builtPaths(next.dist);
      const newScript = nextBuilt.find((p) => /^\/web\..*\.js$/.test(p) && !built.includes(p)) ?? '';
      cpSync(next.dist, half, { recursive: true });
      rmSync(join(half, newScript));
      server.setRoot(half);
      server.setDown(false);
      await context.setOffline(false);
      const halfFrom = server.log.length;
      await page.reload();
      await dashboardDrawn(page);
      await until(
        () => server.log.slice(halfFrom).some((r) => r.path === newScript && r.status === 404),
        60000,
        'the new version tried',
      );
      await until(
        () =>
          page.evaluate(async () => {
            const reg = await navigator.serviceWorker.getRegistration();
            return reg !== undefined && reg.installing === null && reg.waiting === null;
          }),
        60000,
        'the half-uploaded version refused',
      );
      expect(await page.getByTestId('update-ready').count()).toBe(0);
      expect(await page.locator('#root h1').innerText()).toBe(TITLE);
      // The version in use is still whole (what the new one got so far waits for the next try).
      expect(Object.entries(await cachesOf(page))).toEqual(expect.arrayContaining(kept));

      // 4. The upload complete: the new build at the same address.
      server.setRoot(next.dist);
      const updateFrom = server.log.length;
      await page.reload();
      // The old version still runs; the new one is downloaded whole in the background, then announced.
      const bar = page.getByTestId('update-ready');
      await bar.waitFor({ timeout: 60000 });
      expect(await page.locator('#root h1').innerText()).toBe(TITLE);
      expect(await bar.innerText()).toContain(
        'A new version of the tool is ready: it applies the next time the page loads.',
      );
      expect(await bar.locator('xpath=ancestor::*[@role="status"]').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('Language').selectOption('fr');
      await bar.getByText("Une nouvelle version de l'outil est prête").waitFor();
      await bar.getByRole('button', { name: 'Recharger maintenant' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const downloaded = (from: number) =>
        server.log
          .slice(from)
          .filter((r) => r.status === 200)
          .map((r) => r.path);
      const fetched = downloaded(updateFrom);
      const sinceLinkBack = downloaded(halfFrom);
      expect(sinceLinkBack.filter((p) => !nextBuilt.includes(p))).toEqual([]);
      // The new worker's script may have been checked when the link came back (the 'online' check
      // or the reload's, as the browser schedules them) or at this reload: the page's new script
      // only now, since it was not there before.
      expect(sinceLinkBack).toContain('/sw.js');
      expect(fetched).toContain(newScript);
      // exceljs is unchanged between the two builds: taken from the old version, not downloaded again.
      const sameLazy = nextBuilt.filter((p) => LAZY.test(p) && built.includes(p));
      expect(sameLazy).toHaveLength(1);
      expect(sinceLinkBack.filter((p) => sameLazy.includes(p))).toEqual([]);
      expect(sinceLinkBack.filter((p) => /^\/taskpane\..*\.js$/.test(p))).toEqual([]);

      // A reload applies it: the new title, no notice, one cache, the new version's.
      await page.reload();
      await page.locator('h1', { hasText: NEXT_TITLE }).waitFor({ timeout: 30000 });
      await dashboardDrawn(page);
      expect(await page.getByTestId('update-ready').count()).toBe(0);
      const after = await cachesOf(page);
      expect(Object.keys(after)).toHaveLength(1);
      expect(Object.keys(after)).not.toEqual(kept.map(([name]) => name));
      expect(Object.values(after)[0]).toEqual(expect.arrayContaining(sameLazy));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the pane keeps its own files (not the web page’s) and opens with the network off; office.js stays the host’s', async () => {
    server.setRoot(DIST);
    server.setDown(false);
    const from = server.log.length;
    const { context, close } = await launchChromium();
    try {
      // office.js comes from Microsoft and the host caches it: a stand-in here, served by the
      // browser's routing whatever the network, whose Excel cannot read (no workbook to read).
      await context.route('https://appsforoffice.microsoft.com/**', (r) =>
        r.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STAND_IN }),
      );
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(`${server.origin}/taskpane.html?_host_Info=Excel$Win32$16.01$en-GB$$$$0`);
      await page.getByRole('tab', { name: 'Dashboard' }).waitFor();
      await page.getByText('no workbook here').waitFor();
      await until(
        async () => Object.values(await cachesOf(page)).some((paths) => paths.some((p) => LAZY.test(p))),
        60000,
        'the pane kept',
      );
      const paths = Object.values(await cachesOf(page)).flat();
      expect(paths.filter((p) => /^\/taskpane\..*\.js$/.test(p))).toHaveLength(1);
      expect(paths.filter((p) => /^\/web\..*\.js$/.test(p))).toEqual([]);
      expect(server.log.slice(from).filter((r) => /^\/web\./.test(r.path))).toEqual([]);

      server.setDown(true);
      await context.setOffline(true);
      await page.reload();
      await page.getByRole('tab', { name: 'Dashboard' }).waitFor();
      await page.getByText('no workbook here').waitFor();
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
      server.setDown(false);
    }
  });

  it('registers no service worker from file://, and works as before', async () => {
    const { context, close } = await launchChromium();
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(pathToFileURL(join(DIST, 'index.html')).href);
      await dashboardDrawn(page);
      await page.waitForTimeout(1000);
      expect(context.serviceWorkers()).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
