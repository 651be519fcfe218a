import type { RawCell, RowTaker } from '../../../core';

/** Thrown when a row taken by a RowTaker would change after all (rows out of order): read again without it. */
export class TakenRowChanged extends Error {}

/** The rows a taker always sees before it decides whether to take the rest (ParseAhead: the header's). */
const TAKER_DECIDES_AFTER = 10;

/** Rows as the core wants them: index 0 is Excel row 1; a row's index 0 is column A. */
export type SheetRows = Array<RawCell[] | undefined>;

/**
 * Collects a sheet's cells into rows of exactly their size. A row is filled in a scratch array
 * and copied out when the next row starts: an array grown cell by cell keeps room for 16 more,
 * which on a quarter of a million rows of three cells is 30 MB of nothing for the collector to
 * move. A row met again later (rows out of order) is written in place.
 */
export class RowBuilder {
  private list: SheetRows;
  /** With a taker, the capacity the list is made at once the taker declines the rows past its first ten. */
  private deferred = 0;
  private readonly scratch: RawCell[] = [];
  private length = 0;
  /** The row in `scratch` (0: none), or the row written in place through `direct`. */
  private row = 0;
  private direct: RawCell[] | undefined;
  /** The last row written (1-based): the sheet's length once cut to it. */
  private last = 0;

  /** The first and last rows a taker took (0: none): its rows must come in order, each once. */
  private firstTaken = 0;
  private lastTaken = 0;

  /**
   * `capacity`: how many rows the sheet may hold, at most (its size in bytes tells). The list of
   * rows is made at that size and cut at the end: grown row by row to a million, it would be
   * copied some thirty times, each time into memory the system must hand over afresh.
   * `taker`: offered each row as it ends; a row it takes is not kept.
   */
  constructor(
    capacity = 0,
    private readonly taker?: RowTaker,
  ) {
    // The rows a taker takes need no room: the list is made at its size only if it declines them.
    if (taker) this.deferred = capacity;
    this.list = capacity > 0 && !taker ? new Array<RawCell[] | undefined>(capacity) : [];
  }

  /** The rows kept so far. */
  get rows(): SheetRows {
    return this.list;
  }

  /** The first row a taker took, 0 when none. */
  get takenFrom(): number {
    return this.firstTaken;
  }

  set(row: number, column: number, value: RawCell): void {
    if (row !== this.row) this.switchTo(row);
    const cells = this.direct ?? this.scratch;
    const length = this.direct ? this.direct.length : this.length;
    for (let i = length; i < column - 1; i++) cells[i] = null;
    cells[column - 1] = value;
    if (!this.direct && column > this.length) this.length = column;
  }

  /** The rows, once every cell is set. */
  finish(): SheetRows {
    this.flush();
    this.list.length = this.last;
    return this.list;
  }

  private makeRoom(): void {
    const list = new Array<RawCell[] | undefined>(Math.max(this.deferred, this.list.length));
    this.list.forEach((cells, i) => (list[i] = cells));
    this.list = list;
    this.deferred = 0;
  }

  private switchTo(row: number): void {
    this.flush();
    if (row <= this.lastTaken) throw new TakenRowChanged();
    this.row = row;
    this.direct = this.list[row - 1];
  }

  private flush(): void {
    if (
      this.direct === undefined &&
      this.length > 0 &&
      this.taker?.take(this.row, this.scratch, this.length, this.list)
    ) {
      if (this.firstTaken === 0) this.firstTaken = this.row;
      this.lastTaken = this.row;
      if (this.row > this.last) this.last = this.row;
    } else if (this.direct === undefined && this.length > 0) {
      // A taker that declines a row past the first ten (ParseAhead: where the header is looked
      // for) declines the rest: the list is made at its full size now.
      if (this.deferred > 0 && this.row > TAKER_DECIDES_AFTER) this.makeRoom();
      // Blank rows before this one stay holes: setting the length pads nothing one by one.
      if (this.list.length < this.row - 1) this.list.length = this.row - 1;
      this.list[this.row - 1] = this.scratch.slice(0, this.length);
      if (this.row > this.last) this.last = this.row;
    }
    this.length = 0;
    this.row = 0;
    this.direct = undefined;
  }
}
