/**
 * How to fetch the values of every sheet in as few round trips as possible without any single
 * response passing Excel on the web's payload limit (about 5 MB): ranges are cut into row blocks
 * packed into batches of at most `cellBudget` cells, one `context.sync` per batch. A small
 * workbook is one batch; only very large sheets add batches.
 */
export interface SheetExtent {
  /** Index of the sheet in the workbook's order. */
  readonly sheet: number;
  /** 0-based row and column of the used range's top-left cell. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** A rectangle of one sheet to read in one request. */
export interface ReadBlock {
  readonly sheet: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** 100,000 cells: at ~50 bytes a cell in the JSON response, well under 5 MB. */
export const DEFAULT_CELL_BUDGET = 100_000;

export function blockCells(block: Pick<ReadBlock, 'rowCount' | 'columnCount'>): number {
  return block.rowCount * block.columnCount;
}

/**
 * Blocks packed in order into batches of at most `cellBudget` cells. A sheet's rows are cut to
 * fill what room the current batch has left, so the number of batches is the fewest the budget
 * allows (a row wider than the budget still travels alone, as one block).
 */
export function planReadBatches(
  extents: readonly SheetExtent[],
  cellBudget: number = DEFAULT_CELL_BUDGET,
): ReadBlock[][] {
  const batches: ReadBlock[][] = [];
  let current: ReadBlock[] = [];
  let cells = 0;
  for (const extent of extents) {
    const width = Math.max(1, extent.columnCount);
    let done = 0;
    while (done < extent.rowCount) {
      const fit = Math.floor((cellBudget - cells) / width);
      if (fit < 1 && current.length > 0) {
        batches.push(current);
        current = [];
        cells = 0;
        continue;
      }
      const rows = Math.min(Math.max(1, fit), extent.rowCount - done);
      current.push({ ...extent, rowIndex: extent.rowIndex + done, rowCount: rows });
      cells += rows * width;
      done += rows;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** A block cut in two halves by rows (for a retry after Excel refused a response as too big). */
export function halveBlock(block: ReadBlock): ReadBlock[] {
  if (block.rowCount < 2) return [block];
  const first = Math.ceil(block.rowCount / 2);
  return [
    { ...block, rowCount: first },
    { ...block, rowIndex: block.rowIndex + first, rowCount: block.rowCount - first },
  ];
}
