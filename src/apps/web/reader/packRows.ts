import type { RawCell } from '../../../core';

export type Row = ReadonlyArray<RawCell> | undefined;

/**
 * A batch of rows as the reading worker sends them to the page: three typed arrays (moved to
 * the page, not copied) and the batch's distinct strings, rather than an object per row and a
 * string per cell. The page then makes each row once, its text cells sharing the batch's
 * strings: far fewer objects for the page's garbage collector to move while a million rows
 * arrive (each of those moves was a long task).
 */
export interface PackedRows {
  /** Per row, its number of cells; -1 for a missing row. */
  readonly lengths: Int32Array;
  /** Per cell, what it holds (KIND). */
  readonly kinds: Uint8Array;
  /** Per cell, its number, its string's place in `strings`, or its date's time. */
  readonly values: Float64Array;
  /** The batch's distinct strings. */
  readonly strings: readonly string[];
  /** Cells of any other kind, in order (none from today's reader; kept whole if one appears). */
  readonly others: readonly RawCell[];
}

const KIND = { hole: 0, null: 1, number: 2, string: 3, true: 4, false: 5, date: 6, other: 7 } as const;

export function packRows(rows: readonly Row[]): PackedRows {
  let cells = 0;
  for (const row of rows) cells += row?.length ?? 0;
  const lengths = new Int32Array(rows.length);
  const kinds = new Uint8Array(cells);
  const values = new Float64Array(cells);
  const strings: string[] = [];
  const placeOf = new Map<string, number>();
  const others: RawCell[] = [];
  let c = 0;
  rows.forEach((row, r) => {
    if (!row) {
      lengths[r] = -1;
      return;
    }
    lengths[r] = row.length;
    for (let j = 0; j < row.length; j++, c++) {
      // A hole of a sparse row stays a hole, as the engine would have seen it.
      const cell = row[j];
      if (cell === undefined) kinds[c] = KIND.hole;
      else if (cell === null) kinds[c] = KIND.null;
      else if (typeof cell === 'number') {
        kinds[c] = KIND.number;
        values[c] = cell;
      } else if (typeof cell === 'string') {
        let place = placeOf.get(cell);
        if (place === undefined) placeOf.set(cell, (place = strings.push(cell) - 1));
        kinds[c] = KIND.string;
        values[c] = place;
      } else if (typeof cell === 'boolean') kinds[c] = cell ? KIND.true : KIND.false;
      else if (cell instanceof Date) {
        kinds[c] = KIND.date;
        values[c] = cell.getTime();
      } else {
        kinds[c] = KIND.other;
        others.push(cell);
      }
    }
  });
  return { lengths, kinds, values, strings, others };
}

/** The buffers to move rather than copy with a packed batch (postMessage's transfer list). */
export function packedBuffers({ lengths, kinds, values }: PackedRows): ArrayBuffer[] {
  return [lengths.buffer as ArrayBuffer, kinds.buffer as ArrayBuffer, values.buffer as ArrayBuffer];
}

/** Where each row's cells start in a batch's `kinds` and `values` (one more: the end). */
export function cellOffsets({ lengths }: PackedRows): Int32Array {
  const offsets = new Int32Array(lengths.length + 1);
  for (let r = 0; r < lengths.length; r++) offsets[r + 1] = offsets[r]! + Math.max(lengths[r]!, 0);
  return offsets;
}

/**
 * Row `r` of a packed batch, made afresh (`offsets`: cellOffsets of the batch): its text cells
 * are the batch's strings, a hole stays a hole; undefined for a missing row.
 */
export function unpackRow(
  { lengths, kinds, values, strings, others }: PackedRows,
  offsets: Int32Array,
  r: number,
): Row {
  const length = lengths[r]!;
  if (length < 0) return undefined;
  const row: RawCell[] = new Array<RawCell>(length);
  let c = offsets[r]!;
  for (let j = 0; j < length; j++, c++) {
    switch (kinds[c]) {
      case KIND.null:
        row[j] = null;
        break;
      case KIND.number:
        row[j] = values[c]!;
        break;
      case KIND.string:
        row[j] = strings[values[c]!]!;
        break;
      case KIND.true:
        row[j] = true;
        break;
      case KIND.false:
        row[j] = false;
        break;
      case KIND.date:
        row[j] = new Date(values[c]!);
        break;
      case KIND.other:
        row[j] = others[otherIndex(kinds, c)]!;
        break;
      // KIND.hole: left a hole.
    }
  }
  return row;
}

/** The place in `others` of the cell at `c`: the cells of kind other before it (none from today's reader). */
function otherIndex(kinds: Uint8Array, c: number): number {
  let n = 0;
  for (let k = 0; k < c; k++) if (kinds[k] === KIND.other) n++;
  return n;
}
