import type { ATTENDANCE, MEETINGS, MEMBERS } from '../../schema/sheets';
import type { ParsedRow, ParsedSheet } from '../parseSheet';
import { IdCodes } from './idCodes';
import { ITEMS_PER_STEP, runSteps, scaledSteps, type Steps } from '../steps';

/**
 * One column of Attendance IDs as resolved: per row a small number (a code) standing for the
 * ID's key, and per code the referenced row. Numbers in typed arrays rather than an object or a
 * string per row: a million rows cost 4 MB here, and no key string is made unless asked for.
 */
export interface ResolvedIds<R> {
  /** Per Attendance row (by index in its rows), the code of its ID; -1 where the cell is blank or unreadable. */
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

type AttendanceRow = ParsedRow<typeof ATTENDANCE>;

function* resolveColumnSteps<R>(
  rows: readonly AttendanceRow[],
  idOf: (row: AttendanceRow) => string | null,
  byKey: ReadonlyMap<string, R> | null,
): Steps<ResolvedIds<R>> {
  const distinct = new IdCodes((i) => idOf(rows[i]!)!, rows.length);
  const targets: (R | undefined)[] = [];
  const codes = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    if (i % ITEMS_PER_STEP === 0 && i > 0) yield i / rows.length;
    const id = idOf(rows[i]!);
    if (id === null) {
      codes[i] = -1;
      continue;
    }
    const code = distinct.codeOf(id, i);
    // A new ID: its referenced row, looked up by its key (made only when there is a sheet to look in).
    if (byKey && code === targets.length) targets.push(byKey.get(distinct.key(code)));
    codes[i] = code;
  }
  return { codes, distinct, targets, checked: byKey !== null };
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
