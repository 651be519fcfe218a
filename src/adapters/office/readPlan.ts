/**
 * How to fetch the values of every sheet in as few round trips as possible without any single
 * response passing Excel on the web's payload limit (about 5 MB): ranges are cut into row blocks
 * of at most `cellBudget` cells and packed into batches of at most `cellBudget` cells, one
 * `context.sync` per batch. A small workbook is one batch; only very large sheets add batches.
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

/** The row blocks of one used range, each at most `cellBudget` cells (at least one row). */
export function splitExtent(extent: SheetExtent, cellBudget: number): ReadBlock[] {
  const rowsPerBlock = Math.max(1, Math.floor(cellBudget / Math.max(1, extent.columnCount)));
  const blocks: ReadBlock[] = [];
  for (let start = 0; start < extent.rowCount; start += rowsPerBlock) {
    blocks.push({ ...extent, rowIndex: extent.rowIndex + start, rowCount: Math.min(rowsPerBlock, extent.rowCount - start) });
  }
  return blocks;
}

/** Blocks packed in order into batches whose cells add up to at most `cellBudget`. */
export function planReadBatches(extents: readonly SheetExtent[], cellBudget: number = DEFAULT_CELL_BUDGET): ReadBlock[][] {
  const batches: ReadBlock[][] = [];
  let current: ReadBlock[] = [];
  let cells = 0;
  for (const block of extents.flatMap((e) => splitExtent(e, cellBudget))) {
    const size = blockCells(block);
    if (current.length > 0 && cells + size > cellBudget) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(block);
    cells += size;
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
