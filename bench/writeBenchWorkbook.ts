import ExcelJS from 'exceljs';
import type { RawWorkbook } from '../src/core';

/**
 * Writes a RawWorkbook to an .xlsx file with exceljs's streaming writer, row by row, the way
 * Excel saves: shared strings, and dates as serials with a date format.
 */
export async function writeBenchWorkbook(raw: RawWorkbook, path: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  for (const sheet of raw.sheets) {
    const ws = writer.addWorksheet(sheet.name);
    sheet.rows.forEach((row, i) => {
      const added = ws.addRow(row ? [...row] : []);
      row?.forEach((cell, c) => {
        if (cell instanceof Date) added.getCell(c + 1).numFmt = 'dd/mm/yyyy';
      });
      // Headers are the only row bold, as in the template.
      if (i === 0) added.font = { bold: true };
      added.commit();
    });
    ws.commit();
  }
  await writer.commit();
}
