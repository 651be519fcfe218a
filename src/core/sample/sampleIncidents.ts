import type { FollowUp } from '../schema/lists';
import type { Day } from '../workbook/day';
import type { Random } from './random';
import { ACTOR_WEIGHTS, CATEGORY_WEIGHTS, DESCRIPTIONS, REFERRALS, SEVERITY_WEIGHTS, TERRITORIES } from './sampleTexts';
import type { SampleIncident, SampleMeeting, SampleWindow } from './sampleTypes';

/** Older incidents are mostly closed; recent ones still open or being followed up. */
function followUpFor(rnd: Random, age: number): FollowUp {
  if (age > 150)
    return rnd.weighted<FollowUp>([
      ['closed', 94],
      ['in_progress', 5],
      ['open', 1],
    ]);
  if (age > 45)
    return rnd.weighted<FollowUp>([
      ['closed', 35],
      ['in_progress', 50],
      ['open', 15],
    ]);
  return rnd.weighted<FollowUp>([
    ['open', 55],
    ['in_progress', 40],
    ['closed', 5],
  ]);
}

/**
 * About 80 incidents over the window. Most are shared at the first or second held meeting
 * after they were reported (never at one before the incident); closed ones carry a closing
 * date between the incident and the end month.
 */
export function sampleIncidents(
  rnd: Random,
  window: SampleWindow,
  meetings: readonly SampleMeeting[],
): SampleIncident[] {
  const count = rnd.int(76, 84);
  const held = meetings.filter((m) => m.status === 'held');
  const drafts = Array.from({ length: count }, () => {
    const date: Day = window.start + rnd.int(0, window.end - window.start - 3);
    const reported: Day | null = rnd.chance(0.9) ? Math.min(window.end, date + rnd.int(0, 12)) : null;
    const [territory, , sites] = rnd.weighted(TERRITORIES.map((t) => [t, t[1]] as const));
    const category = rnd.weighted(CATEGORY_WEIGHTS);
    const known = reported ?? date;
    const next = held.filter((m) => m.date >= known);
    const sharedAt = rnd.chance(0.82) ? (rnd.chance(0.8) ? next[0] : (next[1] ?? next[0])) : undefined;
    const age = window.end - date;
    const followUp = followUpFor(rnd, age);
    const closed: Day | null =
      followUp === 'closed' ? Math.min(window.end, known + rnd.int(7, Math.max(7, Math.min(age, 200)))) : null;
    return {
      date,
      reported,
      territory,
      site: rnd.chance(0.85) ? rnd.pick(sites) : null,
      category,
      actor: rnd.weighted(ACTOR_WEIGHTS),
      severity: rnd.chance(0.92) ? rnd.weighted(SEVERITY_WEIGHTS[category]) : null,
      sharedMeetingId: sharedAt?.meetingId ?? null,
      followUp,
      closed,
      referredTo: followUp !== 'open' && rnd.chance(0.6) ? rnd.pick(REFERRALS) : null,
      confidential: category === 'sexual_violence' || rnd.chance(0.1),
      description: rnd.pick(DESCRIPTIONS[category]),
    };
  });
  drafts.sort((a, b) => a.date - b.date);
  return drafts.map((d, i) => ({ incidentId: `INC-${String(i + 1).padStart(3, '0')}`, ...d }));
}
