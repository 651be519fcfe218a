import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderChartPng } from '../../charts/renderChartPng.node';
import { readWorkbookBytes } from '../../adapters/xlsx/readWorkbook';
import * as reportXlsx from '../../adapters/xlsx/report/buildReportXlsx';
import { writeSheetPlan } from '../../adapters/xlsx/writeSheetPlan';
import {
  dayFromYmd,
  dayToIso,
  generateSample,
  validateWorkbook,
  type ReportModel,
  type ValidatedWorkbook,
} from '../../core';
import type { ReportAudience } from '../../core';
import { differingParts, reportParts } from '../../../test/helpers/reportParts';
import { main } from '../cli/main';
import { createReportBuilder } from './createReportBuilder';

/**
 * The Report tab's door against `vpwg report`: the same sample file, quarter, language,
 * audience and as-of date give the same report model and the same sheets. The charts are
 * drawn here by the command line's renderer, so even the pictures must agree; the browser's
 * canvas is compared in the e2e test.
 */
const TODAY = dayFromYmd(2025, 10, 15);
const dir = mkdtempSync(join(tmpdir(), 'vpwg-doors-'));
const sampleFile = join(dir, 'sample.xlsx');
let validated: ValidatedWorkbook;

beforeAll(async () => {
  writeFileSync(sampleFile, await writeSheetPlan(generateSample({ lang: 'fr' })));
  // What the web page does with a picked file: read its bytes, validate as of the page's today.
  const raw = await readWorkbookBytes(new Uint8Array(readFileSync(sampleFile)));
  validated = validateWorkbook(raw, { asOf: TODAY });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

/** Runs a door with the report writer watched: the model it wrote, and the file. */
async function watched(door: () => Promise<Uint8Array>): Promise<{ model: ReportModel; bytes: Uint8Array }> {
  const spy = jest.spyOn(reportXlsx, 'buildReportXlsx');
  const bytes = await door();
  expect(spy).toHaveBeenCalledTimes(1);
  const model = spy.mock.calls[0]?.[0];
  if (!model) throw new Error('the report writer was not called');
  spy.mockRestore();
  return { model, bytes };
}

async function cliReport(audience: ReportAudience, lang: 'fr' | 'en'): Promise<Uint8Array> {
  const out = join(dir, `cli-${audience}-${lang}.xlsx`);
  const err: string[] = [];
  const argv = [
    'report',
    sampleFile,
    '--quarter',
    '2025-Q3',
    '--audience',
    audience,
    '--lang',
    lang,
    '--as-of',
    dayToIso(TODAY),
    '--out',
    out,
    '--force',
  ];
  const code = await main(argv, {
    stdout: () => undefined,
    stderr: (t) => err.push(t),
    env: { LANG: 'en_GB.UTF-8' },
    today: () => 0,
  });
  expect([code, err.join('')]).toEqual([0, '']);
  return new Uint8Array(readFileSync(out));
}

describe('the Report tab builds the same report as vpwg report', () => {
  it.each([
    ['donor', 'fr'],
    ['internal', 'en'],
  ] as const)(
    '%s report in %s: same model, same sheets, named for the quarter, audience and language',
    async (audience, lang) => {
      const before = JSON.stringify(validated);
      const progress: (number | null)[] = [];
      let fileName = '';
      const tab = await watched(async () => {
        const built = await createReportBuilder(renderChartPng)(
          validated,
          { quarter: '2025-Q3', lang, audience, today: TODAY },
          (f) => progress.push(f),
        );
        fileName = built.fileName;
        return built.bytes;
      });
      const cli = await watched(() => cliReport(audience, lang));

      expect(tab.model).toEqual(cli.model);
      expect(tab.model.summary.audience).toBe(audience);
      expect(fileName).toBe(`vpwg-report-2025-Q3-${audience}-${lang}.xlsx`);
      expect(await differingParts(tab.bytes, cli.bytes)).toEqual([]);
      expect([...(await reportParts(tab.bytes)).keys()]).toEqual(
        expect.arrayContaining([
          'xl/workbook.xml',
          'xl/styles.xml',
          'xl/sharedStrings.xml',
          'xl/worksheets/sheet7.xml',
        ]),
      );
      // Progress moves forward from "starting" to done; the source workbook is left as it was.
      const fractions = progress.filter((f): f is number => f !== null);
      expect(progress[0]).toBeNull();
      expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
      expect(fractions.at(-1)).toBe(1);
      expect(fractions.length).toBeGreaterThanOrEqual(4);
      expect(JSON.stringify(validated)).toBe(before);
    },
  );

  it('refuses a quarter that has not started rather than write an empty report', async () => {
    await expect(
      createReportBuilder(renderChartPng)(
        validated,
        { quarter: '2026-Q1', lang: 'en', audience: 'donor', today: TODAY },
        () => undefined,
      ),
    ).rejects.toThrow(/2026-Q1/);
  });
});
