import type { Worksheet, Cell, Font } from 'exceljs';
import { columnLetter, dayToDate, type CountCell } from '../../../core';
import { STATUS_COLOURS, type ReportCell } from './reportCell';

/** How the writer words what is not a plain number. */
export interface CellWords {
  suppressed(minCount: number): string;
  readonly hidden: string;
  readonly withheld: string;
  /** A figure that does not exist (a share of nothing, no meeting yet). */
  readonly none: string;
}

export interface SheetWriterOptions {
  /** Columns the sheet's layout spans: titles and notes are merged across them. */
  readonly columns: number;
  readonly dateFormat: string;
  readonly words: CellWords;
}

const HEADER_FILL = 'FFDCE6F1';
const GROUP_FILL = 'FFF2F2F2';
const MUTED = 'FF595959';
/** Named on every cell so that each reader picks the same face (LibreOffice maps it to a metric twin). */
const FONT = 'Arial';
const SIZE = 10;
/** Column widths in characters: narrow enough to print, wide enough to read. */
const MIN_WIDTH = 9;
const MAX_WIDTH = 48;
const POINTS_PER_LINE = 15;
/** Numbers keep a character's room on their right: a count never runs into the text of the next column. */
const NUMBER_ALIGNMENT = { horizontal: 'right', vertical: 'top', indent: 1 } as const;

/** Text that wraps within columns `from`..`to` (0-based): its row is made tall once widths are known. */
interface Wrap {
  readonly row: number;
  readonly chars: number;
  readonly from: number;
  readonly to: number;
  readonly minPoints: number;
}

/**
 * Writes one report sheet top to bottom: a title band, headings, tables, key figures and
 * notes, with bold frozen headers, readable widths and a landscape print set-up. Rows that
 * wrap get their height when the sheet is finished, as readers do not grow them on opening.
 */
export class SheetWriter {
  /** The next row to write (1-based). */
  row = 1;
  private frozen = 0;
  /** The header row printed again at the top of each page after its own (a long list's), or null. */
  private repeated: number | null = null;
  private readonly widths: number[];
  private readonly wraps: Wrap[] = [];

  constructor(
    readonly sheet: Worksheet,
    private readonly options: SheetWriterOptions,
  ) {
    this.widths = Array.from({ length: options.columns }, () => MIN_WIDTH);
  }

  title(words: string, band: string): void {
    this.merged(words, { bold: true, size: 16 }, false, 24);
    this.merged(band, { italic: true, color: { argb: MUTED } }, true);
    this.row += 1;
  }

  heading(words: string): void {
    this.merged(words, { bold: true, size: 12 }, false, 18);
  }

