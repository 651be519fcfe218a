import type { MEETINGS, MEMBERS } from '../../schema/sheets';
import type { ParsedAttendance, ParsedRow } from '../parseSheet';
import { IdCodes, keyHash } from './idCodes';
import { ITEMS_PER_STEP, runSteps, scaledSteps, type Steps } from '../steps';

/**
 * One column of Attendance IDs as resolved: per row a small number (a code) standing for the
 * ID's key, and per code the referenced row. Numbers in typed arrays rather than an object or a
 * string per row: a million rows cost 4 MB here, and no key string is made unless asked for.
 */
export interface ResolvedIds<R> {
  /**
   * Per Attendance row (by index in its rows), the code of its ID; -1 where the cell is blank
   * or unreadable, UNKNOWN where the referenced sheet does not have it and no code was asked for.
   */
  readonly codes: Int32Array;
  /** The distinct IDs (codes 0, 1, 2… in order of first appearance), and their keys (idKey). */
  readonly distinct: IdCodes;
  /** Per code, the referenced sheet's first row with this key; undefined when it has none or is not checked. */
  readonly targets: readonly (R | undefined)[];
  /** Whether the referenced sheet is usable: without it, its references are not checked. */
  readonly checked: boolean;
}

type MeetingRow = ParsedRow<typeof MEETINGS>;
type MemberRow = ParsedRow<typeof MEMBERS>;

/** The meeting and member of every Attendance row, each ID spelling looked up once. */
export interface ResolvedAttendance {
  readonly meetings: ResolvedIds<MeetingRow>;
  readonly members: ResolvedIds<MemberRow>;
}

/** The code of an ID its checked sheet does not have, when unknown IDs need none (resolveAttendance). */
export const UNKNOWN = -2;

/** Whether a row's ID is one its referenced sheet, checked, does not have. */
export function isUnknownAt<R>(ids: ResolvedIds<R>, i: number): boolean {
  const code = ids.codes[i]!;
  return ids.checked && (code === UNKNOWN || (code >= 0 && ids.targets[code] === undefined));
}

/** The key (idKey) of a row's ID, or null where the cell is blank or unreadable: one string per distinct ID. */
export function keyAt<R>(ids: ResolvedIds<R>, i: number): string | null {
  const code = ids.codes[i]!;
  return code < 0 ? null : ids.distinct.key(code);
}

/** The referenced row of a row's ID, or undefined (blank, unknown, or its sheet not checked). */
export function targetAt<R>(ids: ResolvedIds<R>, i: number): R | undefined {
  const code = ids.codes[i]!;
  return code < 0 ? undefined : ids.targets[code];
}

/**
 * Codes for one column of IDs (its first `length`), and each new ID's row in the referenced
 * sheet (`byKey`, by key). An ID whose key's hash no key of that sheet has is unknown without
 * making its key: a column of a million unknown IDs makes no key string at all; with
 * `codeUnknown` false, such an ID gets no code either (UNKNOWN), and is not kept.
 */
function* resolveColumnSteps<R>(
  ids: readonly (string | null)[],
  idHashes: Int32Array,
  length: number,
  byKey: ReadonlyMap<string, R> | null,
  codeUnknown: boolean,
): Steps<ResolvedIds<R>> {
  const distinct = new IdCodes((i) => ids[i]!, length);
  const targets: (R | undefined)[] = [];
  const codes = new Int32Array(length);
  const known = byKey ? new HashFilter(byKey.keys()) : null;
  for (let i = 0; i < length; i++) {
    if (i % ITEMS_PER_STEP === 0 && i > 0) yield i / length;
    const id = ids[i]!;
    if (id === null) {
      codes[i] = -1;
      continue;
    }
    // The same ID as the row before (a sheet sorted by meeting, most rows): the same code.
    if (i > 0 && id === ids[i - 1]) {
      codes[i] = codes[i - 1]!;
      continue;
    }
    const hash = idHashes[i]!;
    if (known && !codeUnknown && !known.has(hash)) {
      codes[i] = UNKNOWN;
      continue;
    }
    const code = distinct.codeOf(id, i, hash);
    // A new ID: its referenced row, looked up by its key (made only when there is a sheet to look in).
    if (known && code === targets.length) targets.push(known.has(hash) ? byKey!.get(distinct.key(code)) : undefined);
    codes[i] = code;
  }
  return { codes, distinct, targets, checked: byKey !== null };
}

/**
 * The hashes (keyHash) of a sheet's keys, asked a million times whether it holds one: a bit per
 * hash's low 16 bits answers most of the IDs it does not hold at once, the set the others.
 */
class HashFilter {
  private readonly bits = new Uint32Array(2048);
  private readonly hashes = new Set<number>();

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      const hash = keyHash(key);
      this.hashes.add(hash);
      this.bits[(hash >>> 5) & 2047]! |= 1 << (hash & 31);
    }
  }

  has(hash: number): boolean {
    return ((this.bits[(hash >>> 5) & 2047]! >>> (hash & 31)) & 1) === 1 && this.hashes.has(hash);
  }
}

export function resolveAttendance(
  attendance: ParsedAttendance,
  meetingsByKey: ReadonlyMap<string, MeetingRow> | null,
  membersByKey: ReadonlyMap<string, MemberRow> | null,
): ResolvedAttendance {
  return runSteps(resolveAttendanceSteps(attendance, meetingsByKey, membersByKey));
}

/** resolveAttendance in steps of a few thousand rows (steps.ts). */
export function* resolveAttendanceSteps(
  attendance: ParsedAttendance,
  meetingsByKey: ReadonlyMap<string, MeetingRow> | null,
  membersByKey: ReadonlyMap<string, MemberRow> | null,
): Steps<ResolvedAttendance> {
  const { columns } = attendance;
  // Unknown meetings keep their codes: two rows of the same unknown meeting and a known member
  // are still a repeated pair. A row naming an unknown member is left out for that alone
  // (workbook.md): its member needs no code.
  const meetings = yield* scaledSteps(
    resolveColumnSteps(columns.meetingId, columns.meetingHash, columns.length, meetingsByKey, true),
    0,
    0.5,
  );
  const members = yield* scaledSteps(
    resolveColumnSteps(columns.memberId, columns.memberHash, columns.length, membersByKey, false),
    0.5,
    1,
  );
  return { meetings, members };
}
