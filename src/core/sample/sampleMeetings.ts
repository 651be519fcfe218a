import type { MeetingStatus, MeetingType } from '../schema/lists';
import { firstDayOfMonthIndex, lastDayOfMonthIndex, monthIndex, type Day } from '../workbook/day';
import type { Random } from './random';
import { MEETING_PLACES, SAMPLE_TOPICS } from './sampleTexts';
import type { SampleMeeting, SampleTopic, SampleWindow } from './sampleTypes';

type MeetingDraft = Omit<SampleMeeting, 'meetingId'>;

/** Moves a day forward to the next Tuesday, Wednesday or Thursday (meetings are mid-week). */
function midWeek(rnd: Random, day: Day): Day {
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  const target = rnd.int(2, 4);
  return day + ((target - weekday + 7) % 7);
}

/** A mid-week day between `from` and `from + spread` days, kept inside its month. */
function dayInMonth(rnd: Random, monthIdx: number, from: number, spread: number): Day {
  const day = midWeek(rnd, firstDayOfMonthIndex(monthIdx) + from + rnd.int(0, spread));
  return day > lastDayOfMonthIndex(monthIdx) ? day - 7 : day;
}

function topics(rnd: Random, first?: SampleTopic): SampleTopic[] {
  const picked = rnd.shuffle(SAMPLE_TOPICS).slice(0, rnd.int(2, 3));
  if (!first) return picked;
  return [first, ...picked.filter((t) => t !== first)].slice(0, 3);
}

/** `count` distinct month offsets drawn from [from, to], none of them in `taken`. */
function distinctMonths(rnd: Random, count: number, from: number, to: number, taken: ReadonlySet<number>): number[] {
  const choices = rnd.shuffle(Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((m) => !taken.has(m)));
  return choices.slice(0, count);
}

/**
 * About three years of monthly meetings: a couple of months skipped (one a December), a few
 * cancellations (one rescheduled later that month), some workshops and extraordinary
 * meetings, joint meetings with other initiatives, and two planned after the end month.
 */
export function sampleMeetings(rnd: Random, window: SampleWindow): SampleMeeting[] {
  const first = monthIndex(window.start);
  const last = monthIndex(window.end);
  const months = last - first + 1;
  // Gaps stay out of the last four months, so the latest quarter (the one a demo shows)
  // keeps its monthly rhythm.
  const lastGap = months - 5;
  const decembers = Array.from({ length: months }, (_, i) => i).filter(
    (i) => (first + i) % 12 === 11 && i >= 2 && i <= lastGap,
  );
  const skipped = new Set<number>([rnd.pick(decembers)]);
  for (const m of distinctMonths(rnd, 1, 2, lastGap, skipped)) skipped.add(m);
  const cancelled = distinctMonths(rnd, 3, 1, lastGap, skipped);
  const joint = new Set(distinctMonths(rnd, 4, 0, months - 2, new Set([...skipped, ...cancelled])));
  const incidentSharing = SAMPLE_TOPICS[0];

  const drafts: MeetingDraft[] = [];
  const ordinary = (date: Day, status: MeetingStatus, type: MeetingType = 'ordinary'): MeetingDraft => ({
    date,
    type,
    status,
    location: type === 'joint' ? rnd.pick(['Kolwezi', 'Lubumbashi']) : rnd.weighted(MEETING_PLACES),
    topics: topics(rnd, rnd.chance(0.6) ? incidentSharing : undefined),
    // Which of four initiatives is settled later, with the dates (sampleProgramme.ts).
    linkSlot: type === 'joint' ? rnd.int(0, 3) : rnd.chance(0.12) ? rnd.int(0, 3) : null,
  });
  for (let i = 0; i < months; i++) {
    if (skipped.has(i)) continue;
    const date = dayInMonth(rnd, first + i, 9, 11);
    if (cancelled.includes(i)) {
      drafts.push(ordinary(date, 'cancelled'));
      // The first cancellation is made up a week or so later, when the month allows it.
      const again = date + rnd.int(7, 10);
      if (i === cancelled[0] && again <= lastDayOfMonthIndex(first + i) && again <= window.end)
        drafts.push(ordinary(again, 'held'));
      continue;
    }
    drafts.push(ordinary(date, 'held', joint.has(i) ? 'joint' : 'ordinary'));
  }
  // Workshops early in a month, extraordinary meetings late in one (after a serious incident).
  for (const i of distinctMonths(rnd, 3, 1, months - 2, skipped)) {
    drafts.push({
      date: dayInMonth(rnd, first + i, 0, 4),
      type: 'workshop',
      status: 'held',
      location: rnd.pick(['Lubumbashi', 'Likasi', 'Kolwezi']),
      topics: [
        rnd.pick(
          [SAMPLE_TOPICS[2], SAMPLE_TOPICS[3], SAMPLE_TOPICS[4], SAMPLE_TOPICS[10]].filter(
            (t): t is SampleTopic => t !== undefined,
          ),
        ),
      ],
      linkSlot: null,
    });
  }
  for (const i of distinctMonths(rnd, 2, 2, months - 2, skipped)) {
    drafts.push({ ...ordinary(dayInMonth(rnd, first + i, 23, 3), 'held'), type: 'extraordinary' });
  }
  for (const ahead of [1, 2]) drafts.push(ordinary(dayInMonth(rnd, last + ahead, 9, 11), 'planned'));

  // Two meetings on one day would read as a typing error: keep the first of each day.
  const byDay = new Map<Day, MeetingDraft>();
  for (const d of drafts) if (!byDay.has(d.date)) byDay.set(d.date, d);
  return [...byDay.values()]
    .sort((a, b) => a.date - b.date)
    .map((d, i) => ({ meetingId: `MTG-${String(i + 1).padStart(3, '0')}`, ...d }));
}