  /** A row naming the group of table rows below it (a measure of the programme), across the sheet. */
  group(words: string): void {
    this.block(this.row, 0, this.options.columns - 1, words, { bold: true }, true, 0);
    this.sheet.getCell(this.row, 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GROUP_FILL } };
    this.row += 1;
  }

  /** A paragraph across the sheet, wrapped. */
  note(words: string, muted = true): void {
    this.merged(words, muted ? { italic: true, color: { argb: MUTED } } : {}, true);
  }

  gap(): void {
    this.row += 1;
  }

  /**
   * A table's header row. `freeze`: the first one frozen on screen. `repeat`: a long list's,
   * printed again at the top of the pages it runs onto (the sheet's print titles: one per sheet).
   */
  header(labels: readonly string[], freeze = false, repeat = false): void {
    labels.forEach((label, i) => {
      const cell = this.sheet.getCell(this.row, i + 1);
      cell.value = label;
      cell.font = { name: FONT, size: SIZE, bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.alignment = { wrapText: true, vertical: 'middle', indent: i > 0 ? 1 : 0 };
      cell.border = { bottom: { style: 'thin' } };
      // A header may wrap onto two lines, but never inside a word.
      const longestWord = Math.max(...label.split(/\s+/).map((word) => word.length));
      this.widen(i, Math.max(longestWord, Math.ceil(label.length / 2)));
      this.wraps.push({ row: this.row, chars: label.length, from: i, to: i, minPoints: 0 });
    });
    if (repeat) this.repeated = this.row;
    this.row += 1;
    if (freeze && this.frozen === 0) this.frozen = this.row - 1;
  }

  cells(values: readonly ReportCell[], bold = false): void {
    values.forEach((value, i) => {
      const cell = this.sheet.getCell(this.row, i + 1);
      this.widen(i, this.put(cell, value, i));
      if (bold) cell.font = { ...cell.font, name: FONT, size: SIZE, bold: true };
    });
    this.row += 1;
  }

  /** A key figure: its label over the first columns, its value in the column after them. */
  pair(label: string, value: ReportCell, labelColumns = 3): void {
    if (labelColumns > 1) this.sheet.mergeCells(this.row, 1, this.row, labelColumns);
    else this.widen(0, Math.min(label.length, MAX_WIDTH));
    const labelCell = this.sheet.getCell(this.row, 1);
    labelCell.value = label;
    labelCell.font = { name: FONT, size: SIZE };
    labelCell.alignment = { wrapText: true, vertical: 'top' };
    this.wraps.push({ row: this.row, chars: label.length, from: 0, to: labelColumns - 1, minPoints: 0 });
    const valueCell = this.sheet.getCell(this.row, labelColumns + 1);
    this.widen(labelColumns, this.put(valueCell, value, labelColumns));
    this.row += 1;
  }

  /** Widths, row heights, frozen header and print set-up; call once the sheet is written. */
  finish(): void {
    this.widths.forEach((w, i) => {
      this.sheet.getColumn(i + 1).width = w;
    });
    const heights = new Map<number, number>();
    for (const wrap of this.wraps) {
      const room = this.widths.slice(wrap.from, wrap.to + 1).reduce((a, b) => a + b, 0) - 1;
      // A column width counts digits of the workbook's 11-point font; 10-point Arial text
      // runs narrower (measured in LibreOffice: ~1.3 characters per unit), 0.8 leaves a margin.
      const lines = Math.max(1, Math.ceil((wrap.chars * 0.8) / Math.max(1, room)));
      const points = Math.max(wrap.minPoints, lines > 1 ? lines * POINTS_PER_LINE : 0);
      if (points > (heights.get(wrap.row) ?? 0)) heights.set(wrap.row, points);
    }
    for (const [row, points] of heights) this.sheet.getRow(row).height = points;
    const frozen = Math.max(2, this.frozen);
    this.sheet.views = [{ state: 'frozen', ySplit: frozen, xSplit: 0 }];
    // Printed pages name their sheet and number themselves.
    this.sheet.headerFooter = { oddFooter: '&L&A&RPage &P / &N' };
    this.sheet.pageSetup = {
      ...this.sheet.pageSetup,
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printArea: `A1:${columnLetter(this.options.columns - 1)}${Math.max(1, this.row - 1)}`,
      // A long list's header on the pages it runs onto; else the title and its band, never the
      // header of a short table at the top over the unrelated rows of a later page.
      printTitlesRow: this.repeated === null ? '1:2' : `${this.repeated}:${this.repeated}`,
    };
  }

  /** Sets the column's width in characters. */
  fix(column: number, chars: number): void {
    this.widths[column] = chars;
  }

  private widen(column: number, chars: number): void {
    const current = this.widths[column];
    if (current === undefined) return;
    this.widths[column] = Math.min(MAX_WIDTH, Math.max(current, chars + 2));
  }

  private merged(words: string, font: Partial<Font>, wrap: boolean, minPoints = 0): void {
    this.block(this.row, 0, this.options.columns - 1, words, font, wrap, minPoints);
    this.row += 1;
  }

  /** Words over columns `from`..`to` (0-based) of a row, merged; wrapped text gets its height at the end. */
  block(row: number, from: number, to: number, words: string, font: Partial<Font>, wrap: boolean, minPoints = 0): void {
    if (to > from) this.sheet.mergeCells(row, from + 1, row, to + 1);
    const cell = this.sheet.getCell(row, from + 1);
    cell.value = words;
    cell.font = { name: FONT, size: SIZE, ...font };
    cell.alignment = { wrapText: wrap, vertical: 'top' };
    this.wraps.push({ row, chars: wrap ? words.length : 0, from, to, minPoints });
  }

  /** Writes one value; returns the characters it shows, for the column's width. */
  private put(cell: Cell, value: ReportCell, column: number): number {
    const words = this.options.words;
    cell.font = { name: FONT, size: SIZE };
    cell.alignment = { vertical: 'top' };
    switch (value.kind) {
      case 'text': {
        cell.value = value.text;
        // A little room between text and a number to its left.
        const indent = column > 0 ? 1 : 0;
        // Text that runs on into the empty cells beside it neither widens nor wraps its column.
        if (value.runOn) {
          cell.alignment = { vertical: 'top', indent };
          return 0;
        }
        const long = value.text.length > MAX_WIDTH;
        cell.alignment = { wrapText: long, vertical: 'top', indent };
        if (long) this.wraps.push({ row: this.row, chars: value.text.length, from: column, to: column, minPoints: 0 });
        return Math.min(value.text.length, MAX_WIDTH);
      }
      case 'number':
        if (value.value === null) return this.muted(cell, words.none);
        cell.value = value.value;
        cell.numFmt = value.format;
        cell.alignment = NUMBER_ALIGNMENT;
        return 9;
      case 'date': {
        // Indented like text: a date never reads as one with a number right-aligned beside it.
        const alignment = { horizontal: 'left', vertical: 'top', indent: column > 0 ? 1 : 0 } as const;
        if (value.day === null) {
          // The dash of a missing date stays where the dates are.
          const chars = this.muted(cell, words.none);
          cell.alignment = alignment;
          return chars;
        }
        cell.value = dayToDate(value.day);
        cell.numFmt = this.options.dateFormat;
        cell.alignment = alignment;
        return 12;
      }
      case 'count':
        if (value.cell.kind === 'count') {
          cell.value = value.cell.value;
          cell.numFmt = '0';
          cell.alignment = NUMBER_ALIGNMENT;
          return 7;
        }
        return this.muted(cell, countWords(value.cell, words));
      case 'status': {
        const colours = STATUS_COLOURS[value.status];
        cell.value = value.text;
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.fill } };
        cell.font = { name: FONT, size: SIZE, bold: true, color: { argb: colours.font } };
        return value.text.length;
      }
    }
  }

  /** Words standing for a figure: right-aligned like the numbers around them. */
  private muted(cell: Cell, words: string): number {
    cell.value = words;
    cell.alignment = NUMBER_ALIGNMENT;
    cell.font = { name: FONT, size: SIZE, italic: true, color: { argb: MUTED } };
    return words.length + 1;
  }
}

/** A masked count in words: "< 5", "hidden" or "not published". */
export function countWords(cell: Exclude<CountCell, { kind: 'count' }>, words: CellWords): string {
  if (cell.kind === 'suppressed') return words.suppressed(cell.below);
  return cell.kind === 'hidden' ? words.hidden : words.withheld;
}
