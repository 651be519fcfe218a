import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RawSheet, RawWorkbook } from '../../core';
import type { WorkbookPackage } from './inspectPackage';
import { rawCellOfExcelJsCell } from './rawCellFromExcelJs';
import { applyScan, compactRows, setCell, type MutableRows } from './sheetRows';

/**
 * Reads a package with exceljs's streaming reader: about twice as fast as the in-memory reader
 * and a quarter of its memory on large sheets (see the report in test/corpus). Node only. Only
 * for packages inspectPackage marked `streamable`: the streaming reader finds worksheets by
 * their usual paths only, ignores merges (blanked here from the scan), and misreads formula
 * errors and booleans, rich inline strings and phonetic runs (those packages go in memory).
 * Cells come as serial numbers (styles are not read), which the core interprets.
 * Throws on anything unexpected; the caller then falls back to the in-memory reader. It also
 * checks its own output: on this machine the streaming reader (through unzipper) now and then
 * skipped a worksheet, emitted none of its rows, or parsed it before the shared strings, so a
 * sheet whose row count differs from the XML's or with an unresolved shared string is refused.
 */
export async function readPackageStreaming(pkg: WorkbookPackage): Promise<RawWorkbook> {
  const input = Readable.from([Buffer.from(pkg.bytes.buffer, pkg.bytes.byteOffset, pkg.bytes.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore', // a hyperlink cell's value is its text already
    styles: 'ignore',
    entries: 'ignore',
  });
  const byId = new Map<number, { rows: MutableRows; rowElements: number }>();
  for await (const worksheet of reader) {
    const rows: MutableRows = [];
    let rowElements = 0;
    for await (const row of worksheet) {
      rowElements++;
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (typeof cell.value === 'object' && cell.value !== null && 'sharedString' in cell.value)
          throw new Error('shared string unresolved');
        setCell(rows, row.number, column, rawCellOfExcelJsCell(cell, pkg.date1904));
      });
    }
    byId.set(Number((worksheet as unknown as { id: unknown }).id), { rows, rowElements });
  }
  const sheets: RawSheet[] = pkg.sheets.map((sheet) => {
    const read = byId.get(sheet.excelJsId);
    if ((read?.rowElements ?? 0) !== sheet.rowElements)
      throw new Error(`streaming reader missed rows of ${sheet.path ?? sheet.name}`);
    const filled = read?.rows ?? [];
    applyScan(filled, sheet, true);
    return { name: sheet.name, rows: compactRows(filled) };
  });
  return { sheets, date1904: pkg.date1904 };
}
