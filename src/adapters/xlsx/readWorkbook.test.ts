import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { dayFromYmd, dayToDate, type RawWorkbook } from '../../core';
import { corpusDir } from '../../../test/corpus/corpusDir';
import { stylesWith, workbookParts, worksheet, xlsxOf, zipParts } from '../../../test/helpers/xlsxParts';
import { readWorkbookBytes } from './readWorkbook';
import { readWorkbookFile } from './readWorkbookFile';

const dir = mkdtempSync(join(tmpdir(), 'vpwg-reader-'));
const day = (y: number, m: number, d: number) => dayToDate(dayFromYmd(y, m, d));

/** Both doors: the browser's inflater (bytes) and Node's zlib (file) must give the same cells. */
async function readBoth(source: string | Uint8Array): Promise<RawWorkbook> {
  let path: string;
  if (typeof source === 'string') path = source;
  else {
    path = join(dir, `w${Math.random().toString(36).slice(2)}.xlsx`);
    writeFileSync(path, source);
  }
  const fromBytes = await readWorkbookBytes(await readFile(path));
  const fromFile = await readWorkbookFile(path);
  expect(fromFile).toEqual(fromBytes);
  return fromBytes;
}

const rowsOf = async (source: string | Uint8Array, sheet = 0) => (await readBoth(source)).sheets[sheet]?.rows ?? [];
const corpus = (file: string): string => join(corpusDir(), file);

