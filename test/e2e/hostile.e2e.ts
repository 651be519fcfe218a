/**
 * The attack suite, the web page's door: every hostile file of test/security/hostileFiles.ts
 * (made here, nothing hostile is committed) opened through the built page's file input in
 * Chromium. For each: what the user sees is what the engine says (the refusal's sentence, in
 * English and in French, or the issue counts of the file read, the same as `vpwg validate`);
 * the page answers a click while the file is handled; the file's bytes are unchanged; no
 * request leaves the page and its Content-Security-Policy refuses nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { readWorkbookBytes } from '../../src/adapters/xlsx/readWorkbook';
import { WorkbookReadError } from '../../src/adapters/xlsx/workbookReadError';
import { dayFromIso, readFailureMessage, validateWorkbook, type IssueCounts } from '../../src/core';
import { HOSTILE, type HostileFile } from '../security/hostileFiles';
import { watchPolicy } from './policyWatch';
import { startSession, type E2eSession } from './session';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist/web');
const OUT = join(__dirname, 'out', 'hostile');
const AS_OF = '2025-10-15';
let session: E2eSession;

beforeAll(async () => {
  session = await startSession(DIST, OUT);
});

afterAll(async () => {
  await session?.close();
});

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** What the engine makes of the file in Node (the command line's door): the page must say the same. */
async function engineVerdict(
  file: string,
): Promise<{ refused: WorkbookReadError['failure'] } | { counts: IssueCounts; issues: number }> {
  try {
    const raw = await readWorkbookBytes(new Uint8Array(readFileSync(file)));
    const validated = validateWorkbook(raw, { asOf: dayFromIso(AS_OF)! });
    return { counts: validated.counts, issues: validated.issues.length };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { refused: error.failure };
    throw error;
  }
}

/** Whether the page is still handling the file: reading it ("Opening…") or validating it (panel busy). */
const handling = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector('[data-testid="source"] [role="status"] [role="progressbar"]') !== null ||
      document.querySelector('[role="tabpanel"]')?.getAttribute('aria-busy') === 'true',
  );

/** The numbers of a sentence, in order ("7 error(s), 1 warning(s), 2 note(s)" → 7, 1, 2). */
const numbers = (text: string) => (text.match(/\d[\d\s,.\u202f]*/g) ?? []).map((n) => Number(n.replace(/\D/g, '')));

async function open(hostile: HostileFile) {
  const file = join(OUT, hostile.name);
  writeFileSync(file, hostile.make());
  const before = sha256(file);
  const page = await session.context.newPage();
  const policy = await watchPolicy(page);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  // Noted by the page itself the moment the validation's line appears, even if the page then
  // freezes: the click below is made once the validation has begun, however short it is.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.body?.textContent?.includes('Checking the data…'))
        (window as unknown as { validating?: boolean }).validating = true;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`${session.origin}/index.html?asOf=${AS_OF}`);
  await page.locator('[data-testid="period-shown"]').waitFor({ timeout: 60_000 });
  // The sample was validated too: only the file's validation counts from here.
  await page.evaluate(() => ((window as unknown as { validating?: boolean }).validating = false));

  await page.getByTestId('file-input').setInputFiles(file);
  // A click while the file is handled: the Issues tab is chosen at once (the page answers),
  // while the file is still being read (a frozen page answers only once it is done).
  await page.getByRole('tab', { name: 'Issues' }).click({ timeout: 300_000 });
  await page.getByRole('tab', { name: 'Issues', selected: true }).waitFor({ timeout: 300_000 });
  const answered = [await handling(page)];
  if (hostile.heavy && !hostile.refused) {
    // Again while it is validated (on the page's own thread, a slice at a time): the Dashboard
    // tab is chosen before the validation ends.
    await page.waitForFunction(() => (window as unknown as { validating?: boolean }).validating, undefined, {
      timeout: 300_000,
    });
    await page.getByRole('tab', { name: 'Dashboard' }).click({ timeout: 300_000 });
    await page.getByRole('tab', { name: 'Dashboard', selected: true }).waitFor({ timeout: 300_000 });
    answered.push(await handling(page));
  }

  const outcome = await page.waitForFunction(
    (name) => {
      const refusal = document.querySelector('[data-testid="source"] [role="alert"]')?.textContent;
      if (refusal) return 'refused';
      const shown = document.querySelector('[data-testid="source-name"]')?.textContent ?? '';
      const busy = document.querySelector('[role="tabpanel"]')?.getAttribute('aria-busy') !== 'false';
      return shown.includes(name) && !busy ? 'read' : null;
    },
    hostile.name,
    { timeout: 300_000 },
  );
  return {
    page,
    file,
    before,
    policy,
    requests,
    errors,
    answered,
    outcome: (await outcome.jsonValue()) as 'refused' | 'read',
  };
}

describe('the web page’s door of the attack suite', () => {
  it.each(HOSTILE.map((h) => [h.name, h] as const))(
    '%s: says what the engine says, answers meanwhile, changes nothing and sends nothing',
    async (_name, hostile) => {
      const opened = await open(hostile);
      const { page, file } = opened;
      const verdict = await engineVerdict(file);
      if ('refused' in verdict) {
        expect(opened.outcome).toBe('refused');
        const alert = page.getByTestId('source').getByRole('alert');
        expect(await alert.innerText()).toBe(readFailureMessage(verdict.refused, hostile.name, 'en'));
        // The same refusal in French, at the switch of the language.
        await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
        await page.getByRole('combobox', { name: 'Langue' }).waitFor();
        expect(await alert.innerText()).toBe(readFailureMessage(verdict.refused, hostile.name, 'fr'));
        // The workbook shown stays the sample.
        expect(await page.getByTestId('source-name').innerText()).not.toContain(hostile.name);
      } else {
        expect(opened.outcome).toBe('read');
        await page.getByRole('tab', { name: 'Issues' }).click();
        const summary = await page.getByTestId('issue-summary').innerText();
        const { error, warning, info } = verdict.counts;
        expect(numbers(summary)).toEqual(verdict.issues === 0 ? [] : [error, warning, info]);
      }
      expect(hostile.refused).toBe('refused' in verdict);
      // A file that takes seconds to handle (a million rows) leaves the page answering the user:
      // the clicks were answered while the file was still read, then validated.
      if (hostile.heavy) expect(opened.answered).toEqual(hostile.refused ? [true] : [true, true]);
      expect(sha256(file)).toBe(opened.before);
      // Its own files, and the reading worker it makes from a Blob URL of its own.
      const own = (url: string) => url.startsWith(`${session.origin}/`) || url.startsWith(`blob:${session.origin}/`);
      expect(opened.requests.filter((url) => !own(url))).toEqual([]);
      expect(opened.policy.violations).toEqual([]);
      expect(opened.errors).toEqual([]);
      await page.close();
    },
    600_000,
  );
});
