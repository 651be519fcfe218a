import type { RawCell } from '../../../core';
import { cellOffsets, unpackRow, type PackedRows, type Row } from './packRows';

interface Batch {
  readonly start: number;
  /** Past its last row: its own end, or the start of the batch after it. */
  end: number;
  readonly packed: PackedRows;
  readonly offsets: Int32Array;
}

/**
 * One sheet's rows as the page keeps them while it validates: the worker's packed batches
 * (typed arrays, outside the JavaScript heap), each row made afresh when the engine asks for it
 * (`rows[r]`) and dropped once read. A million rows made on arrival would each be an object the
 * garbage collector copies twice while the validation builds its own million records: pauses of
 * a few hundred milliseconds. A row made on demand dies young, which costs it nothing.
 */
export class PackedSheet {
  private readonly batches: Batch[] = [];
  private last: Batch | undefined;
  private count = 0;

  /** Takes in a batch whose first row is row `start`: rows from `start` on are replaced. */
  add(start: number, packed: PackedRows): void {
    while (this.batches.length > 0 && this.batches[this.batches.length - 1]!.start >= start) this.batches.pop();
    const before = this.batches[this.batches.length - 1];
    if (before) before.end = Math.min(before.end, start);
    const end = start + packed.lengths.length;
    this.batches.push({ start, end, packed, offsets: cellOffsets(packed) });
    this.last = undefined;
    this.count = end;
  }

  get length(): number {
    return this.count;
  }

  /** Row `r` (0: Excel row 1), made now; undefined when missing or past the end. */
  row(r: number): Row {
    if (!(r >= 0 && r < this.count)) return undefined;
    const batch = this.batchOf(r);
    return r < batch.end ? unpackRow(batch.packed, batch.offsets, r - batch.start) : undefined;
  }

  /**
   * The rows as a read-only array for the engine (RawSheet.rows): indexing, length, iteration
   * and the array methods all read through `row`; nothing may be written into it.
   */
  asArray(): ReadonlyArray<ReadonlyArray<RawCell> | undefined> {
    return new Proxy<Row[]>([], {
      get: (target, key, receiver) => {
        if (key === 'length') return this.count;
        const r = indexOf(key);
        return r === null ? Reflect.get(target, key, receiver) : this.row(r);
      },
      has: (target, key) => {
        const r = indexOf(key);
        return r === null ? Reflect.has(target, key) : r < this.count;
      },
      getOwnPropertyDescriptor: (target, key) => {
        const r = indexOf(key);
        if (r === null || r >= this.count) return Reflect.getOwnPropertyDescriptor(target, key);
        return { value: this.row(r), writable: false, enumerable: true, configurable: true };
      },
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
    });
  }

  /** The batch holding row r: the last one asked for (the engine reads in order), else by halves. */
  private batchOf(r: number): Batch {
    const last = this.last;
    if (last && r >= last.start && r < last.end) return last;
    let low = 0;
    let high = this.batches.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.batches[mid]!.start <= r) low = mid;
      else high = mid - 1;
    }
    return (this.last = this.batches[low]!);
  }
}

/** An array index given as a property key ("0", "12", not "012" nor "1.5"), or null. */
function indexOf(key: string | symbol): number | null {
  if (typeof key !== 'string') return null;
  if (key.length === 0 || (key.charCodeAt(0) === 48 && key.length > 1)) return null;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  return Number(key);
}