describe('cells of a workbook written by exceljs', () => {
  test('formula results (also 0 and FALSE), rich text, hyperlinks, errors, merges, dates as days', async () => {
    const wb = new ExcelJS.Workbook();
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
    ws.getCell('A5').value = new Date(Date.UTC(2024, 2, 5, 17, 30));
    ws.getCell('A5').numFmt = 'dd/mm/yyyy hh:mm';
    ws.getCell('B5').value = 12;
    ws.getCell('C5').value = true;
    wb.addWorksheet('Cachée', { state: 'hidden' }).getCell('A1').value = 'x';
    const read = await readBoth(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(read.date1904).toBe(false);
    expect(read.sheets.map((s) => s.name)).toEqual(['Membres', 'Cachée']);
    const rows = read.sheets[0]?.rows ?? [];
    expect(rows[0]).toEqual([0, false, '#N/A']);
    expect(rows[1]).toEqual(['Société civile', 'Site web', '#DIV/0!']);
    expect(rows[2]).toEqual(['Titre fusionné']);
    expect(rows[3]).toBeUndefined();
    expect(rows[4]).toEqual([day(2024, 3, 5), 12, true]); // the day; the time of day is dropped
  });
});

describe('corpus workbooks with known content', () => {
  test('1904 date system: date cells are the days Excel shows, in both systems', async () => {
    const w1904 = await readBoth(corpus('1904_1904.xlsx'));
    expect(w1904.date1904).toBe(true);
    expect(w1904.sheets[0]?.rows[0]).toEqual([1, day(1904, 1, 2), '1904-01-02', '1904-01-02']);
    const w1900 = await readBoth(corpus('1904_1900.xlsx'));
    expect(w1900.date1904).toBe(false);
    expect(w1900.sheets[0]?.rows[1]).toEqual([11, day(1900, 1, 11), '1900-01-11', '1900-01-11']);
  });

  test('merge_cells.xlsx: the value in the top-left cell only', async () => {
    const rows = await rowsOf(corpus('merge_cells.xlsx'));
    expect(rows[0]).toEqual(['A1:B2', null, 'C1:C2', 'Separate blocks']);
    expect(rows[1]).toBeUndefined();
    expect(rows[2]).toEqual(['A3:B3', null, 'C3']);
  });

  test('rich_text_stress.xlsx: rich text flattened to plain text', async () => {
    const rows = await rowsOf(corpus('rich_text_stress.xlsx'));
    expect(rows[0]).toEqual(['normal', 'this text is normal, sure enough']);
    expect(rows[rows.length - 1]).toEqual(['BIU', 'lets try all combinations of BIU in cell']);
  });

  test('formulae_test_simple.xlsx: cached formula results', async () => {
    // As LibreOffice shows them (soffice --convert-to csv): each column's formulas give 1, 2, 3, 4…
    expect((await rowsOf(corpus('formulae_test_simple.xlsx'))).slice(0, 4)).toEqual([
      [1, 1, 1, 1],
      [2, 2, 2, 2],
      [3, 3, 3, 3],
      [4, 4, 4, 4],
    ]);
  });

  test('ErrorTypes.xlsx: error cells as their code, formula booleans as booleans', async () => {
    const rows = await rowsOf(corpus('ErrorTypes.xlsx'));
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

  test('xlsx-stream-d-date-cell.xlsx: ISO date cells are days, inline formula results their text', async () => {
    const rows = await rowsOf(corpus('xlsx-stream-d-date-cell.xlsx'));
    expect(rows[4]?.[1]).toEqual(day(2014, 2, 14));
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

describe('SpreadsheetML as other writers write it', () => {
  test('rows and cells without references follow the previous one', async () => {
    const rows = await rowsOf(
      xlsxOf({
        sheets: [
          {
            name: 'S',
            data: '<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="B4"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>',
          },
        ],
      }),
    );
    expect(rows).toEqual([[1, 2], undefined, undefined, [null, 3, 4], [5]]);
  });

  test('prefixed elements, strict OOXML namespaces, CDATA, entities and escapes', async () => {
    const strict = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
    const sheet = `<x:worksheet xmlns:x="${strict}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t><![CDATA[a<b]]></x:t></x:is></x:c><x:c r="B1" t="str"><x:v>Tom &amp; Jerry &#233;&#x1F600; &unknown;</x:v></x:c><x:c r="C1" t="str"><x:v>ligne_x000D_\r\nsuivante</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const rows = await rowsOf(xlsxOf({ sheets: [{ name: 'S', data: sheet }] }));
    expect(rows).toEqual([['a<b', 'Tom & Jerry é😀 &unknown;', 'ligne\r\nsuivante']]);
  });

  test('shared and inline strings: rich-text runs joined, phonetic readings left out', async () => {
    const rows = await rowsOf(
      xlsxOf({
        sheets: [
          {
            name: 'S',
            data: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>Kip</t></r><r><rPr><b/></rPr><t>ushi</t></r><rPh sb="0" eb="1"><t>キ</t></rPh></is></c><c r="D1" t="s"><v>2</v></c></row>',
          },
        ],
        sharedStrings: [
          '<t xml:space="preserve"> Société civile </t>',
          '<r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>',
          '<t></t>',
        ],
      }),
    );
    expect(rows).toEqual([[' Société civile ', '東京', 'Kipushi']]);
  });

  test('numbers, booleans, errors, formula results and formulas never calculated', async () => {
    const rows = await rowsOf(
      xlsxOf({
        sheets: [
          {
            name: 'S',
            data:
              '<row r="1"><c r="A1"><v>1.5E3</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="b"><v>0</v></c><c r="D1" t="e"><v>#REF!</v></c>' +
              '<c r="E1"><f t="shared" ref="E1:F1" si="0">A1*2</f><v>3000</v></c><c r="F1"><f t="shared" si="0"/></c>' +
              '<c r="G1"><f t="array" ref="G1">SUM(A1:B1)</f><v>3001</v></c><c r="H1" s="0"/><c r="I1"><v></v></c></row>',
          },
        ],
      }),
    );
    expect(rows).toEqual([[1500, true, false, '#REF!', 3000, null, 3001]]);
  });

  test('dates told by the number format: built-in and custom date formats, not numbers or times', async () => {
    const formats = [0, 14, 164, 165, 166, 167, 168, 20, 22];
    const styles = stylesWith(formats, {
      164: 'dd/mm/yyyy',
      165: '[$-409]d mmm yyyy;@',
      166: '0 "days"',
      167: 'h:mm:ss',
      168: '[h]:mm',
    });
    const cells = formats.map((_f, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i}"><v>45356.75</v></c>`);
    const rows = await rowsOf(xlsxOf({ sheets: [{ name: 'S', data: `<row r="1">${cells.join('')}</row>` }], styles }));
    const d = day(2024, 3, 5);
    expect(rows[0]).toEqual([45356.75, d, d, d, 45356.75, 45356.75, 45356.75, 45356.75, d]);
  });

  test('the 1904 date system, and serials that are no day of Excel’s stay numbers', async () => {
    const styles = stylesWith([14]);
    const data =
      '<row r="1"><c r="A1" s="0"><v>0</v></c><c r="B1" s="0"><v>60</v></c><c r="C1" s="0"><v>-3</v></c></row>';
    const w1904 = await readBoth(xlsxOf({ sheets: [{ name: 'S', data }], styles, date1904: true }));
    expect(w1904.sheets[0]?.rows[0]).toEqual([day(1904, 1, 1), day(1904, 3, 1), -3]);
    const w1900 = await readBoth(xlsxOf({ sheets: [{ name: 'S', data }], styles }));
    expect(w1900.sheets[0]?.rows[0]).toEqual([0, 60, -3]);
  });

  test('UTF-16 parts, with and without a byte-order mark', async () => {
    const utf16 = (text: string, bom: boolean, bigEndian: boolean): Uint8Array => {
      const bytes = Buffer.from(text, 'utf16le');
      if (bigEndian) bytes.swap16();
      const mark = bigEndian ? [0xfe, 0xff] : [0xff, 0xfe];
      return new Uint8Array([...(bom ? mark : []), ...bytes]);
    };
    const sheet = (v: string) => worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${v}</t></is></c></row>`);
    const rows = async (bom: boolean, bigEndian: boolean) =>
      rowsOf(
        xlsxOf({
          sheets: [
            { name: 'S', data: utf16(`<?xml version="1.0" encoding="UTF-16"?>${sheet('Likasi é')}`, bom, bigEndian) },
          ],
        }),
      );
    for (const [bom, be] of [
      [true, false],
      [false, false],
      [true, true],
      [false, true],
    ] as const)
      expect(await rows(bom, be)).toEqual([['Likasi é']]);
  });

  test('part names in any case, with `\\` separators, and absolute relationship targets', async () => {
    const parts = workbookParts({ sheets: [{ name: 'Réunions', data: '<row r="1"><c r="A1"><v>7</v></c></row>' }] });
    const sheet = parts['xl/worksheets/sheet1.xml'] ?? '';
    const rels = String(parts['xl/_rels/workbook.xml.rels']).replace(
      'worksheets/sheet1.xml',
      '/XL/Worksheets/Sheet1.XML',
    );
    const renamed = {
      ...parts,
      'xl/_rels/workbook.xml.rels': rels,
      'xl\\worksheets\\sheet1.xml': sheet,
    };
    delete (renamed as Record<string, unknown>)['xl/worksheets/sheet1.xml'];
    const read = await readBoth(zipParts(renamed));
    expect(read.sheets).toEqual([{ name: 'Réunions', rows: [[7]] }]);
  });

  test('chart sheets and sheets whose part is missing are left out; hidden sheets are read', async () => {
    const parts = workbookParts({
      sheets: [
        { name: 'Data', data: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        { name: 'Hidden', data: '<row r="1"><c r="A1"><v>2</v></c></row>', state: 'hidden' },
      ],
    });
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    parts['xl/workbook.xml'] = String(parts['xl/workbook.xml']).replace(
      '</sheets>',
      '<sheet name="Chart" sheetId="3" r:id="rIdC"/><sheet name="Gone" sheetId="4" r:id="rIdG"/></sheets>',
    );
    parts['xl/_rels/workbook.xml.rels'] = String(parts['xl/_rels/workbook.xml.rels']).replace(
      '</Relationships>',
      `<Relationship Id="rIdC" Type="${rel}/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rIdG" Type="${rel}/worksheet" Target="worksheets/sheet9.xml"/></Relationships>`,
    );
    parts['xl/chartsheets/sheet1.xml'] = '<chartsheet/>';
    const read = await readBoth(zipParts(parts));
    expect(read.sheets.map((s) => [s.name, s.rows])).toEqual([
      ['Data', [[1]]],
      ['Hidden', [[2]]],
    ]);
  });
});
