import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { RawWorkbook } from '../../src/core';

export interface WriteOptions {
  /** Text in shared strings, as Excel writes it (default), or inline. */
  readonly sharedStrings?: boolean;
  /** Changes the exceljs workbook before it is written (formats, formulas, merges…). */
  readonly edit?: (wb: ExcelJS.Workbook, sheets: Record<string, ExcelJS.Worksheet>) => void;
}

/** Writes a workbook to a real .xlsx file with exceljs, as a user's file would be; returns the path. */
export async function writeXlsx(path: string, raw: RawWorkbook, options: WriteOptions = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  if (raw.date1904) wb.properties.date1904 = true;
  const sheets: Record<string, ExcelJS.Worksheet> = {};
  for (const sheet of raw.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheets[sheet.name] = ws;
    ws.addRows(sheet.rows.map((row) => [...(row ?? [])]));
  }
  options.edit?.(wb, sheets);
  const buffer = await wb.xlsx.writeBuffer({
    useSharedStrings: options.sharedStrings ?? true,
  } as ExcelJS.XlsxWriteOptions);
  writeFileSync(path, Buffer.from(buffer));
  return path;
}
