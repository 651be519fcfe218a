import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dayFromIso, ParseAhead, validateWorkbook, type RawWorkbook, type ValidatedWorkbook } from '../../core';
import { cleanSheets, workbook, type Grid } from '../../../test/builders/workbook';
import { writeRawXlsx } from '../../../test/helpers/writeRawXlsx';
import { unzipText, zipParts } from '../../../test/helpers/xlsxParts';
import { readWorkbookFile } from './readWorkbookFile';

/*
 * The command line parses Attendance while it reads it (ParseAhead): the rows past the tenth
 * never live as raw cells. What the user gets must be exactly what the usual read and
 * validation give: the same issues, with the same cell values shown, the same counts, records.
 */

const dir = mkdtempSync(join(tmpdir(), 'vpwg-ahead-'));
const asOf = dayFromIso('2025-09-30')!;

/** Attendance of the clean book, then 40 more rows with a mistake of each kind among them. */
function attendance(): Grid {
  const rows: Grid = [...cleanSheets().Attendance!];
  for (let i = 0; i < 40; i++) rows.push([`R${1 + (i % 2)}`, `M${1 + (i % 3)}`, i % 2 ? 'Absent' : 'Present']);
  rows[15] = ['  R9 ', 'M1', 'Present']; // unknown meeting, written with spaces
  rows[20] = ['R1', 123, 'Present']; // unknown member, written as a number
  rows[25] = ['R2', 'M2', 'Maybe']; // not a value of the list
  rows[30] = ['R1', null, 'Present']; // a required cell blank
  rows[40] = ['R9', 'GHOST', 'Present']; // both unknown
  return rows;
}

function bookFile(edit: (sheetXml: string) => string = (x) => x, sheets: Record<string, Grid> = {}): string {
  const raw: RawWorkbook = workbook({ ...cleanSheets(), Attendance: attendance(), ...sheets });
  const parts = unzipText(writeRawXlsx(raw));
  const name = 'xl/worksheets/sheet3.xml';
  parts.set(name, edit(parts.get(name)!));
  const path = join(dir, `b${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(path, zipParts(Object.fromEntries(parts)));
  return path;
}

async function both(path: string, listedPerGroup?: number) {
  const options = listedPerGroup === undefined ? { asOf } : { asOf, listedPerGroup };
  const usual = validateWorkbook(await readWorkbookFile(path), options);
  const readAhead = new ParseAhead(listedPerGroup);
  const raw = await readWorkbookFile(path, readAhead);
  const ahead = validateWorkbook(raw, { ...options, readAhead });
  return { usual, ahead, raw };
}

const shown = (result: ValidatedWorkbook) =>
  result.issues.filter((i) => i.sheet === 'Attendance').map((i) => `${i.code} ${i.cell ?? i.row} ${i.value}`);

describe('Attendance parsed while it is read (the command line)', () => {
  test.each([undefined, 2])(
    'the same issues, values, counts and records as the usual read (listed per code: %s)',
    async (cap) => {
      const { usual, ahead, raw } = await both(bookFile(), cap);
      // The rows past the tenth were taken: the workbook no longer holds them.
      const rows = raw.sheets.find((s) => s.name === 'Attendance')!.rows;
      expect(rows[9]).toBeDefined();
      expect(rows[20]).toBeUndefined();
      expect(ahead).toEqual(usual);
      expect(shown(ahead)).toEqual(
        expect.arrayContaining([
          'ref/unknown Attendance!A16   R9 ',
          'ref/unknown Attendance!B21 123',
          'cell/enum Attendance!C26 Maybe',
          'cell/required Attendance!B31 null',
        ]),
      );
      if (cap === undefined) expect(shown(ahead)).toContain('ref/unknown Attendance!B41 GHOST');
      expect(ahead.counts.error).toBe(usual.counts.error);
    },
  );

  test('a merged range in Attendance: read again the usual way, with the same result', async () => {
    const merged = (xml: string) =>
      xml.replace('</worksheet>', '<mergeCells><mergeCell ref="A30:C31"/></mergeCells></worksheet>');
    const { usual, ahead, raw } = await both(bookFile(merged), 2);
    expect(raw.sheets.find((s) => s.name === 'Attendance')!.rows[20]).toBeDefined();
    expect(ahead).toEqual(usual);
    expect(usual.issues.some((i) => i.cell === 'Attendance!B30' && i.code === 'cell/required')).toBe(true);
  });

  test('rows out of order: read again the usual way, with the same result', async () => {
    // Row 40 comes first, and row 12 is written again at the end (its last value counts).
    const reordered = (xml: string) => {
      const row40 = /<row r="40">.*?<\/row>/.exec(xml)![0];
      const again = '<row r="12"><c r="C12" t="inlineStr"><is><t>Later</t></is></c></row>';
      return xml
        .replace(row40, '')
        .replace('<row r="2">', `${row40}<row r="2">`)
        .replace('</sheetData>', `${again}</sheetData>`);
    };
    const { usual, ahead } = await both(bookFile(reordered));
    expect(ahead).toEqual(usual);
    expect(shown(usual)).toContain('cell/enum Attendance!C12 Later');
  });

  test('an Attendance header without a required column: every row kept, the same result', async () => {
    const withoutStatus = (xml: string) => xml.replace(/<c r="C1"[^>]*>.*?<\/c>/, '');
    const { usual, ahead, raw } = await both(bookFile(withoutStatus), 2);
    expect(raw.sheets.find((s) => s.name === 'Attendance')!.rows[40]).toBeDefined();
    expect(ahead).toEqual(usual);
    expect(usual.issues.some((i) => i.code === 'header/missing' && i.sheet === 'Attendance')).toBe(true);
  });

  test('two sheets named as Attendance: nothing read ahead, the same result', async () => {
    const path = bookFile(undefined, { Présences: attendance() });
    const { usual, ahead, raw } = await both(path, 2);
    expect(raw.sheets.find((s) => s.name === 'Attendance')!.rows[20]).toBeDefined();
    expect(ahead).toEqual(usual);
    expect(usual.issues.some((i) => i.code === 'sheet/duplicate')).toBe(true);
  });
});
