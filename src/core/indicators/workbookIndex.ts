import { PILLARS_AND_OBSERVER, type PillarOrObserver } from '../schema/lists';
import type { Day } from '../workbook/day';
import { isActiveOn } from '../rules/activeOn';
import type { Meeting, Member, ValidatedWorkbook } from '../validate/records';
import { ITEMS_PER_STEP, runSteps, type Steps } from '../validate/steps';

/** `left` of a member who has not left: later than any day. */
export const NEVER: Day = 2_147_483_647;

const PILLAR_INDEX: ReadonlyMap<PillarOrObserver, number> = new Map(PILLARS_AND_OBSERVER.map((p, i) => [p, i]));
/** Index of a pillar in PILLARS_AND_OBSERVER (observer last, at 4). */
export const OBSERVER = 4;

/**
 * The validated records arranged once for every indicator, so that each figure is a walk over
 * small arrays instead of a scan of attendance per meeting: building it is linear in rows.
 *
 * - members: the valid members, in sheet order; `joined`, `left`, `pillar` (index in
 *   PILLARS_AND_OBSERVER) and `female` (1 F, 0 other gender, -1 blank) side by side.
 * - held: held meetings dated ≤ asOf (planned and cancelled ones count nowhere), by date then
 *   sheet row; a meeting's *ordinal* is its place in this list.
 * - attendees of held meeting `o`: `attendees[attendStart[o] .. attendStart[o + 1])`, the
 *   members who attended it (present or represented) and were active on its date, each once.
 * - attended meetings of member `u`: `memberMeetings[memberStart[u] .. memberStart[u + 1])`,
 *   the same pairs by member, ordinals ascending.
 */
export interface WorkbookIndex {
  readonly members: readonly Member[];
  /** A member's place in `members` by its ID key. */
  readonly memberByKey: ReadonlyMap<string, number>;
  readonly joined: Int32Array;
  readonly left: Int32Array;
  readonly pillar: Uint8Array;
  readonly female: Int8Array;
  readonly held: readonly Meeting[];
  readonly heldDate: Int32Array;
  readonly heldByKey: ReadonlyMap<string, number>;
  readonly attendStart: Int32Array;
  readonly attendees: Int32Array;
  readonly memberStart: Int32Array;
  readonly memberMeetings: Int32Array;
}

/** Whether member `u` was active on day d (isActiveOn; `left` holds NEVER for a member who has not left). */
export function isActive(index: WorkbookIndex, u: number, d: Day): boolean {
  return isActiveOn(index.joined[u]!, index.left[u]!, d);
}

/** The place in `held` of the first held meeting dated on or after `from` (held meetings are all ≤ asOf). */
export function firstHeldFrom(index: WorkbookIndex, from: Day): number {
  let first = 0;
  while (first < index.heldDate.length && index.heldDate[first]! < from) first++;
  return first;
}

/** How many of the four pillars a mask of `1 << pillar index` bits holds (the observer's bit aside). */
export function pillarsIn(mask: number): number {
  return (mask & 1) + ((mask >> 1) & 1) + ((mask >> 2) & 1) + ((mask >> 3) & 1);
}

function indexMembers(members: readonly Member[]) {
  const n = members.length;
  const joined = new Int32Array(n);
  const left = new Int32Array(n);
  const pillar = new Uint8Array(n);
  const female = new Int8Array(n);
  const byKey = new Map<string, number>();
  members.forEach((m, u) => {
    joined[u] = m.joined;
    // A left date before joined is a validation error; clamping keeps "never active" consistent.
    left[u] = m.left === null ? NEVER : Math.max(m.left, m.joined);
    pillar[u] = PILLAR_INDEX.get(m.pillar) ?? OBSERVER;
    female[u] = m.gender === null ? -1 : m.gender === 'F' ? 1 : 0;
    // Validation leaves repeated IDs out; keeping the first guards against a hand-made input.
    if (!byKey.has(m.memberKey)) byKey.set(m.memberKey, u);
  });
  return { joined, left, pillar, female, byKey };
}

