import { join, resolve } from 'node:path';
import { axeViolations } from './axe';
import { launchChromium } from './browser';
import { routeOfficeJs } from './policyWatch';
import { serveStatic, type StaticServer } from './staticServer';

/**
 * The pane itself (taskpane.html) in Chromium, over office.js's stand-in (a small workbook with
 * Members, Meetings and Attendance, in English): the Setup tab's writes with the keyboard alone.
 */
const DIST = join(resolve(__dirname, '../..'), 'dist/web');

let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(DIST);
});

afterAll(async () => {
  await server?.close();
});

describe('the pane’s Setup tab with the keyboard', () => {
  it('keeps the focus in the tab through the re-read after a write, and axe finds nothing serious', async () => {
    const { context, close } = await launchChromium();
    try {
      await routeOfficeJs(context);
      const page = await context.newPage();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole('tab', { name: 'Setup' }).click();
      const create = page.getByRole('button', { name: 'Create the missing sheets' });
      await create.waitFor({ timeout: 30000 });
      await page.getByRole('combobox', { name: 'Header language' }).selectOption('fr');
      await create.focus();
      await page.keyboard.press('Enter');
      const message = page.getByText('Sheets created: Incidents, Paramètres.');
      await message.waitFor({ timeout: 30000 });
      await page.getByText('All the template sheets are present.').waitFor();
      // The button pressed may be gone: the focus is on the message, not on the page's body.
      await page.waitForFunction(() => document.activeElement !== document.body);
      const focused = await page.evaluate(() => {
        const panel = document.querySelector('[role="tabpanel"]');
        const active = document.activeElement;
        return { inPanel: !!panel && panel.contains(active), text: active?.textContent ?? '' };
      });
      expect(focused).toEqual({ inPanel: true, text: 'Sheets created: Incidents, Paramètres.' });
      // The choice of French headers is still there for the next write.
      expect(await page.getByRole('combobox', { name: 'Header language' }).inputValue()).toBe('fr');
      // The user goes on from there: Shift+Tab reaches the action just before the message.
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Insert the sample');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});
