import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { dayFromIso, dayToIso, validateWorkbook, type RawWorkbook } from '../../core';
import { readWorkbookBytes } from './readWorkbook';
import { readWorkbookFile } from './readWorkbookFile';
import { tempFolder } from '../../../test/helpers/runCli';
import { cleanSheets, workbook, type Grid } from '../../../test/builders/workbook';
import { writeXlsx, type WriteOptions } from '../../../test/builders/writeXlsx';

/**
 * workbook.md through real .xlsx files: what the exceljs reader hands the engine (formula
 * results, rich text, hyperlinks, error cells, merges, shared strings, the 1904 flag) and what
 * the engine then makes of it. Both doors (file, streaming when it can; bytes, in memory) agree.
 */

const dir = tempFolder();
const asOf = dayFromIso('2025-09-30')!;

async function readBoth(path: string): Promise<RawWorkbook> {
  const fromBytes = await readWorkbookBytes(await readFile(path));
  const fromFile = await readWorkbookFile(path);
  // The doors may differ in the last bits of a time of day (a serial read as written, or undone
  // from exceljs's Date); the engine drops times, so what it makes of both must be the same.
  expect(validateWorkbook(fromFile, { asOf })).toEqual(validateWorkbook(fromBytes, { asOf }));
  return fromBytes;
}

type Cell = ExcelJS.CellValue;

/** Writes the clean workbook (or the grids given) with exceljs, letting `edit` change any cell. */
function writeClean(
  name: string,
  edit?: WriteOptions['edit'],
  options: { date1904?: boolean; sharedStrings?: boolean; grids?: Record<string, Grid> } = {},
): Promise<string> {
  const book = workbook(options.grids ?? cleanSheets(), options.date1904 ?? false);
  return writeXlsx(join(dir, name), book, { edit, sharedStrings: options.sharedStrings });
}

const validate = async (path: string) => validateWorkbook(await readBoth(path), { asOf });

describe('a clean workbook written by exceljs', () => {
  it.each([true, false])('validates with no issue (shared strings: %s)', async (sharedStrings) => {
    const result = await validate(await writeClean(`clean-${sharedStrings}.xlsx`, undefined, { sharedStrings }));
    expect(result.issues).toEqual([]);
    expect(result.members).toHaveLength(4);
  });
});

describe('dates', () => {
  it.each([false, true])('date cells keep their calendar day in the 1904 system too (1904: %s)', async (date1904) => {
    const path = await writeClean(
      `dates-${date1904}.xlsx`,
      (_wb, s) => {
        const cell = s.Members!.getCell('F2');
        cell.value = new Date(Date.UTC(2024, 2, 5, 14, 30));
        cell.numFmt = 'dd/mm/yyyy hh:mm';
        const formula = s.Members!.getCell('F4');
        formula.value = { formula: 'DATE(2024,1,2)', result: new Date(Date.UTC(2024, 0, 2)) };
        formula.numFmt = 'dd/mm/yyyy';
      },
      { date1904 },
    );
    const raw = await readBoth(path);
    expect(raw.date1904).toBe(date1904);
    const result = validateWorkbook(raw, { asOf });
    expect(result.issues).toEqual([]);
    const joined = Object.fromEntries(result.members.map((m) => [m.memberId, dayToIso(m.joined)]));
    expect(joined.M1).toBe('2024-03-05');
    expect(joined.M3).toBe('2024-01-02');
  });

  it('an error cell in a date column is a cell/type error showing the error code', async () => {
    const path = await writeClean('error-date.xlsx', (_wb, s) => {
      s.Members!.getCell('F2').value = { error: '#N/A' } as Cell;
      s.Members!.getCell('F3').value = { formula: '1/0', result: { error: '#DIV/0!' } } as Cell;
    });
    const result = await validate(path);
    expect(result.issues.map((i) => [i.code, i.cell, i.value])).toEqual([
      ['cell/type', 'Members!F2', '#N/A'],
      ['cell/type', 'Members!F3', '#DIV/0!'],
    ]);
  });
});

describe('formula results, rich text and hyperlinks are read as what the cell shows', () => {
  it('in headers, IDs, list values and booleans', async () => {
    const path = await writeClean('shown.xlsx', (_wb, s) => {
      const m = s.Members!;
      m.getCell('A1').value = { richText: [{ text: 'Member ' }, { text: 'ID', font: { bold: true } }] };
      m.getCell('A2').value = { formula: '"M"&1', result: 'M1' };
      m.getCell('D2').value = { richText: [{ text: 'Extractive ' }, { text: 'company', font: { italic: true } }] };
      m.getCell('B3').value = { text: 'Ben', hyperlink: 'mailto:ben@example.org' };
      m.getCell('A4').value = { text: 'M3', hyperlink: 'https://example.org/m3' };
      const i = s.Incidents!;
      i.getCell('J2').value = { formula: 'FALSE()', result: false };
      i.getCell('J3').value = { formula: 'TRUE()', result: true };
      const a = s.Attendance!;
      a.getCell('B2').value = { formula: 'Members!A2', result: 'M1' };
    });
    const result = await validate(path);
    expect(result.issues).toEqual([]);
    expect(result.members.map((m) => [m.memberId, m.name, m.pillar])).toEqual([
      ['M1', 'Ana', 'extractive'],
      ['M2', 'Ben', 'private_security'],
      ['M3', 'Cleo', 'government'],
      ['M4', 'Dan', 'civil_society'],
    ]);
    expect(result.incidents!.map((x) => x.confidential)).toEqual([false, true]);
  });

  it('a formula with no cached result is blank', async () => {
    const path = await writeClean('nocache.xlsx', (_wb, s) => {
      s.Members!.getCell('C2').value = { formula: 'UPPER("org")' } as Cell;
    });
    const result = await validate(path);
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([['cell/required', 'Members!C2']]);
  });
});

describe('merged cells: the value is in the top-left cell only', () => {
  it('a merged title above the header and a pillar merged down two rows', async () => {
    const grids = cleanSheets();
    grids.Members = [['Members of the group'], [], ...grids.Members!];
    const path = await writeClean(
      'merged.xlsx',
      (_wb, s) => {
        s.Members!.mergeCells('A1:G1');
        s.Members!.mergeCells('D4:D5'); // M1's pillar over M2's row
      },
      { grids },
    );
    const raw = await readBoth(path);
    const rows = raw.sheets[0]!.rows;
    expect(rows[0]).toEqual(['Members of the group']);
    expect(rows[4]![3]).toBeNull();
    const result = validateWorkbook(raw, { asOf });
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([['cell/required', 'Members!D5']]);
    expect(result.members.map((m) => m.row)).toEqual([4, 6, 7]);
  });
});

describe('row numbers', () => {
  it('are the Excel rows, with blank rows anywhere (also before the header)', async () => {
    const grids = cleanSheets();
    const [header, ...data] = grids.Members!;
    grids.Members = [[], [], header!, [], data[0]!, [], [], data[1]!, data[2]!, [], data[3]!];
    const path = await writeClean('rows.xlsx', undefined, { grids });
    const result = await validate(path);
    expect(result.issues).toEqual([]);
    expect(result.members.map((m) => m.row)).toEqual([5, 8, 9, 11]);
  });
});
