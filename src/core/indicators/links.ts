import { isLinkedMeeting } from '../rules/programmeMeetings';
import type { Initiative } from '../validate/records';
import type { Day } from '../workbook/day';
import type { ResolvedPeriod } from './period';
import { share } from './share';
import { byCodePoint, tallyParts } from './tallyParts';
import type { LinkedInitiative, Links } from './types';
import { firstHeldFrom, type WorkbookIndex } from './workbookIndex';

/**
 * Measure 4, links with other initiatives (programme.md, "Links"). An initiative is its
 * normalised name: shown as the Initiatives sheet writes it, or else as first written in the
 * period's meetings. Without an Initiatives sheet (`initiatives` null) links still come from
 * the meetings; nothing is then dormant and no initiative has a kind.
 */
export function computeLinks(
  index: WorkbookIndex,
  initiatives: readonly Initiative[] | null,
  period: ResolvedPeriod,
  meetingsHeld: number,
  dormantDays: number,
): Links {
  const { asOf } = period;
  const first = firstHeldFrom(index, period.from);
  const inPeriod = index.held.slice(first);
  // linkedMeetings = held meetings of the period that are joint or name at least one initiative.
  const linkedMeetings = inPeriod.filter(isLinkedMeeting).length;

  // lastMeeting = the date of the last held meeting naming it, dated ≤ asOf, of any period.
  const lastMeeting = new Map<string, Day>();
  for (const meeting of index.held)
    for (const part of meeting.initiatives)
      lastMeeting.set(part.key, Math.max(meeting.date, lastMeeting.get(part.key) ?? meeting.date));
  // meetings = the period's held meetings naming it (each meeting once per initiative).
  const named = tallyParts(inPeriod, (m) => m.initiatives);

  const listed: LinkedInitiative[] = [];
  const dormant: string[] = [];
  const sheetKeys = new Set<string>();
  for (const initiative of initiatives ?? []) {
    // Validation leaves repeated names out; keeping the first guards against a hand-made input.
    if (sheetKeys.has(initiative.key)) continue;
    sheetKeys.add(initiative.key);
    const last = lastMeeting.get(initiative.key) ?? null;
    listed.push({
      name: initiative.name,
      kind: initiative.kind,
      known: true,
      meetings: named.get(initiative.key)?.meetings ?? 0,
      lastMeeting: last,
    });
    // dormant = the sheet's initiatives (since blank or ≤ asOf) whose last meeting is none, or more
    // than dormantDays before asOf.
    const linkedYet = initiative.since === null || initiative.since <= asOf;
    if (linkedYet && (last === null || asOf - last > dormantDays)) dormant.push(initiative.name);
  }
  for (const [key, tally] of named) {
    if (sheetKeys.has(key)) continue;
    listed.push({
      name: tally.first.written,
      kind: null,
      known: false,
      meetings: tally.meetings,
      lastMeeting: lastMeeting.get(key) ?? null,
    });
  }
  listed.sort((a, b) => b.meetings - a.meetings || byCodePoint(a.name, b.name));
  dormant.sort(byCodePoint);
  const engaged = listed.filter((i) => i.meetings >= 1);
  return {
    linkedMeetings,
    // linkedShare = linkedMeetings / rhythm.meetingsHeld.
    linkedShare: share(linkedMeetings, meetingsHeld),
    initiatives: listed,
    // engaged = initiatives with at least one meeting in the period; vpPlatformsEngaged = those of kind vp_platform.
    engaged: engaged.length,
    vpPlatformsEngaged: engaged.filter((i) => i.kind === 'vp_platform').length,
    dormant,
  };
}
