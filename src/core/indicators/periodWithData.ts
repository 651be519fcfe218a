import type { Day } from '../workbook/day';
import type { Meeting } from '../validate/records';
import { quarterOf } from './period';

/** The quarter a dashboard opens on, with what a door needs to say why. */
export interface QuarterWithData {
  /** The quarter to show: the running one, or the latest quarter with a held meeting when the running one has none. */
  readonly quarter: string;
  /** The quarter holding today. */
  readonly running: string;
  /** The date of the latest held meeting (status held, dated ≤ today); null when none was ever held. */
  readonly latestMeeting: Day | null;
}

/**
 * The period that has data: the running quarter when a meeting was held in it so far, else the
 * latest quarter with a held meeting (a secretariat opening last year's workbook sees last
 * year's figures, not "no meeting held" everywhere). Planned and cancelled meetings, and
 * meetings dated after today, hold no data; with no held meeting at all, the running quarter.
 * `today` comes from the door: the core never reads the clock.
 */
export function quarterWithData(meetings: readonly Pick<Meeting, 'date' | 'status'>[], today: Day): QuarterWithData {
  let latest: Day | null = null;
  for (const m of meetings)
    if (m.status === 'held' && m.date <= today && (latest === null || m.date > latest)) latest = m.date;
  const running = quarterOf(today);
  return { quarter: latest === null ? running : quarterOf(latest), running, latestMeeting: latest };
}
