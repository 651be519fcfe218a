import type { Workbook } from 'exceljs';
import type { ReportChartPlan } from './reportChartPlans';
import type { SheetWriter } from './sheetWriter';

/** A chart plan with its picture (PNG bytes drawn by the door), or null when there is nothing to draw. */
export interface ReportPicture extends ReportChartPlan {
  readonly png: Uint8Array | null;
}

/** Each picture covers 8 columns ≈ 89 px and 22 rows of 20 px: 712 × 440 px. */
const PICTURE_COLUMNS = 8;
const PICTURE_ROWS = 22;
const COLUMN_WIDTH = 12;
const ROW_POINTS = 15;
/** Two pictures side by side, a narrow column between them: the four charts print on one page. */
const SPACER_WIDTH = 3;
export const CHARTS_COLUMNS = 2 * PICTURE_COLUMNS + 1;
export const PICTURE_SIZE = { width: 712, height: 440, scale: 2 } as const;

/**
 * Graphiques / Charts: a grid of two charts per row, each with its title above, its picture
 * anchored to a cell range (readers such as openpyxl drop free-floating pictures) and a
 * caption below saying what it draws (or why there is no picture).
 */
export function writeChartsSheet(w: SheetWriter, workbook: Workbook, pictures: readonly ReportPicture[]): void {
  for (let i = 0; i < CHARTS_COLUMNS; i++) w.fix(i, i === PICTURE_COLUMNS ? SPACER_WIDTH : COLUMN_WIDTH);
  for (let i = 0; i < pictures.length; i += 2) {
    const pair = pictures.slice(i, i + 2);
    const titleRow = w.row;
    const top = titleRow + 1;
    const captionRow = top + PICTURE_ROWS;
    for (let r = top; r < captionRow; r++) w.sheet.getRow(r).height = ROW_POINTS;
    pair.forEach((picture, k) => {
      const left = k * (PICTURE_COLUMNS + 1);
      const right = left + PICTURE_COLUMNS - 1;
      w.block(titleRow, left, right, picture.title, { bold: true, size: 12 }, false, 18);
      if (picture.png) {
        // exceljs types the buffer as a Node Buffer; its browser build takes any byte array.
        const id = workbook.addImage({
          buffer: picture.png as unknown as Parameters<Workbook['addImage']>[0]['buffer'],
          extension: 'png',
        });
        w.sheet.addImage(id, {
          tl: { col: left, row: top - 1 },
          br: { col: left + PICTURE_COLUMNS, row: top - 1 + PICTURE_ROWS },
          editAs: 'oneCell',
        } as unknown as Parameters<typeof w.sheet.addImage>[1]);
      }
      w.block(
        picture.png ? captionRow : top,
        left,
        right,
        picture.caption,
        { italic: true, color: { argb: 'FF595959' } },
        true,
      );
    });
    w.row = captionRow + 2;
  }
}
