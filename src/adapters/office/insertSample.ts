import { generateSample, type Lang } from '../../core';
import { queueDate1904Probe } from './date1904';
import type { ExcelSupport } from './excelSupport';
import { BatchFailure } from './runExcel';
import { writeSheetsIn } from './writeSheets';

export interface InsertOptions {
  readonly support: Pick<ExcelSupport, 'api12' | 'changeEvents' | 'dataValidation'>;
  readonly cellBudget: number;
  readonly where: { sheet?: string };
}

/**
 * Writes the built-in sample into a workbook whose sheets hold no value at all; anything else is
 * refused ('not-empty') before a single cell is written. Empty sheets that already bear a sample
 * sheet's name are written into; other empty sheets (Sheet1…) are left alone.
 */
export async function insertSampleIn(context: Excel.RequestContext, lang: Lang, options: InsertOptions): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(options.support.api12 ? 'items/name,items/protection/protected' : 'items/name');
  const tables = context.workbook.tables;
  tables.load('items/name');
  // The sample's dates must be written in the workbook's own date system.
  const isDate1904 = queueDate1904Probe(context, options.support.api12);
  await context.sync();

  // A blank sheet's used range is its first cell, empty; valuesOnly (1.2) ignores formatting.
  const probes = worksheets.items.map((sheet) => {
    const used = options.support.api12 ? sheet.getUsedRange(true) : sheet.getUsedRange();
    used.load('rowCount,columnCount');
    const first = used.getCell(0, 0);
    first.load('values');
    return { used, first };
  });
  await context.sync();
  const empty = probes.every(
    ({ used, first }) => used.rowCount * used.columnCount === 1 && first.values[0]?.[0] === '',
  );
  if (!empty || tables.items.length > 0) throw new BatchFailure({ reason: 'not-empty' });

  const plan = generateSample({ lang });
  const reuse = new Map<string, Excel.Worksheet>();
  for (const worksheet of worksheets.items) {
    if (!plan.sheets.some((s) => s.name.toLowerCase() === worksheet.name.toLowerCase())) continue;
    if (options.support.api12 && worksheet.protection.protected)
      throw new BatchFailure({ reason: 'protected', sheet: worksheet.name });
    reuse.set(worksheet.name.toLowerCase(), worksheet);
  }
  await writeSheetsIn(context, plan, plan.sheets, {
    lang,
    date1904: isDate1904(),
    support: options.support,
    cellBudget: options.cellBudget,
    tableNames: new Set(),
    reuse,
    where: options.where,
  });
}
