import type { RawSheet, RawWorkbook } from '../../../core';
import { readSharedStrings } from './sharedStrings';
import { blankMergedCells } from './mergedCells';
import { dateStylesOf } from './numberFormats';
import { PackageParts, type ReadOptions } from './packageParts';
import { scanChunks } from './scanChunks';
import { rowsAtMostIn, SheetScanner, type MergedRange } from './sheetScanner';
import { TakenRowChanged } from './rowBuilder';
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
  try {
    return await readParts(bytes, options);
  } catch (error) {
    if (!(error instanceof TakenRowChanged) || !options.readAhead) throw error;
    // A row taken ahead would have changed: read the workbook again, every row kept.
    options.readAhead.discard();
    return readParts(bytes, { ...options, readAhead: undefined });
  }
}

/** Whether a merged range blanks any cell (all but its top-left one). */
function blanksCells(range: MergedRange): boolean {
  return range.bottom > range.top || range.right > range.left;
}

async function readParts(bytes: Uint8Array, options: ReadOptions): Promise<RawWorkbook> {
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
  const ahead = options.readAhead;
  ahead?.begin(
    layout.sheets.map((s) => ({ name: s.name, hidden: s.hidden })),
    layout.date1904,
  );
  const sheets: RawSheet[] = [];
  for (const [index, sheet] of layout.sheets.entries()) {
    const rowsAtMost = rowsAtMostIn(sheet.entry.size);
    const scanner = new SheetScanner(context, rowsAtMost, ahead?.sheet(index, rowsAtMost));
    await scanChunks(parts.chunks(sheet.entry), scanner);
    const rows = scanner.rows();
    // Merged ranges come after the rows: blanking cells of rows taken (or of the header they
    // were read under) is too late.
    if (scanner.takenFrom > 0 && scanner.merges.some(blanksCells)) throw new TakenRowChanged();
    blankMergedCells(rows, scanner.merges);
    sheets.push(sheet.hidden ? { name: sheet.name, rows, hidden: true } : { name: sheet.name, rows });
  }
  return { sheets, date1904: layout.date1904 };
}
