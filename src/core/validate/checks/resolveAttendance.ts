import { idKey } from '../../workbook/normalise';
import type { ATTENDANCE, MEETINGS, MEMBERS } from '../../schema/sheets';
import type { ParsedRow, ParsedSheet } from '../parseSheet';

/** An ID as an Attendance cell writes it, resolved once per spelling. */
export interface Ref<R> {
  /** The ID as compared (idKey). */
  readonly key: string;
  /** A small number per key, 0, 1, 2… in order of first appearance. */
  readonly code: number;
  /** The referenced sheet's first row with this key; undefined when it has none. */
  readonly target: R | undefined;
}

type MeetingRow = ParsedRow<typeof MEETINGS>;
type MemberRow = ParsedRow<typeof MEMBERS>;

/**
 * The meeting and member of every Attendance row (null where the cell is blank or unreadable),
 * each spelling looked up once: Attendance repeats a few thousand IDs a million times, and one
 * key string per ID (not one per cell) is what keeps a million records small.
 */
export interface ResolvedAttendance {
  readonly meetings: readonly (Ref<MeetingRow> | null)[];
  readonly members: readonly (Ref<MemberRow> | null)[];
  /** How many distinct meeting keys and member keys the sheet names. */
  readonly meetingKeys: number;
  readonly memberKeys: number;
  /** Whether the Meetings and Members sheets are usable: without one, its references are not checked. */
  readonly meetingsChecked: boolean;
  readonly membersChecked: boolean;
}

function resolver<R>(byKey: ReadonlyMap<string, R> | null) {
  const bySpelling = new Map<string, Ref<R>>();
  const codes = new Map<string, number>();
  return {
    resolve(id: string | null): Ref<R> | null {
      if (id === null) return null;
      let ref = bySpelling.get(id);
      if (ref === undefined) {
        const key = idKey(id);
        let code = codes.get(key);
        if (code === undefined) codes.set(key, (code = codes.size));
        ref = { key, code, target: byKey?.get(key) };
        bySpelling.set(id, ref);
      }
      return ref;
    },
    keys: () => codes.size,
  };
}

export function resolveAttendance(
  attendance: ParsedSheet<typeof ATTENDANCE>,
  meetingsByKey: ReadonlyMap<string, MeetingRow> | null,
  membersByKey: ReadonlyMap<string, MemberRow> | null,
): ResolvedAttendance {
  const meeting = resolver(meetingsByKey);
  const member = resolver(membersByKey);
  const n = attendance.rows.length;
  const meetings = new Array<Ref<MeetingRow> | null>(n);
  const members = new Array<Ref<MemberRow> | null>(n);
  for (let i = 0; i < n; i++) {
    const row = attendance.rows[i]!;
    meetings[i] = meeting.resolve(row.meetingId);
    members[i] = member.resolve(row.memberId);
  }
  return {
    meetings,
    members,
    meetingKeys: meeting.keys(),
    memberKeys: member.keys(),
    meetingsChecked: meetingsByKey !== null,
    membersChecked: membersByKey !== null,
  };
}
