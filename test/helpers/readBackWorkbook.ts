import ExcelJS from 'exceljs';

/**
 * Opens written bytes again with exceljs, so a test can look at what a user would see besides
 * the values (tables, frozen panes, formats, drop-downs). Values are read with the project's
 * own reader (readWorkbookBytes).
 */
export async function openWritten(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}
