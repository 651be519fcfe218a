import { idKey } from '../../workbook/normalise';
import type { ATTENDANCE, MEETINGS, MEMBERS } from '../../schema/sheets';
import type { ParsedRow, ParsedSheet } from '../parseSheet';
import { ITEMS_PER_STEP, runSteps, scaledSteps, type Steps } from '../steps';

/**
 * One column of Attendance IDs as resolved: per row a small number (a code) standing for the
 * ID's key, and per code the key and the referenced row. Numbers in a typed array rather than
 * an object per row: a million rows cost 4 MB here, and one key string per distinct ID.
 */
export interface ResolvedIds<R> {
  /** Per Attendance row (by index in its rows), the code of its ID; -1 where the cell is blank or unreadable. */
  readonly codes: Int32Array;
  /** Per code (0, 1, 2… in order of first appearance), the ID as compared (idKey). */
  readonly keys: readonly string[];
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

/** The referenced row of a row's ID, or undefined (blank, unknown, or its sheet not checked). */
export function targetAt<R>(ids: ResolvedIds<R>, i: number): R | undefined {
  const code = ids.codes[i]!;
  return code < 0 ? undefined : ids.targets[code];
}

/**
 * How many spellings other than the key itself (`M014` for `m014`) are remembered: Attendance
 * repeats a few thousand IDs a million times, each spelling then costs one lookup; a sheet of a
 * million distinct IDs costs one key each, not a key and a spelling.
 */
const SPELLINGS_REMEMBERED = 65_536;

type AttendanceRow = ParsedRow<typeof ATTENDANCE>;

function* resolveColumnSteps<R>(
  rows: readonly AttendanceRow[],
  idOf: (row: AttendanceRow) => string | null,
  byKey: ReadonlyMap<string, R> | null,
): Steps<ResolvedIds<R>> {
  // Keys and remembered spellings share one map: idKey(idKey(x)) is idKey(x), so a key found
  // as a spelling gives the right code.
  const codeOf = new Map<string, number>();
  const keys: string[] = [];
  const targets: (R | undefined)[] = [];
  const codes = new Int32Array(rows.length);
  let spellings = 0;
  for (let i = 0; i < rows.length; i++) {
    if (i % ITEMS_PER_STEP === 0 && i > 0) yield i / rows.length;
    const id = idOf(rows[i]!);
    if (id === null) {
      codes[i] = -1;
      continue;
    }
    // A remembered spelling (or a key written as such) is one lookup; once the spellings are
    // all remembered, a new one costs its key and one lookup.
    let code = spellings < SPELLINGS_REMEMBERED ? codeOf.get(id) : undefined;
    if (code === undefined) {
      const key = idKey(id);
      if (key !== id || spellings >= SPELLINGS_REMEMBERED) code = codeOf.get(key);
      if (code === undefined) {
        code = keys.length;
        keys.push(key);
        if (byKey) targets.push(byKey.get(key));
        codeOf.set(key, code);
      }
      if (key !== id && spellings < SPELLINGS_REMEMBERED) {
        codeOf.set(id, code);
        spellings++;
      }
    }
    codes[i] = code;
  }
  return { codes, keys, targets, checked: byKey !== null };
}

export function resolveAttendance(
  attendance: ParsedSheet<typeof ATTENDANCE>,
  meetingsByKey: ReadonlyMap<string, MeetingRow> | null,
  membersByKey: ReadonlyMap<string, MemberRow> | null,
): ResolvedAttendance {
  return runSteps(resolveAttendanceSteps(attendance, meetingsByKey, membersByKey));
}

/** resolveAttendance in steps of a few thousand rows (steps.ts). */
export function* resolveAttendanceSteps(
  attendance: ParsedSheet<typeof ATTENDANCE>,
  meetingsByKey: ReadonlyMap<string, MeetingRow> | null,
  membersByKey: ReadonlyMap<string, MemberRow> | null,
): Steps<ResolvedAttendance> {
  const rows = attendance.rows;
  const meetings = yield* scaledSteps(
    resolveColumnSteps(rows, (r) => r.meetingId, meetingsByKey),
    0,
    0.5,
  );
  const members = yield* scaledSteps(
    resolveColumnSteps(rows, (r) => r.memberId, membersByKey),
    0.5,
    1,
  );
  return { meetings, members };
}
