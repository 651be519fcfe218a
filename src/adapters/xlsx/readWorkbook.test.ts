import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { RawWorkbook } from '../../core';
import { corpusDir } from '../../../test/corpus/corpusDir';
import { readWorkbookBytes } from './readWorkbook';
import { readWorkbookFile } from './readWorkbookFile';

const dir = mkdtempSync(join(tmpdir(), 'vpwg-reader-'));

/** Both doors: bytes (browser) and file (Node, streaming when it can) must agree. */
async function readBoth(path: string): Promise<RawWorkbook> {
  const fromBytes = await readWorkbookBytes(await readFile(path));
  const fromFile = await readWorkbookFile(path);
  expect(JSON.stringify(fromFile)).toBe(JSON.stringify(fromBytes));
  return fromBytes;
}

async function writeWorkbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

const corpus = (file: string): string => join(corpusDir(), file);

describe('cells of a workbook written by exceljs', () => {
  test('formula results (also 0 and FALSE), rich text, hyperlinks, errors, merges, dates as serials', async () => {
    const path = await writeWorkbook('cells.xlsx', (wb) => {
      const ws = wb.addWorksheet('Membres');
      ws.getCell('A1').value = { formula: 'COUNTIF(B2:B3,"x")', result: 0 };
      ws.getCell('B1').value = { formula: 'ISNA(A1)', result: false };
      ws.getCell('C1').value = { formula: 'NA()', result: { error: '#N/A' } };
      ws.getCell('D1').value = { formula: 'A1+1' }; // no cached result: blank
      ws.getCell('A2').value = { richText: [{ text: 'Société ' }, { text: 'civile', font: { bold: true } }] };
      ws.getCell('B2').value = { text: 'Site web', hyperlink: 'https://example.org' };
      ws.getCell('C2').value = { error: '#DIV/0!' };
      ws.getCell('A3').value = 'Titre fusionné';
      ws.mergeCells('A3:C4');
      ws.getCell('A5').value = new Date(Date.UTC(2024, 2, 5));
      ws.getCell('A5').numFmt = 'dd/mm/yyyy';
      ws.getCell('B5').value = 12;
      ws.getCell('C5').value = true;
      wb.addWorksheet('Cachée', { state: 'hidden' }).getCell('A1').value = 'x';
    });
    const wb = await readBoth(path);
    expect(wb.date1904).toBe(false);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Membres', 'Cachée']);
    const rows = wb.sheets[0]?.rows ?? [];
    expect(rows[0]).toEqual([0, false, '#N/A']);
    expect(rows[1]).toEqual(['Société civile', 'Site web', '#DIV/0!']);
    expect(rows[2]).toEqual(['Titre fusionné']);
    expect(rows[3]).toBeUndefined();
    expect(rows[4]).toEqual([45356, 12, true]); // 2024-03-05 as Excel's serial
  });
});

describe('corpus workbooks with known content', () => {
  test('1904 date system: the flag and the stored serials', async () => {
    const w1904 = await readBoth(corpus('1904_1904.xlsx'));
    expect(w1904.date1904).toBe(true);
    expect(w1904.sheets[0]?.rows[0]).toEqual([1, 1, '1904-01-02', '1904-01-02']);
    const w1900 = await readBoth(corpus('1904_1900.xlsx'));
    expect(w1900.date1904).toBe(false);
    // serial 11 in 1900 is 1900-01-11 (exceljs alone would say 1900-01-10): the serial is kept.
    expect(w1900.sheets[0]?.rows[1]).toEqual([11, 11, '1900-01-11', '1900-01-11']);
  });

  test('merge_cells.xlsx: the value in the top-left cell only', async () => {
    const rows = (await readBoth(corpus('merge_cells.xlsx'))).sheets[0]?.rows ?? [];
    expect(rows[0]).toEqual(['A1:B2', null, 'C1:C2', 'Separate blocks']);
    expect(rows[1]).toBeUndefined();
    expect(rows[2]).toEqual(['A3:B3', null, 'C3']);
  });

  test('rich_text_stress.xlsx: rich text flattened to plain text', async () => {
    const rows = (await readBoth(corpus('rich_text_stress.xlsx'))).sheets[0]?.rows ?? [];
    expect(rows[0]).toEqual(['normal', 'this text is normal, sure enough']);
    expect(rows[rows.length - 1]).toEqual(['BIU', 'lets try all combinations of BIU in cell']);
  });

  test('formulae_test_simple.xlsx: cached formula results', async () => {
    const rows = (await readBoth(corpus('formulae_test_simple.xlsx'))).sheets[0]?.rows ?? [];
    // As LibreOffice shows them (soffice --convert-to csv): each column's formulas give 1, 2, 3, 4…
    expect(rows.slice(0, 4)).toEqual([
      [1, 1, 1, 1],
      [2, 2, 2, 2],
      [3, 3, 3, 3],
      [4, 4, 4, 4],
    ]);
  });

  test('hyperlink_stress_test_2011.xlsx: hyperlinks read as their text', async () => {
    const rows = (await readBoth(corpus('hyperlink_stress_test_2011.xlsx'))).sheets[0]?.rows ?? [];
    expect(rows.map((r) => r?.[0])).toEqual([
      'http://www.sheetjs.com',
      'OSS',
      'OSS#foo',
      'dev at sheetjs dot com',
      'dev at sheetjs.com subject hyperlink',
      'file://localhost/Users/sheetjs/Documents/Test.xlsx',
      'http://sheetjs.com screentip foo bar baz',
    ]);
  });

  test('ErrorTypes.xlsx: error cells as their code, formula booleans as booleans', async () => {
    const rows = (await readBoth(corpus('ErrorTypes.xlsx'))).sheets[0]?.rows ?? [];
    expect(rows[1]?.slice(0, 3)).toEqual(['#NULL!', '#NULL!', '#NULL?']);
    expect(rows.map((r) => r?.[0])).toEqual(
      expect.arrayContaining(['#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']),
    );
    expect(rows[1]?.[8]).toBe(false);
  });

  test('wtf_path.xlsx: a workbook outside xl/ (LibreOffice opens it) is read, hidden sheet included', async () => {
    const wb = await readBoth(corpus('wtf_path.xlsx'));
    expect(wb.sheets.map((s) => s.name)).toEqual(['SheetJS', 'Hidden']);
    expect(wb.sheets[1]?.rows[0]).toEqual(['H', 'i', 'd', 'd', 'e', 'n']);
  });

  test('xlsx-stream-d-date-cell.xlsx: ISO date cells keep their date, inline formula results their text', async () => {
    const rows = (await readBoth(corpus('xlsx-stream-d-date-cell.xlsx'))).sheets[0]?.rows ?? [];
    expect(rows[4]?.[1]).toEqual(new Date('2014-02-14T08:27:48.765Z'));
    expect(rows[10]?.[1]).toBe('String1');
    expect(rows[0]?.[3]).toBe('&amp;');
  });

  test('sheet_visibility.xlsx: hidden and very hidden sheets in tab order', async () => {
    expect((await readBoth(corpus('sheet_visibility.xlsx'))).sheets.map((s) => s.name)).toEqual([
      'Visible',
      'Hidden',
      'VeryHidden',
    ]);
  });
});
