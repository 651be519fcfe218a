import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withDeclaredSize, workbookParts, xlsxOf, zipParts } from '../../../test/helpers/xlsxParts';
import { readWorkbookBytes } from './readWorkbook';
import { readWorkbookFile } from './readWorkbookFile';
import { READ_LIMITS } from './readLimits';
import { WorkbookReadError, type WorkbookReadReason } from './workbookReadError';

/** The limits of README "Limits", from both doors (browser inflater and Node's zlib). */

const dir = mkdtempSync(join(tmpdir(), 'vpwg-limits-'));
let n = 0;

async function refusal(bytes: Uint8Array): Promise<WorkbookReadReason> {
  const path = join(dir, `limit${n++}.xlsx`);
  writeFileSync(path, bytes);
  const [fromFile, fromBytes] = await Promise.all([
    readWorkbookFile(path).catch((e: unknown) => e),
    readWorkbookBytes(bytes).catch((e: unknown) => e),
  ]);
  expect(fromFile).toBeInstanceOf(WorkbookReadError);
  expect(fromBytes).toBeInstanceOf(WorkbookReadError);
  expect((fromBytes as WorkbookReadError).reason).toBe((fromFile as WorkbookReadError).reason);
  return (fromFile as WorkbookReadError).reason;
}

const sheet = (data: string) => xlsxOf({ sheets: [{ name: 'S', data }] });

describe('Excel’s grid: a row or column beyond it is damage, refused at once', () => {
  it.each([
    ['row 1,048,577', '<row r="1048577"><c><v>1</v></c></row>'],
    ['a fuzzed row 231,999,999,999,940', '<row r="231999999999940"><c><v>1</v></c></row>'],
    ['a cell in row 1,048,577', '<row r="1"><c r="A1048577"><v>1</v></c></row>'],
    ['column XFE', '<row r="1"><c r="XFE1"><v>1</v></c></row>'],
    ['column ZZZ', '<row r="1"><c r="ZZZ1"><v>1</v></c></row>'],
    ['a reference that is not one', '<row r="1"><c r="1A"><v>1</v></c></row>'],
    ['row 0', '<row r="0"><c><v>1</v></c></row>'],
  ])('%s', async (_label, data) => {
    expect(await refusal(sheet(data))).toBe('corrupt');
  });

  it('while the last row and column of the grid are read', async () => {
    const wb = await readWorkbookBytes(sheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'));
    const rows = wb.sheets[0]?.rows ?? [];
    expect(rows.length).toBe(READ_LIMITS.rows);
    expect(rows[READ_LIMITS.rows - 1]?.[READ_LIMITS.columns - 1]).toBe(1);
  });
});

describe(`a cell longer than ${READ_LIMITS.cellChars} characters`, () => {
  const long = (length: number) => 'x'.repeat(length);
  it.each([
    ['an inline string', (t: string) => sheet(`<row r="1"><c t="inlineStr"><is><t>${t}</t></is></c></row>`)],
    ['a shared string', (t: string) => xlsxOf({ sheets: [{ name: 'S', data: '' }], sharedStrings: [`<t>${t}</t>`] })],
    ['a formula’s text', (t: string) => sheet(`<row r="1"><c t="str"><f>A2</f><v>${t}</v></c></row>`)],
  ])('in %s is refused; one of exactly the limit is read', async (_label, make) => {
    expect(await refusal(make(long(READ_LIMITS.cellChars + 1)))).toBe('cell-too-long');
    await expect(readWorkbookBytes(make(long(READ_LIMITS.cellChars)))).resolves.toBeDefined();
  });

  it('of 30 million characters (stored, not packed) is refused without waiting for its end', async () => {
    const data = `<row r="1"><c t="inlineStr"><is><t>${long(30_000_000)}</t></is></c></row>`;
    expect(await refusal(zipParts(workbookParts({ sheets: [{ name: 'S', data }] }), 0))).toBe('cell-too-long');
  });
});

describe('zip bombs and oversized workbooks', () => {
  // Just past the size where the ratio rule starts, packed about a thousand to one.
  let packedBlanks: Uint8Array;
  beforeAll(() => {
    packedBlanks = sheet(`<row r="1"><c t="inlineStr"><is><t>${' '.repeat(9 * 1024 * 1024)}</t></is></c></row>`);
  });

  it('a part packed a thousand to one is refused before it is unpacked', async () => {
    expect(await refusal(packedBlanks)).toBe('zip-bomb');
  });

  it('a part whose header declares less than it holds is refused as it pours out', async () => {
    const bomb = withDeclaredSize(packedBlanks, 'xl/worksheets/sheet1.xml', 1000);
    expect(await refusal(bomb)).toBe('zip-bomb');
    const lying = withDeclaredSize(sheet('<row r="1"><c><v>1</v></c></row>'), 'xl/worksheets/sheet1.xml', 10);
    expect(await refusal(lying)).toBe('corrupt');
  });

  it(`parts declaring more than ${READ_LIMITS.inflatedBytes / 1024 / 1024} MB together are refused before unpacking`, async () => {
    const sheets = Array.from({ length: 70 }, (_, i) => ({ name: `S${i}`, data: '' }));
    let zip = xlsxOf({ sheets });
    for (let i = 1; i <= 70; i++) zip = withDeclaredSize(zip, `xl/worksheets/sheet${i}.xml`, 8 * 1024 * 1024);
    expect(await refusal(zip)).toBe('inflated-too-large');
  });

  it('an encrypted zip entry, a binary workbook and a truncated zip', async () => {
    const zip = sheet('<row r="1"><c><v>1</v></c></row>');
    const encrypted = zip.slice();
    const view = new DataView(encrypted.buffer);
    for (let at = 0; at < encrypted.length - 4; at++)
      if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
    expect(await refusal(encrypted)).toBe('encrypted');
    expect(await refusal(zipParts({ 'xl/workbook.bin': 'x', '[Content_Types].xml': '<Types/>' }))).toBe('xlsb');
    expect(await refusal(zip.subarray(0, zip.length - 30))).toBe('corrupt');
  });
});

describe('merged ranges are pairs of corners, never cells', () => {
  it('a range over the whole grid below row 70 costs what the sheet holds', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => `<row r="${i + 1}"><c><v>${i + 1}</v></c><c><v>0</v></c></row>`);
    const data = `<sheetData>${rows.join('')}</sheetData><mergeCells count="1"><mergeCell ref="A70:XFD1048576"/></mergeCells>`;
    const wb = await readWorkbookBytes(
      zipParts(
        workbookParts({
          sheets: [
            {
              name: 'S',
              data: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${data}</worksheet>`,
            },
          ],
        }),
      ),
    );
    const read = wb.sheets[0]?.rows ?? [];
    expect(read).toHaveLength(70);
    expect(read[68]).toEqual([69, 0]);
    expect(read[69]).toEqual([70]); // the top-left cell keeps its value, the rest is blank
  });

  it('thousands of ranges over each other (which Excel repairs) are refused as damage in bounded time', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `<row r="${i + 1}"><c><v>1</v></c></row>`).join('');
    const merges = Array.from({ length: 30_000 }, () => '<mergeCell ref="A1:XFD1048576"/>').join('');
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData><mergeCells>${merges}</mergeCells></worksheet>`;
    expect(await refusal(xlsxOf({ sheets: [{ name: 'S', data: xml }] }))).toBe('corrupt');
  });
});
