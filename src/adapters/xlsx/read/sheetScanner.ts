import type { RawCell, RowTaker } from '../../../core';
import { READ_LIMITS } from '../readLimits';
import { refuse, type WorkbookReadError } from '../workbookReadError';
import { checkRow, readCellRef, readRange, type CellAt } from './cellRef';
import { cellValue, typeOf, type CellContext, type CellType } from './cellValue';
import { RowBuilder, type SheetRows } from './rowBuilder';
import type { TextScanner } from './scanChunks';
import { PlainCell } from './plainCell';
import { StartTag } from './startTag';
import {
  endTagAt,
  isEndTag,
  isLocal,
  isMarkup,
  NAMES,
  nameEnd,
  nextByte,
  skipMarkup,
  utf8Text,
  cellTextAt,
  type Bytes,
} from './xmlBytes';

/** A merged range, kept as its two corners only: never as the cells it covers. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The fewest bytes a row holding a value takes: `<row><c><v>1</v></c></row>`. */
const SMALLEST_ROW_BYTES = 26;

/** How many rows a worksheet of this size in bytes may hold (as its zip entry declares it: only a hint). */
export function rowsAtMostIn(size: number): number {
  return Math.min(READ_LIMITS.rows, Math.ceil(size / SMALLEST_ROW_BYTES));
}

const enum Phase {
  BeforeData,
  InData,
  AfterData,
}

/** The number written in [from, to) as plain digits, read in place; -1 when it is not. */
function digits(xml: Bytes, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = xml[i] ?? 0;
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/**
 * Turns a worksheet's `<sheetData>` straight into cells, without a tree: rows and cells with or
 * without references (a missing one follows the previous), values through cellValue, then the
 * merged ranges after it. Nothing before `<sheetData>` matters; after it, only `<mergeCell>`.
 */
export class SheetScanner implements TextScanner {
  readonly merges: MergedRange[] = [];
  private phase = Phase.BeforeData;
  /** The row element being read (1-based), and the column of the last cell in it. */
  private row = 0;
  private column = 0;
  private readonly built: RowBuilder;
  private readonly at: CellAt = { row: 0, column: 0 };
  private readonly tag = new StartTag();
  private readonly plain = new PlainCell();

  /**
   * `rowsAtMost`: how many rows the worksheet may hold (rowsAtMostIn); `taker`: offered each row
   * as it ends (the rows it takes are not kept).
   */
  constructor(
    private readonly context: CellContext,
    rowsAtMost = 0,
    taker?: RowTaker,
  ) {
    this.built = new RowBuilder(rowsAtMost, taker);
  }

  scan(xml: Bytes, from: number, final: boolean): number {
    const pos = this.scanTags(xml, from);
    if (final && pos < xml.length && utf8Text(xml, pos, xml.length).trim() !== '')
      throw refuse('corrupt', 'worksheet cut short in the middle of an element');
    return pos;
  }

  tooLong(): WorkbookReadError {
    return this.phase === Phase.InData
      ? refuse('cell-too-long', 'a cell runs past 8 MB of XML')
      : refuse('corrupt', 'an element runs past 8 MB of XML');
  }

  /** The sheet's rows, once its whole text has been scanned. */
  rows(): SheetRows {
    return this.built.finish();
  }

  /** The first row a taker took (0: none). */
  get takenFrom(): number {
    return this.built.takenFrom;
  }

  /** Every tag from `from` on; returns where the bytes stop being complete. */
  private scanTags(xml: Bytes, from: number): number {
    const tag = this.tag;
    let pos = from;
    for (;;) {
      const lt = nextByte(xml, 60, pos);
      if (lt === -1 || lt + 1 >= xml.length) return lt === -1 ? xml.length : lt;
      if (isMarkup(xml, lt)) {
        const end = skipMarkup(xml, lt);
        if (end === -1) return lt;
        pos = end;
        continue;
      }
      if (isEndTag(xml, lt)) {
        const gt = nextByte(xml, 62, lt);
        if (gt === -1) return lt;
        if (this.phase === Phase.InData && isLocal(xml, lt + 2, nameEnd(xml, lt + 2), NAMES.sheetData))
          this.phase = Phase.AfterData;
        pos = gt + 1;
        continue;
      }
      if (!tag.read(xml, lt)) return lt;
      pos = tag.gt + 1;
      if (this.phase === Phase.InData) {
        if (isLocal(xml, lt + 1, tag.nameEnd, NAMES.c)) {
          if (tag.empty) {
            this.cell(xml, -1);
            continue;
          }
          // A `<c>` without prefix holding a plain value or inline string: its end found at once.
          this.plain.forget();
          let close = tag.nameEnd === lt + 2 ? this.plain.end(xml, tag.gt + 1) : -1;
          if (close === -1) close = endTagAt(xml, tag.gt, lt + 1, tag.nameEnd);
          if (close === -1) return lt;
          this.cell(xml, close);
          pos = close + tag.nameEnd - lt + 2; // past `</c>` or `</x:c>`
        } else if (isLocal(xml, lt + 1, tag.nameEnd, NAMES.row)) this.startRow(xml);
      } else if (this.phase === Phase.BeforeData) {
        if (isLocal(xml, lt + 1, tag.nameEnd, NAMES.sheetData)) this.phase = tag.empty ? Phase.AfterData : Phase.InData;
      } else if (isLocal(xml, lt + 1, tag.nameEnd, NAMES.mergeCell) && tag.ref !== -1) {
        const range = readRange(xml, tag.ref, tag.refEnd);
        if (range) this.merges.push(range);
      }
    }
  }

  private startRow(xml: Bytes): void {
    const tag = this.tag;
    if (tag.r === -1) this.row++;
    else {
      let n = digits(xml, tag.r, tag.rEnd);
      // Not plain digits (`5.0`, spaces): as a number, if a whole one.
      if (n < 0) n = Number(utf8Text(xml, tag.r, tag.rEnd));
      if (!Number.isInteger(n)) throw refuse('corrupt', `row number ${utf8Text(xml, tag.r, tag.rEnd)}`);
      this.row = n;
    }
    checkRow(this.row);
    this.column = 0;
  }

  /** The cell whose start tag was just read, its content up to `close` (-1: an empty element). */
  private cell(xml: Bytes, close: number): void {
    const tag = this.tag;
    const at = this.at;
    if (tag.r === -1) {
      at.row = this.row > 0 ? this.row : 1;
      at.column = this.column + 1;
      if (at.column > READ_LIMITS.columns) throw refuse('corrupt', 'a row runs past column XFD');
    } else readCellRef(xml, tag.r, tag.rEnd, at);
    this.column = at.column;
    if (close === -1) return;
    const type = tag.t === -1 ? 'n' : typeOf(xml, tag.t, tag.tEnd);
    const style = tag.s === -1 ? 0 : digits(xml, tag.s, tag.sEnd);
    const value = this.plainInline(xml, type) ?? cellValue(xml, tag.gt + 1, close, type, style, this.context);
    if (value !== null && value !== '') this.store(at.row, at.column, value);
  }

  /** The text of the cell just recognised as a plain inline string (PlainCell), or null. */
  private plainInline(xml: Bytes, type: CellType): string | null {
    const plain = this.plain;
    return type === 'inlineStr' && plain.inline ? cellTextAt(xml, plain.textFrom, plain.textTo) : null;
  }

  private store(row: number, column: number, value: RawCell): void {
    if (typeof value === 'string' && value.length > READ_LIMITS.cellChars)
      throw refuse('cell-too-long', `${value.length} characters`);
    this.built.set(row, column, value);
  }
}