function heldMeetings(meetings: readonly Meeting[], asOf: Day) {
  const held = meetings
    .filter((m) => m.status === 'held' && m.date <= asOf)
    .sort((a, b) => a.date - b.date || a.row - b.row);
  const byKey = new Map<string, number>();
  held.forEach((m, o) => {
    if (!byKey.has(m.meetingKey)) byKey.set(m.meetingKey, o);
  });
  return { held, heldDate: Int32Array.from(held, (m) => m.date), byKey };
}

/** Counting sort of (key, value) pairs by key: `start` has keys + 1 offsets into `values`. */
function groupBy(keys: Int32Array, values: Int32Array, length: number, keyCount: number) {
  const start = new Int32Array(keyCount + 1);
  for (let k = 0; k < length; k++) start[keys[k]! + 1]!++;
  for (let o = 0; o < keyCount; o++) start[o + 1]! += start[o]!;
  const next = start.slice(0, keyCount);
  const grouped = new Int32Array(length);
  for (let k = 0; k < length; k++) grouped[next[keys[k]!]!++] = values[k]!;
  return { start, grouped };
}

export function indexWorkbook(validated: ValidatedWorkbook, asOf: Day): WorkbookIndex {
  return runSteps(indexWorkbookSteps(validated, asOf));
}

/** indexWorkbook in steps (the pass over attendance pauses every few thousand rows; steps.ts). */
export function* indexWorkbookSteps(validated: ValidatedWorkbook, asOf: Day): Steps<WorkbookIndex> {
  const members = validated.members;
  const { joined, left, pillar, female, byKey: memberByKey } = indexMembers(members);
  const { held, heldDate, byKey: heldByKey } = heldMeetings(validated.meetings, asOf);

  // One pass over attendance: keep (meeting, member) pairs that count. Rows usually come grouped
  // by meeting, so the last lookup is reused.
  const rows = validated.attendance;
  const pairMeeting = new Int32Array(rows.length);
  const pairMember = new Int32Array(rows.length);
  let pairs = 0;
  let lastKey: string | null = null;
  let lastOrdinal: number | undefined;
  for (let i = 0; i < rows.length; i++) {
    if (i % ITEMS_PER_STEP === 0 && i > 0) yield (0.8 * i) / rows.length;
    const row = rows[i]!;
    if (row.attendance !== 'present' && row.attendance !== 'represented') continue;
    if (row.meetingKey !== lastKey) {
      lastKey = row.meetingKey;
      lastOrdinal = heldByKey.get(lastKey);
    }
    if (lastOrdinal === undefined) continue;
    const u = memberByKey.get(row.memberKey);
    if (u === undefined) continue;
    const d = heldDate[lastOrdinal]!;
    if (!isActiveOn(joined[u]!, left[u]!, d)) continue; // not active that day: counts nowhere
    pairMeeting[pairs] = lastOrdinal;
    pairMember[pairs] = u;
    pairs++;
  }

  yield 0.8;
  const byMeeting = groupBy(pairMeeting, pairMember, pairs, held.length);
  // Drop repeats of a (meeting, member) pair, which validation already reports as errors.
  const seenAt = new Int32Array(members.length).fill(-1);
  const attendStart = new Int32Array(held.length + 1);
  const attendees = new Int32Array(pairs);
  let kept = 0;
  for (let o = 0; o < held.length; o++) {
    attendStart[o] = kept;
    for (let k = byMeeting.start[o]!; k < byMeeting.start[o + 1]!; k++) {
      const u = byMeeting.grouped[k]!;
      if (seenAt[u] === o) continue;
      seenAt[u] = o;
      attendees[kept] = u;
      pairMeeting[kept] = o;
      kept++;
    }
  }
  attendStart[held.length] = kept;

  yield 0.9;
  // Grouping the meeting-ordered pairs by member keeps each member's ordinals ascending.
  const byMember = groupBy(attendees, pairMeeting, kept, members.length);
  return {
    members,
    memberByKey,
    joined,
    left,
    pillar,
    female,
    held,
    heldDate,
    heldByKey,
    attendStart,
    attendees: attendees.subarray(0, kept),
    memberStart: byMember.start,
    memberMeetings: byMember.grouped,
  };
}
