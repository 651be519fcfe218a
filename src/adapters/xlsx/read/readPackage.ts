import type { RawSheet, RawWorkbook } from '../../../core';
import { readSharedStrings } from './sharedStrings';
import { blankMergedCells } from './mergedCells';
import { dateStylesOf } from './numberFormats';
import { PackageParts, type ReadOptions } from './packageParts';
import { scanChunks } from './scanChunks';
import { SheetScanner } from './sheetScanner';
import { sniffWorkbookBytes } from './sniffWorkbookBytes';
import { readLayout } from './workbookLayout';
import { readZipDirectory, type ZipEntry } from './zipDirectory';

export type { ReadOptions };

/**
 * A .xlsx/.xlsm file's bytes as the core's RawWorkbook, on any platform (the inflater comes in
 * `options`): sheets in tab order, hidden ones included, chart sheets left out; each cell as
 * Excel shows it after calculation, dates as days. The zip is read part by part: the workbook,
 * its styles, its shared strings, then each worksheet, streamed, so that memory holds the cells
 * and one chunk of XML. Throws WorkbookReadError, and nothing else, on a file it cannot read.
 */
export async function readPackage(bytes: Uint8Array, options: ReadOptions): Promise<RawWorkbook> {
  sniffWorkbookBytes(bytes);
  const parts = new PackageParts(readZipDirectory(bytes), options);
  const layout = await readLayout(parts);
  const big = [layout.styles, layout.sharedStrings, ...layout.sheets.map((s) => s.entry)];
  parts.plan(big.filter((e): e is ZipEntry => e !== undefined));
  const context = {
    dateStyles: layout.styles ? dateStylesOf(await parts.text(layout.styles)) : [],
    strings: layout.sharedStrings ? await readSharedStrings(parts.chunks(layout.sharedStrings)) : [],
    date1904: layout.date1904,
  };
  const sheets: RawSheet[] = [];
  for (const sheet of layout.sheets) {
    const scanner = new SheetScanner(context, sheet.entry.size);
    await scanChunks(parts.chunks(sheet.entry), scanner);
    const rows = scanner.rows();
    blankMergedCells(rows, scanner.merges);
    sheets.push(sheet.hidden ? { name: sheet.name, rows, hidden: true } : { name: sheet.name, rows });
  }
  return { sheets, date1904: layout.date1904 };
}
