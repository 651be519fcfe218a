import ExcelJS from 'exceljs';
import type { RawSheet, RawWorkbook } from '../../core';
import { canonicalPackageBytes } from './canonicalPackage';
import { inspectPackage, type WorkbookPackage } from './inspectPackage';
import { rawCellOfExcelJsCell } from './rawCellFromExcelJs';
import { applyScan, compactRows, setCell, type MutableRows } from './sheetRows';
import { WorkbookReadError } from './workbookReadError';

function worksheetRows(worksheet: ExcelJS.Worksheet | undefined, date1904: boolean): MutableRows {
  const rows: MutableRows = [];
  worksheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      setCell(rows, rowNumber, column, rawCellOfExcelJsCell(cell, date1904));
    });
  });
  return rows;
}

/** Reads an inspected package with exceljs's in-memory reader (works in Node and browsers). */
export async function readPackageInMemory(pkg: WorkbookPackage): Promise<RawWorkbook> {
  const data = pkg.canonical ? pkg.bytes : await canonicalPackageBytes(pkg);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types say Buffer; its loader (JSZip) takes any Uint8Array, also in a browser.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookReadError('corrupt', error instanceof Error ? error.message : String(error));
  }
  // exceljs made its Dates with its own reading of the flag: undo them with that one, so the
  // serials are exact. The workbook's date system is the package's own flag, which also
  // accepts LibreOffice's `date1904="true"` (exceljs only knows "1").
  const excelJsDate1904 = Boolean(workbook.properties.date1904);
  const byId = new Map(workbook.worksheets.map((ws) => [ws.id, ws]));
  const sheets: RawSheet[] = pkg.sheets.map((sheet) => {
    const rows = worksheetRows(byId.get(sheet.excelJsId), excelJsDate1904);
    applyScan(rows, sheet, false);
    return { name: sheet.name, rows: compactRows(rows) };
  });
  return { sheets, date1904: pkg.date1904 };
}

/**
 * A .xlsx/.xlsm file's bytes as the core's RawWorkbook: sheets in tab order (hidden ones
 * too), each cell as what Excel shows after calculation. Browser-safe: no Node modules.
 * Throws WorkbookReadError (never anything else on bad input) when it is not a readable workbook.
 */
export async function readWorkbookBytes(bytes: Uint8Array): Promise<RawWorkbook> {
  return readPackageInMemory(await inspectPackage(bytes));
}
