import ExcelJS from 'exceljs';
import type { RawCell, RawWorkbook } from '../../src/core';

/**
 * Test helpers for written workbooks: exceljs opens the bytes again so a test can look at
 * what a user would see (cells, tables, frozen panes, drop-downs).
 */
export async function openWritten(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function rawCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object' && 'result' in value) return rawCell(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'error' in value) return String(value.error);
  return null;
}

/** The cells of every sheet, as the engine's neutral workbook (values only, no styles). */
export function toRawWorkbook(wb: ExcelJS.Workbook): RawWorkbook {
  return {
    date1904: Boolean(wb.properties.date1904),
    sheets: wb.worksheets.map((ws) => {
      const rows: RawCell[][] = [];
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        const cells: RawCell[] = [];
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          cells[c - 1] = rawCell(cell.value);
        });
        rows[r - 1] = Array.from(cells, (v) => v ?? null);
      });
      return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
    }),
  };
}
