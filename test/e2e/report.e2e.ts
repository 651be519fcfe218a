import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { PICTURE_SIZE } from '../../src/adapters/xlsx/report/chartsSheet';
import { main } from '../../src/apps/cli/main';
import { differingParts, reportParts } from '../helpers/reportParts';
import { unzipParts } from '../helpers/xlsxParts';
import { launchChromium } from './browser';
import { serveStatic } from './staticServer';

/**
 * The quarterly report from two doors: `vpwg report` in Node and the web page's Report tab in
 * Chromium, on the same sample file, quarter, audience, language and as-of day (the page's
 * `?asOf=`). Every part of the two files but the pictures and docProps must be byte for byte
 * the same; the pictures must have the same size.
 */
const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist/web');
const OUT = join(__dirname, 'out');
const AS_OF = '2025-10-15';
const dir = mkdtempSync(join(tmpdir(), 'vpwg-report-e2e-'));
const sampleFile = join(dir, 'sample.xlsx');

let context: BrowserContext;
let closeBrowser: () => Promise<void>;
let origin: string;
let closeServer: () => Promise<void>;

async function vpwg(...argv: string[]): Promise<void> {
  const err: string[] = [];
  const code = await main(argv, {
    stdout: () => undefined,
    stderr: (t) => err.push(t),
    env: { LANG: 'en_GB.UTF-8' },
    today: () => 0,
  });
  expect([argv[0], code, err.join('')]).toEqual([argv[0], 0, '']);
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  ({ origin, close: closeServer } = await serveStatic(DIST));
  ({ context, close: closeBrowser } = await launchChromium());
  await vpwg('sample', '--lang', 'fr', '--out', sampleFile);
});

afterAll(async () => {
  await closeBrowser?.();
  await closeServer?.();
  rmSync(dir, { recursive: true, force: true });
});

/** Width × height of each PNG picture in the package, by part name. */
async function pictureSizes(bytes: Uint8Array): Promise<Record<string, string>> {
  const sizes: Record<string, string> = {};
  for (const [name, bytesOfPart] of unzipParts(bytes)) {
    if (!name.startsWith('xl/media/')) continue;
    const png = Buffer.from(bytesOfPart);
    sizes[name] = `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`;
  }
  return sizes;
}

describe('the report is the same from the web page and from vpwg report', () => {
  it.each([
    ['donor', 'fr', 'French'],
    ['internal', 'en', 'English'],
  ] as const)(
    '%s report in %s: every sheet, string, style and drawing part identical, pictures the same size',
    async (audience, lang, langName) => {
      const cliFile = join(dir, `cli-${audience}-${lang}.xlsx`);
      await vpwg(
        'report',
        sampleFile,
        '--quarter',
        '2025-Q3',
        '--audience',
        audience,
        '--lang',
        lang,
        '--as-of',
        AS_OF,
        '--out',
        cliFile,
      );

      const page = await context.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${origin}/index.html?asOf=${AS_OF}`);
      await page.getByTestId('file-input').setInputFiles(sampleFile);
      await page.getByText('Workbook shown: sample.xlsx').waitFor({ timeout: 30000 });
      await page.getByRole('tab', { name: 'Report' }).click();
      await page.getByLabel('Quarter', { exact: true }).selectOption('2025-Q3');
      await page.getByLabel('Report language').selectOption({ label: langName });
      await page.getByLabel('Audience').selectOption(audience);
      // exceljs comes with the report writer at the first export, never to open a workbook.
      const xlsxChunk = (u: string) => /\/xlsx\.[0-9a-f]+\.js$/.test(u);
      expect(requests.filter(xlsxChunk)).toEqual([]);
      expect(requests.some((u) => /\/reader\.[0-9a-f]+\.js$/.test(u))).toBe(true);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60000 }),
        page.getByRole('button', { name: 'Export the report' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`vpwg-report-2025-Q3-${audience}-${lang}.xlsx`);
      const web = new Uint8Array(readFileSync(await download.path()));
      expect(requests.filter(xlsxChunk)).toHaveLength(1);
      await page.getByText(`The report vpwg-report-2025-Q3-${audience}-${lang}.xlsx was downloaded.`).waitFor();
      const cli = new Uint8Array(readFileSync(cliFile));
      writeFileSync(join(OUT, `web-${audience}-${lang}.xlsx`), web);

      const parts = [...(await reportParts(web)).keys()];
      expect(parts).toEqual(
        expect.arrayContaining([
          'xl/workbook.xml',
          'xl/styles.xml',
          'xl/sharedStrings.xml',
          'xl/drawings/drawing1.xml',
        ]),
      );
      expect(parts.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))).toHaveLength(9);
      expect(await differingParts(web, cli)).toEqual([]);
      const sizes = await pictureSizes(web);
      expect(Object.keys(sizes).length).toBeGreaterThanOrEqual(3);
      expect(Object.values(sizes)).toEqual(
        Object.values(sizes).map(
          () => `${PICTURE_SIZE.width * PICTURE_SIZE.scale}×${PICTURE_SIZE.height * PICTURE_SIZE.scale}`,
        ),
      );
      expect(sizes).toEqual(await pictureSizes(cli));
      expect(errors).toEqual([]);
      expect(
        requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:')),
      ).toEqual([]);
      await page.close();
    },
  );
});
