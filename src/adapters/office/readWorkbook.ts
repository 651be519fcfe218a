import type { RawCell, RawSheet, RawWorkbook } from '../../core';
import { columnLetter } from '../../core';
import type { ReadProgress } from '../../ports';
import type { ExcelSupport } from './excelSupport';
import { queueDate1904Probe } from './date1904';
import { isOfficeError } from './hostFailure';
import {
  blockCells,
  DEFAULT_CELL_BUDGET,
  halveBlock,
  planReadBatches,
  type ReadBlock,
  type SheetExtent,
} from './readPlan';
import { placeBlock } from './rawRows';

export interface ReadOptions {
  readonly support: Pick<ExcelSupport, 'api12'>;
  readonly cellBudget?: number;
  readonly onProgress?: (progress: ReadProgress) => void;
}

/** Excel's refusal of a response over its payload limit: the batch is retried in halves. */
function isPayloadTooLarge(error: unknown): boolean {
  return (
    isOfficeError(error) &&
    (error.code === 'ResponsePayloadSizeLimitExceeded' || error.code === 'RequestPayloadSizeLimitExceeded')
  );
}

function blockAddress(block: ReadBlock): string {
  const top = `${columnLetter(block.columnIndex)}${block.rowIndex + 1}`;
  const bottom = `${columnLetter(block.columnIndex + block.columnCount - 1)}${block.rowIndex + block.rowCount}`;
  return `${top}:${bottom}`;
}

/**
 * Reads every sheet in a number of round trips that does not grow with rows:
 *   1. sheet names (and the date system);
 *   2. each sheet's used range extent;
 *   3. the values, all sheets in one batch unless the cell budget cuts them into more.
 * Nothing is written. Sheets are returned in tab order.
 */
export async function readWorkbookIn(context: Excel.RequestContext, options: ReadOptions): Promise<RawWorkbook> {
  const budget = options.cellBudget ?? DEFAULT_CELL_BUDGET;
  options.onProgress?.({ fraction: null, step: 'names' });

  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const isDate1904 = queueDate1904Probe(context, options.support.api12);
  await context.sync();
  const names = worksheets.items.map((sheet) => sheet.name);
  const date1904 = isDate1904();

  // valuesOnly (1.2): formatting alone does not stretch the range we read.
  const usedRanges = worksheets.items.map((sheet) => {
    const used = options.support.api12 ? sheet.getUsedRange(true) : sheet.getUsedRange();
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return used;
  });
  await context.sync();
  const extents: SheetExtent[] = usedRanges.map((used, sheet) => ({
    sheet,
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
  }));

  const rows: (RawCell[] | undefined)[][] = names.map(() => []);
  const totalCells = extents.reduce((sum, e) => sum + blockCells(e), 0);
  let cellsRead = 0;
  const pending = planReadBatches(extents, budget);
  options.onProgress?.({ fraction: 0, step: 'values' });
  // One sync per batch, not per range or row: the loop runs once for an ordinary workbook and
  // only turns again when the payload budget forced more batches.
  while (pending.length > 0) {
    const batch = pending.shift()!;
    const ranges = batch.map((block) => {
      const range = worksheets.items[block.sheet]!.getRange(blockAddress(block));
      range.load('values');
      return range;
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized batch, never per range or row
      await context.sync();
    } catch (error) {
      const halves = batch.flatMap(halveBlock);
      if (!isPayloadTooLarge(error) || halves.length === batch.length) throw error;
      // One block per retry batch now: each halved block goes on its own, in order.
      pending.unshift(...halves.map((block) => [block]));
      continue;
    }
    batch.forEach((block, i) => placeBlock(rows[block.sheet]!, block.rowIndex, block.columnIndex, ranges[i]!.values));
    cellsRead += batch.reduce((sum, block) => sum + blockCells(block), 0);
    options.onProgress?.({ fraction: totalCells === 0 ? 1 : cellsRead / totalCells, step: 'values' });
  }

  const sheets: RawSheet[] = names.map((name, i) => ({ name, rows: rows[i]! }));
  return { sheets, date1904 };
}
