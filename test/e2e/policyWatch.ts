import { buildSync } from 'esbuild';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** The Content-Security-Policy violations a page meets, one line each: a test fails on any. */
export interface PolicyWatch {
  readonly violations: readonly string[];
}

/**
 * Watches a page for what its policy refuses, from before its first script runs (every document
 * it loads, reloads included): the `securitypolicyviolation` event of the document, and the
 * browser's own console message (which also names refusals the event does not reach). A
 * refusal inside a Web Worker shows as the worker's failure: the reading test that needs it
 * fails.
 */
export async function watchPolicy(page: Page): Promise<PolicyWatch> {
  const violations: string[] = [];
  await page.exposeBinding('__vpwgPolicyViolation', (_source, line: string) => {
    violations.push(`event: ${line}`);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __vpwgPolicyViolation: (line: string) => void }).__vpwgPolicyViolation;
        report(`${e.effectiveDirective} refused ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
      },
      true,
    );
  });
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  return { violations };
}

/** The page's policy as the browser reads it from the `<meta http-equiv>`: directive → sources. */
export function parsePolicy(html: string): Record<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  if (content === undefined) throw new Error('no Content-Security-Policy meta in the page');
  return Object.fromEntries(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** test/e2e/officeStandIn/officeJs.ts bundled for the browser: office.js over the Office.js mock. */
export function officeStandInSource(): string {
  const result = buildSync({
    entryPoints: [join(__dirname, 'officeStandIn', 'officeJs.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Serves the stand-in at office.js's address for every page of the context, as Excel's web view
 * would load office.js from Microsoft's CDN; `more` answers the other files of that host.
 */
export async function routeOfficeJs(
  context: BrowserContext,
  more: Readonly<Record<string, string>> = {},
): Promise<void> {
  const source = officeStandInSource();
  await context.route('https://appsforoffice.microsoft.com/**', (route) => {
    const url = route.request().url();
    const body = url === OFFICE_JS ? source : more[url];
    return body === undefined
      ? route.fulfill({ status: 404, body: '' })
      : route.fulfill({ status: 200, contentType: 'text/javascript', body });
  });
}
