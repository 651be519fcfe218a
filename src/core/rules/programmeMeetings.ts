/** What a meeting's programme columns say (a Meetings record, or anything shaped like it). */
interface ProgrammeColumns {
  readonly type: string;
  readonly expert: string | null;
  readonly lessons: readonly unknown[];
  readonly initiatives: readonly unknown[];
}

/**
 * A technical session (programme.md, measure 2): a workshop, or a meeting that names an expert
 * or at least one country in `lessons` (a country outside the list too). Whether it was held
 * is asked separately: planned and cancelled meetings count nowhere.
 */
export function isTechnicalSession(meeting: ProgrammeColumns): boolean {
  return meeting.type === 'workshop' || meeting.expert !== null || meeting.lessons.length > 0;
}

/** A linked meeting (programme.md, measure 4): a joint meeting, or one that names at least one initiative. */
export function isLinkedMeeting(meeting: ProgrammeColumns): boolean {
  return meeting.type === 'joint' || meeting.initiatives.length > 0;
}
