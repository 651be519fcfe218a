import { ATTENDANCE } from '../schema/sheets';
import { LISTS, type AttendanceValue } from '../schema/lists';
import { keyHash } from './checks/idCodes';

/** The keys of Attendance's fields. */
export type AttendanceKey = (typeof ATTENDANCE.fields)[number]['key'];

/** Where each field's value is in the values a row reader fills (the order of ATTENDANCE.fields). */
export const ATTENDANCE_SLOT = {
  meetingId: 0,
  memberId: 1,
  attendance: 2,
  delegate: 3,
} as const satisfies Record<AttendanceKey, number>;

for (const [key, slot] of Object.entries(ATTENDANCE_SLOT))
  if (ATTENDANCE.fields[slot]?.key !== key) throw new Error(`Attendance field ${key} is not at ${slot}`);

/** An ID's key hash; 0 for none. */
function hashOf(id: string | null): number {
  return id === null ? 0 : keyHash(id);
}

/** The attendance codes, by their number in the column (0: none). */
const CODES: readonly (AttendanceValue | null)[] = [null, ...LISTS.attendance.map((e) => e.code)];
const NUMBERS = new Map(CODES.map((code, n) => [code, n]));

/**
 * Attendance as parsed, one column per field rather than an object per row: a million rows are
 * then a few arrays, not a million objects for the collector to make, keep and walk. Records
 * (AttendanceRecord) are made from it only for the rows without an error. Rows are in sheet
 * order; `error` is set by the parse and by the checks that leave a row out. The IDs are the
 * only columns of strings; an attendance is a number, and the few delegates are kept by row.
 */
export class AttendanceColumns {
  length = 0;
  /** Excel row numbers. */
  row: Int32Array;
  /** 1 where the row is left out (an error on it). */
  error: Uint8Array;
  readonly meetingId: (string | null)[];
  readonly memberId: (string | null)[];
  /**
   * The hash of each ID's key (keyHash; 0 where blank), made while the ID is fresh in the
   * processor's cache: the IDs are then resolved without reading a million strings again.
   */
  meetingHash: Int32Array;
  memberHash: Int32Array;
  /** The attendance code's number (CODES). */
  private codes: Uint8Array;
  /** The delegates named, by Excel row. */
  private readonly delegates = new Map<number, string>();

  /** `capacity`: how many rows are expected (more may come: the columns then grow). */
  constructor(capacity: number) {
    const size = Math.max(capacity, 16);
    this.row = new Int32Array(size);
    this.error = new Uint8Array(size);
    this.codes = new Uint8Array(size);
    this.meetingHash = new Int32Array(size);
    this.memberHash = new Int32Array(size);
    this.meetingId = new Array<string | null>(size);
    this.memberId = new Array<string | null>(size);
  }

  /** A row: its Excel row, whether it has an error, and its values in ATTENDANCE_SLOT order. */
  add(excelRow: number, error: boolean, values: readonly unknown[]): void {
    const i = this.length++;
    if (i === this.row.length) this.grow();
    this.row[i] = excelRow;
    this.error[i] = error ? 1 : 0;
    const meetingId = (values[ATTENDANCE_SLOT.meetingId] as string | null) ?? null;
    const memberId = (values[ATTENDANCE_SLOT.memberId] as string | null) ?? null;
    this.meetingId[i] = meetingId;
    this.memberId[i] = memberId;
    // The same ID as the row before (most meeting IDs): its hash again, not worked out again.
    this.meetingHash[i] = i > 0 && meetingId === this.meetingId[i - 1] ? this.meetingHash[i - 1]! : hashOf(meetingId);
    this.memberHash[i] = i > 0 && memberId === this.memberId[i - 1] ? this.memberHash[i - 1]! : hashOf(memberId);
    this.codes[i] = NUMBERS.get((values[ATTENDANCE_SLOT.attendance] as AttendanceValue | null) ?? null) ?? 0;
    const delegate = values[ATTENDANCE_SLOT.delegate] as string | null;
    if (delegate !== null) this.delegates.set(excelRow, delegate);
  }

  /** The attendance of the row at index `i`, or null. */
  attendance(i: number): AttendanceValue | null {
    return CODES[this.codes[i]!] ?? null;
  }

  /** The delegate of the row at index `i`, or null. */
  delegate(i: number): string | null {
    return this.delegates.get(this.row[i]!) ?? null;
  }

  /** A field's value in the row at index `i`: an ID, a delegate, an attendance code, or null. */
  value(i: number, key: AttendanceKey): string | null {
    switch (key) {
      case 'meetingId':
        return this.meetingId[i] ?? null;
      case 'memberId':
        return this.memberId[i] ?? null;
      case 'attendance':
        return this.attendance(i);
      case 'delegate':
        return this.delegate(i);
    }
  }

  /** The index of an Excel row, or -1 (rows are in order). */
  indexOf(excelRow: number): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.row[mid]!;
      if (at === excelRow) return mid;
      if (at < excelRow) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** How many rows of [from, to) are left out. */
  errorCount(from = 0, to = this.length): number {
    let n = 0;
    for (let i = from; i < to; i++) n += this.error[i]!;
    return n;
  }

  /** Cuts the columns to the rows added. */
  finish(): void {
    this.row = this.row.subarray(0, this.length);
    this.error = this.error.subarray(0, this.length);
    this.codes = this.codes.subarray(0, this.length);
    this.meetingHash = this.meetingHash.subarray(0, this.length);
    this.memberHash = this.memberHash.subarray(0, this.length);
    this.meetingId.length = this.length;
    this.memberId.length = this.length;
  }

  /**
   * Writes `first` (a few rows) just before index `at`, where room was left, and drops what is
   * before them: the columns are moved down in place, never copied whole.
   */
  putBefore(at: number, first: AttendanceColumns): void {
    const start = at - first.length;
    if (start < 0) throw new RangeError('more rows to put before the rows read ahead than the room left');
    this.row.set(first.row.subarray(0, first.length), start);
    this.error.set(first.error.subarray(0, first.length), start);
    this.codes.set(first.codes.subarray(0, first.length), start);
    this.meetingHash.set(first.meetingHash.subarray(0, first.length), start);
    this.memberHash.set(first.memberHash.subarray(0, first.length), start);
    for (let i = 0; i < first.length; i++) {
      this.meetingId[start + i] = first.meetingId[i] ?? null;
      this.memberId[start + i] = first.memberId[i] ?? null;
    }
    for (const [row, delegate] of first.delegates) this.delegates.set(row, delegate);
    this.row = this.row.subarray(start);
    this.error = this.error.subarray(start);
    this.codes = this.codes.subarray(start);
    this.meetingHash = this.meetingHash.subarray(start);
    this.memberHash = this.memberHash.subarray(start);
    this.meetingId.splice(0, start);
    this.memberId.splice(0, start);
    this.length -= start;
  }

  private grow(): void {
    const grown = <T extends Int32Array | Uint8Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.row = grown(this.row, new Int32Array(2 * this.row.length));
    this.error = grown(this.error, new Uint8Array(2 * this.error.length));
    this.codes = grown(this.codes, new Uint8Array(2 * this.codes.length));
    this.meetingHash = grown(this.meetingHash, new Int32Array(2 * this.meetingHash.length));
    this.memberHash = grown(this.memberHash, new Int32Array(2 * this.memberHash.length));
  }
}
