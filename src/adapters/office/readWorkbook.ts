import type { RawCell, RawSheet, RawWorkbook } from '../../core';
import type { ReadProgress } from '../../ports';
import type { ExcelSupport } from './excelSupport';
import { queueDate1904Probe } from './date1904';
import { isOfficeError } from './hostFailure';
import { blockCells, DEFAULT_CELL_BUDGET, halveBlock, planReadBatches } from './readPlan';
import { placeBlock } from './rawRows';
import { blockAddress } from './blockAddress';
import { readExtents } from './readExtents';
import { queueSettingsDates } from './settingsDates';

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

/**
 * Reads every sheet in a number of round trips that does not grow with rows:
 *   1. sheet names and visibility (and the date system);
 *   2. each sheet's used range extent (narrowed where a sheet is absurdly wide, refused past a
 *      size no workbook of the group reaches: readExtents);
 *   3. the values, all sheets in one batch unless the cell budget cuts them into more (with the
 *      number formats of the Settings sheet's first rows, so that a date there is told from a
 *      number, as the file reader does).
 * Nothing is written. Sheets are returned in tab order.
 */
export async function readWorkbookIn(context: Excel.RequestContext, options: ReadOptions): Promise<RawWorkbook> {
  const budget = options.cellBudget ?? DEFAULT_CELL_BUDGET;
  options.onProgress?.({ fraction: null, step: 'names' });

  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const isDate1904 = queueDate1904Probe(context, options.support.api12);
  await context.sync();
  const names = worksheets.items.map((sheet) => sheet.name);
  // Hidden and very hidden tabs are read too: the core prefers a visible sheet to a hidden copy.
  const hidden = worksheets.items.map((sheet) => sheet.visibility !== 'Visible');
  const date1904 = isDate1904();

  const extents = await readExtents(context, worksheets.items, options.support.api12);

  const rows: (RawCell[] | undefined)[][] = names.map(() => []);
  const totalCells = extents.reduce((sum, e) => sum + blockCells(e), 0);
  let cellsRead = 0;
  const pending = planReadBatches(extents, budget);
  // The Settings sheet's number formats ride with the first batch that goes through.
  let settingsDates = queueSettingsDates(worksheets.items, extents);
  let formatsRead = false;
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
      if (!formatsRead) settingsDates = queueSettingsDates(worksheets.items, extents);
      // One block per retry batch now: each halved block goes on its own, in order.
      pending.unshift(...halves.map((block) => [block]));
      continue;
    }
    formatsRead = true;
    batch.forEach((block, i) => placeBlock(rows[block.sheet]!, block.rowIndex, block.columnIndex, ranges[i]!.values));
    cellsRead += batch.reduce((sum, block) => sum + blockCells(block), 0);
    options.onProgress?.({ fraction: totalCells === 0 ? 1 : cellsRead / totalCells, step: 'values' });
  }

  // Only a workbook with no values to read gets here with the formats still queued.
  if (!formatsRead && settingsDates.queued) await context.sync();
  settingsDates.apply(rows, date1904);

  const sheets: RawSheet[] = names.map((name, i) =>
    hidden[i] ? { name, rows: rows[i]!, hidden: true } : { name, rows: rows[i]! },
  );
  return { sheets, date1904 };
}
