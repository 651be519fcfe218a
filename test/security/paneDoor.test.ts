/**
 * The attack suite, the pane's door: the Office.js read path over the mock (test/office/mock),
 * with workbooks whose used range Excel would report as enormous. Each case prints its figures
 * (time, round trips, cells read, memory growth).
 */
import { createExcelHost } from '../../src/adapters/office/excelHost';
import { OFFICE_READ_LIMITS } from '../../src/adapters/office/readExtents';
import type { RawWorkbook } from '../../src/core';
import type { HostFailure, HostResult } from '../../src/ports';
import { failureMessage } from '../../src/ui/failureMessage';
import { createUiI18n } from '../../src/ui/createUiI18n';
import type { MockDocument } from '../office/mock/mockDocument';
import { mockEnvironment } from '../office/mock/mockEnvironment';
import { contractWorkbook } from '../office/workbooks';

const GRID_ROWS = 1_048_576;
const GRID_COLUMNS = 16_384;

/** A value put in one cell of a sheet, 0-based, as a user typing it there would. */
function put(doc: MockDocument, sheet: string, row: number, column: number, value: string): void {
  const rows = doc.sheet(sheet).rows;
  const line = rows[row] ?? [];
  line[column] = value;
  rows[row] = line;
}

interface Read {
  readonly result: HostResult<RawWorkbook>;
  readonly seconds: number;
}

async function read(doc: MockDocument, name: string): Promise<Read> {
  const heap = process.memoryUsage().heapUsed;
  const start = performance.now();
  const result = await createExcelHost({ env: mockEnvironment(doc) }).readWorkbook();
  const seconds = (performance.now() - start) / 1000;
  const grown = (process.memoryUsage().heapUsed - heap) / 1024 / 1024;
  console.log(
    `pane, ${name}: ${result.ok ? 'read' : `refused (${result.failure.reason})`} in ${seconds.toFixed(2)} s, ` +
      `${doc.syncs} round trips, largest response ${doc.largestResponse.toLocaleString('en-GB')} cells, heap +${grown.toFixed(0)} MB`,
  );
  return { result, seconds };
}

function readOk({ result }: Read): RawWorkbook {
  if (!result.ok) throw new Error(`the read failed: ${result.failure.reason}`);
  return result.value;
}

describe('the pane reads a workbook whose used range is the whole grid', () => {
  it('a value typed in XFD1048576: the contract sheets read as without it, in a few round trips', async () => {
    const plain = readOk(await read(contractWorkbook(300), 'the contract workbook'));
    const doc = contractWorkbook(300);
    put(doc, 'Attendance', GRID_ROWS - 1, GRID_COLUMNS - 1, 'stray');
    const hostile = await read(doc, 'a value in XFD1048576 (used range 1,048,576 × 16,384)');
    const raw = readOk(hostile);
    // The first 256 columns hold nothing below row 301: the stray cell is out of what is read.
    expect(raw).toEqual(plain);
    expect(doc.syncs).toBeLessThanOrEqual(5);
    expect(hostile.seconds).toBeLessThan(2);
  });

  it('a value in A1048576: every row of the used columns is read, in payload-sized batches', async () => {
    const doc = contractWorkbook(300);
    put(doc, 'Attendance', GRID_ROWS - 1, 0, 'R1');
    const raw = readOk(await read(doc, 'a value in A1048576 (1,048,576 rows × 4 columns)'));
    const attendance = raw.sheets.find((s) => s.name === 'Attendance')!;
    expect(attendance.rows).toHaveLength(GRID_ROWS);
    expect(attendance.rows[GRID_ROWS - 1]).toEqual(['R1']);
    expect(doc.largestResponse).toBeLessThanOrEqual(100_000);
  });

  // Attendance's first 256 columns down to the grid's last row, and the two other sheets whole.
  const cells = OFFICE_READ_LIMITS.columns * GRID_ROWS + 41 * 10 + 37 * 4;
  it.each([
    [
      'en',
      `The workbook has ${cells.toLocaleString('en-GB')} cells to read (mostly the sheet “Attendance”), more than the 20,000,000 the pane can read`,
    ],
    [
      'fr',
      `Le classeur compte ${cells.toLocaleString('fr-FR')} cellules à lire (la feuille « Attendance » surtout), plus que les 20 000 000 que le volet peut lire`,
    ],
  ] as const)(
    'a sheet filled to IV1048576 is refused in one sentence (%s), in bounded time, before any value is read',
    async (lang, sentence) => {
      const doc = contractWorkbook(300);
      put(doc, 'Attendance', GRID_ROWS - 1, OFFICE_READ_LIMITS.columns - 1, 'far');
      put(doc, 'Attendance', 0, GRID_COLUMNS - 1, 'farther');
      const hostile = await read(doc, `values in IV1048576 and XFD1 (${lang})`);
      expect(hostile.result.ok).toBe(false);
      const failure = (hostile.result as { failure: HostFailure }).failure;
      expect(failure).toEqual({ reason: 'too-large', sheet: 'Attendance', cells, limit: OFFICE_READ_LIMITS.cells });
      const space = /[\u202f\u00a0]/g;
      const i18n = createUiI18n(lang);
      expect(failureMessage(failure, i18n.t, lang).replace(space, ' ')).toContain(sentence.replace(space, ' '));
      // Names, used ranges, the narrowed used range: no value was asked for.
      expect(doc.syncs).toBe(3);
      expect(hostile.seconds).toBeLessThan(2);
    },
  );
});
