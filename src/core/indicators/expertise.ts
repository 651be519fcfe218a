import { isTechnicalSession } from '../rules/programmeMeetings';
import type { CellPart } from '../rules/cellParts';
import type { Country, Topic } from '../schema/lists';
import type { Meeting } from '../validate/records';
import type { ResolvedPeriod } from './period';
import { share } from './share';
import { byCodePoint, tallyParts } from './tallyParts';
import type { CountedPart, Expertise } from './types';
import { firstHeldFrom, OBSERVER, pillarsIn, type WorkbookIndex } from './workbookIndex';

/**
 * Topics or countries counted over the period's held meetings: `key` is the code, or for free
 * text the text as first written; sorted by meetings descending, then key.
 */
function counted<C extends string>(
  meetings: readonly Meeting[],
  partsOf: (meeting: Meeting) => readonly CellPart<C>[],
): CountedPart<C>[] {
  return [...tallyParts(meetings, partsOf).values()]
    .map(({ first, meetings: n }): CountedPart<C> =>
      first.code === null
        ? { key: first.written, custom: true, meetings: n }
        : { key: first.code, custom: false, meetings: n },
    )
    .sort((a, b) => b.meetings - a.meetings || byCodePoint(a.key, b.key));
}

/** Measure 2, technical expertise, over the held meetings dated in the period (programme.md). */
export function computeExpertise(index: WorkbookIndex, period: ResolvedPeriod, meetingsHeld: number): Expertise {
  const { attendStart, attendees, pillar } = index;
  const first = firstHeldFrom(index, period.from);
  const held = index.held.slice(first);
  let sessions = 0;
  let attendedSessions = 0;
  let pillarsSeen = 0;
  held.forEach((meeting, i) => {
    // A technical session: a workshop, or a meeting naming an expert or a country in lessons.
    if (!isTechnicalSession(meeting)) return;
    sessions++;
    const o = first + i;
    // attendedSessions = the sum over sessions of attended members (active that day, present or represented).
    attendedSessions += attendStart[o + 1]! - attendStart[o]!;
    for (let k = attendStart[o]!; k < attendStart[o + 1]!; k++) {
      const p = pillar[attendees[k]!]!;
      if (p !== OBSERVER) pillarsSeen |= 1 << p;
    }
  });
  // topics and countries: over every held meeting of the period, not only sessions.
  const topics = counted<Topic>(held, (m) => m.topics);
  const countries = counted<Country>(held, (m) => m.lessons);
  return {
    sessions,
    // sessionShare = sessions / rhythm.meetingsHeld.
    sessionShare: share(sessions, meetingsHeld),
    topics,
    topicsCovered: topics.length,
    countries,
    countriesReferenced: countries.length,
    attendedSessions,
    // pillarsReached = the four pillars with at least one member attending a session of the period.
    pillarsReached: pillarsIn(pillarsSeen),
  };
}
