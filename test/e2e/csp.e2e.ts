import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';
import { OFFICE_JS, parsePolicy, routeOfficeJs, watchPolicy } from './policyWatch';
import { serveStatic, type StaticServer } from './staticServer';

/**
 * Both pages under their Content-Security-Policy (scripts/webpack/contentSecurityPolicy.js): the
 * web page, over http and from file://, draws the dashboard, opens a workbook through its worker,
 * exports a report and registers its service worker; the pane does its work with office.js from
 * Microsoft's host. Each flow is watched for refusals, and any one fails it: the watch is first
 * shown to see a page that breaks the policy on purpose.
 */
const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist/web');
const WORKBOOK = join(ROOT, 'test/fixtures/libreoffice/clean-fr.xlsx');
const TMP = mkdtempSync(join(tmpdir(), 'vpwg-csp-e2e-'));

let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(DIST);
});

afterAll(async () => {
  await server?.close();
  rmSync(TMP, { recursive: true, force: true });
});

async function dashboardDrawn(page: Page): Promise<void> {
  await page.locator('[data-target]').first().waitFor({ timeout: 30000 });
  await page.waitForFunction(() => document.querySelectorAll('canvas[role="img"]').length >= 3, undefined, {
    timeout: 30000,
  });
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inlineScripts = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

describe('the pages’ Content-Security-Policy', () => {
  const web = readFileSync(join(DIST, 'index.html'), 'utf8');
  const pane = readFileSync(join(DIST, 'taskpane.html'), 'utf8');

  it('allows the web page its own scripts and loader, its workers, inline styles, its images and no connection', () => {
    const policy = parsePolicy(web);
    expect(policy).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'", ...inlineScripts(web).map(sha256)],
      'worker-src': ["'self'", 'blob:'],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'manifest-src': ["'self'"],
      'connect-src': ["'none'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
    expect(inlineScripts(web)).toHaveLength(1);
    // The policy comes before anything it governs.
    expect(web.indexOf('Content-Security-Policy')).toBeLessThan(web.search(/<script|<style|<link/));
  });

  it('allows the pane, in addition, only office.js’s host', () => {
    const policy = parsePolicy(pane);
    const webPolicy = parsePolicy(web);
    expect(policy['script-src']).toEqual([
      "'self'",
      ...inlineScripts(pane).map(sha256),
      'https://appsforoffice.microsoft.com',
    ]);
    const { 'script-src': _paneScripts, ...paneRest } = policy;
    const { 'script-src': _webScripts, ...webRest } = webPolicy;
    expect(paneRest).toEqual(webRest);
    expect(pane.indexOf('Content-Security-Policy')).toBeLessThan(pane.search(/<script|<style|<link/));
    for (const p of [policy, webPolicy])
      expect(Object.values(p).flat()).not.toEqual(expect.arrayContaining(["'unsafe-eval'"]));
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
  });

  it('is watched: a page that breaks it on purpose is caught, by the event and by the console', async () => {
    const { context, close } = await launchChromium();
    try {
      // A page of its own with the web page's policy, an inline script it does not know, a
      // picture from elsewhere and a request.
      const dir = mkdtempSync(join(TMP, 'breaks-'));
      const meta = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(web)![0];
      writeFileSync(
        join(dir, 'breaks.html'),
        `<!doctype html><html><head>${meta}</head><body><p>breaks</p>` +
          `<script>document.title = 'ran';</script><img alt="" src="https://example.org/x.png"></body></html>`,
      );
      const other = await serveStatic(dir);
      try {
        const page = await context.newPage();
        const watch = await watchPolicy(page);
        await page.goto(`${other.origin}/breaks.html`);
        await page.evaluate(() => fetch('https://example.org/').catch(() => undefined));
        await page.waitForTimeout(300);
        expect(await page.title()).toBe('');
        const seen = watch.violations.join('\n');
        expect(seen).toMatch(/event: script-src-elem refused inline/);
        expect(seen).toMatch(/event: img-src refused https:\/\/example\.org\/x\.png/);
        expect(seen).toMatch(/event: connect-src refused https:\/\/example\.org/);
        expect(seen).toMatch(/console: .*Content Security Policy/);
      } finally {
        await other.close();
      }

      // The built page itself refuses a connection and an injected script.
      const page = await context.newPage();
      const watch = await watchPolicy(page);
      await page.goto(`${server.origin}/index.html`);
      await dashboardDrawn(page);
      expect(watch.violations).toEqual([]);
      const refused = await page.evaluate(() =>
        fetch('index.html').then(
          () => 'fetched',
          () => 'refused',
        ),
      );
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.injected = true;';
        document.body.append(s);
      });
      expect([refused, await page.evaluate(() => 'injected' in window)]).toEqual(['refused', false]);
      expect(watch.violations.join('\n')).toMatch(/event: connect-src refused .*index\.html/);
      expect(watch.violations.join('\n')).toMatch(/event: script-src-elem refused inline/);
    } finally {
      await close();
    }
  });

  it.each([
    ['over http', () => `${server.origin}/index.html`],
    ['from file://', () => pathToFileURL(join(DIST, 'index.html')).href],
  ])(
    'lets the web page %s draw the dashboard, open a workbook in its worker and export a report',
    async (_how, url) => {
      const { context, close } = await launchChromium();
      try {
        const page = await context.newPage();
        const watch = await watchPolicy(page);
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        const workers: string[] = [];
        page.on('worker', (w) => workers.push(w.url()));
        await page.goto(url());
        await dashboardDrawn(page);
        await page.getByTestId('file-input').setInputFiles(WORKBOOK);
        await page.getByText('Workbook shown: clean-fr.xlsx').waitFor({ timeout: 30000 });
        await dashboardDrawn(page);
        expect(workers.filter((w) => w.startsWith('blob:'))).toHaveLength(1);
        await page.getByRole('tab', { name: 'Report' }).click();
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 60000 }),
          page.getByRole('button', { name: 'Export the report' }).click(),
        ]);
        const report = readFileSync((await download.path())!);
        expect(report.subarray(0, 2).toString('latin1')).toBe('PK');
        if (url().startsWith('http')) {
          // The service worker registers once the dashboard is drawn, and takes the page.
          const scope = await page.evaluate(() =>
            navigator.serviceWorker.ready.then((registration) => registration.active?.scriptURL ?? ''),
          );
          expect(scope).toBe(`${server.origin}/sw.js`);
        }
        expect(watch.violations).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('lets the pane load office.js and the files office.js loads from its host, and read the workbook', async () => {
    const { context, close } = await launchChromium();
    try {
      // office.js adds the host's own script from its folder, as the real one does.
      const hostScript = 'https://appsforoffice.microsoft.com/lib/1/hosted/excel-web-16.00.js';
      await routeOfficeJs(context, { [hostScript]: 'window.__hostScriptRan = true;' });
      await context.addInitScript((src) => {
        document.addEventListener('DOMContentLoaded', () => {
          const s = document.createElement('script');
          s.src = src;
          document.head.append(s);
        });
      }, hostScript);
      const page = await context.newPage();
      const watch = await watchPolicy(page);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.origin}/taskpane.html`);
      await dashboardDrawn(page);
      await page.waitForFunction(() => '__hostScriptRan' in window);
      await page.getByRole('tab', { name: 'Issues' }).click();
      await page.getByTestId('issue-summary').waitFor();
      // Refused by the pane as well: any other origin, and any connection (office.js's telemetry).
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.src = 'https://example.org/other.js';
        document.head.append(s);
        return fetch('https://browser.pipe.aria.microsoft.com/Collector/3.0/').catch(() => undefined);
      });
      await page.waitForTimeout(300);
      const seen = watch.violations.join('\n');
      expect(seen).toMatch(/event: script-src-elem refused https:\/\/example\.org\/other\.js/);
      expect(seen).toMatch(/event: connect-src refused https:\/\/browser\.pipe\.aria\.microsoft\.com/);
      expect(watch.violations.filter((v) => !/example\.org|aria\.microsoft\.com/.test(v))).toEqual([]);
      expect(errors).toEqual([]);
      expect(OFFICE_JS).toBe(/<script src="([^"]+)"/.exec(readFileSync(join(DIST, 'taskpane.html'), 'utf8'))?.[1]);
    } finally {
      await close();
    }
  });
});
