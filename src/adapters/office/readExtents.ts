import type { SheetExtent } from './readPlan';
import { blockCells } from './readPlan';
import { BatchFailure } from './runExcel';
import { blockAddress } from './blockAddress';

/**
 * What the pane reads of a workbook at most (README, "Reading workbooks, and the limits"). Excel
 * hands values over as dense rectangles, so a value typed far away (XFD1048576) would make the
 * used range the whole grid: 17 billion cells, hours of round trips. The pane reads the first
 * `columns` columns of each used range, and only the rows they use; a contract sheet has about ten
 * columns. Beyond `cells` cells in all (a million rows of 19 columns: more than the file reader's
 * 512 MB of unpacked XML), it refuses in one sentence instead of freezing Excel.
 */
export const OFFICE_READ_LIMITS = {
  columns: 256,
  cells: 20_000_000,
} as const;

interface LoadedExtent {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

const EXTENT = 'rowIndex,columnIndex,rowCount,columnCount';

function extentOf(sheet: number, used: LoadedExtent): SheetExtent {
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  return { sheet, rowIndex, columnIndex, rowCount, columnCount };
}

/**
 * Each sheet's extent to read: its used range (valuesOnly where ExcelApi 1.2 allows, so that
 * formatting alone does not stretch it), narrowed to its first OFFICE_READ_LIMITS.columns columns
 * and the rows those use. One round trip, and one more only when a sheet is wider than that.
 * Throws a BatchFailure ('too-large') past OFFICE_READ_LIMITS.cells.
 */
export async function readExtents(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  valuesOnly: boolean,
): Promise<SheetExtent[]> {
  const usedRanges = sheets.map((sheet) => {
    const used = valuesOnly ? sheet.getUsedRange(true) : sheet.getUsedRange();
    used.load(EXTENT);
    return used;
  });
  await context.sync();
  let extents = usedRanges.map((used, sheet) => extentOf(sheet, used));

  const wide = extents.filter((e) => e.columnCount > OFFICE_READ_LIMITS.columns);
  if (wide.length > 0) {
    // The first column of a used range holds a value (or, without valuesOnly, a format): the
    // narrowed range is never empty, so its own used range exists.
    const narrowed = wide.map((e) => {
      const range = sheets[e.sheet]!.getRange(blockAddress({ ...e, columnCount: OFFICE_READ_LIMITS.columns }));
      const used = valuesOnly ? range.getUsedRange(true) : range.getUsedRange();
      used.load(EXTENT);
      return { sheet: e.sheet, used };
    });
    await context.sync();
    const bySheet = new Map(narrowed.map(({ sheet, used }) => [sheet, extentOf(sheet, used)]));
    extents = extents.map((e) => bySheet.get(e.sheet) ?? e);
  }

  const cells = extents.reduce((sum, e) => sum + blockCells(e), 0);
  if (cells > OFFICE_READ_LIMITS.cells) {
    const largest = extents.reduce((a, b) => (blockCells(b) > blockCells(a) ? b : a));
    throw new BatchFailure({
      reason: 'too-large',
      sheet: sheets[largest.sheet]!.name,
      cells,
      limit: OFFICE_READ_LIMITS.cells,
    });
  }
  return extents;
}
