import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { MEASURES, createFormat } from '../../src/core';
import { axeViolations, pageAtRest } from './axe';
import { startSession, type E2eSession } from './session';

/**
 * The dashboard's four measures in Chromium, as a secretariat sees them in a 350 px pane: the
 * sections and their headings, the new charts with their tables, the initiatives with the
 * dormant one said in words, the sentence that replaces the mapping without a Stakeholders
 * sheet; no sideways scrolling and nothing serious for axe, in both languages.
 */
const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist/web');
const OUT = join(__dirname, 'out');
/** The fixture made by LibreOffice: the workbook of before the programme, with no Stakeholders sheet. */
const CLEAN = join(ROOT, 'test/fixtures/libreoffice/clean-fr.xlsx');
/** A fixed today: the sample's 2025-Q3 is complete, with topics, sessions and a dormant link. */
const QUERY = '?asOf=2025-10-15';

const WORDS = {
  en: {
    dormant: /^Dormant — no meeting (since \d{4}-\d{2}-\d{2}|so far)$/,
    funnel: 'Stakeholder mapping by pillar',
    topics: 'Topics discussed in the period',
    noSheet: /no Stakeholders sheet/,
  },
  fr: {
    dormant: /^Inactif — aucune réunion (depuis le \d{2}\/\d{2}\/\d{4}|liée à ce jour)$/,
    funnel: 'Cartographie des acteurs par pilier',
    topics: 'Thèmes abordés sur la période',
    noSheet: /pas de feuille Cartographie/,
  },
} as const;

let session: E2eSession;

beforeAll(async () => {
  session = await startSession(DIST, OUT);
});

afterAll(async () => {
  await session?.close();
});

async function open(width: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${session.origin}/index.html${QUERY}`);
  await page.locator('[data-measure="4"]').waitFor({ timeout: 30000 });
  return page;
}

async function showQuarter(page: Page, lang: 'en' | 'fr', quarter: string): Promise<void> {
  await page.locator('select').first().selectOption(lang);
  await page.getByRole('tab', { name: lang === 'en' ? 'Dashboard' : 'Tableau de bord' }).waitFor();
  await page.getByLabel(lang === 'en' ? 'Quarter' : 'Trimestre', { exact: true }).selectOption(quarter);
  await pageAtRest(page);
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the dashboard’s four measures at 350 px', () => {
  it.each(['en', 'fr'] as const)(
    'shows each measure under its heading, the new charts with their tables, the dormant link in words (%s)',
    async (lang) => {
      const page = await open(350);
      const words = WORDS[lang];
      const measures = MEASURES.map((m) => createFormat(lang).measure(m));
      await showQuarter(page, lang, '2025-Q3');
      expect(await page.locator('[role="tabpanel"] h2').allInnerTexts()).toEqual(measures);
      // Each section is a region named by its heading: a screen reader can jump from measure to measure.
      for (const name of measures) expect(await page.getByRole('region', { name }).count()).toBe(1);

      for (const [measure, title] of [
        [1, words.funnel],
        [2, words.topics],
      ] as const) {
        const section = page.locator(`[data-measure="${measure}"]`);
        expect(await section.getByRole('img', { name: title }).count()).toBe(1);
        await section.locator(`[data-chart] summary`).last().click();
        expect(await section.getByRole('table', { name: title }).locator('tbody tr').count()).toBeGreaterThan(0);
      }
      const dormant = page.locator('[data-measure="4"] [data-dormant]');
      expect(await dormant.count()).toBeGreaterThan(0);
      for (const text of await dormant.allInnerTexts()) expect(text).toMatch(words.dormant);

      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(OUT, `dashboard-measures-${lang}-350.png`), fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );

  it('says how to start the mapping for a workbook without a Stakeholders sheet, in both languages', async () => {
    const page = await open(350);
    await page.getByTestId('file-input').setInputFiles(CLEAN);
    await page.getByText('clean-fr.xlsx').waitFor({ timeout: 30000 });
    for (const lang of ['fr', 'en'] as const) {
      await page.locator('select').first().selectOption(lang);
      await pageAtRest(page);
      const note = page.locator('[data-measure="1"] [data-testid="outreach-missing"]');
      expect(await note.innerText()).toMatch(WORDS[lang].noSheet);
      expect(await page.getByRole('img', { name: WORDS[lang].funnel }).count()).toBe(0);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.close();
  });
});
