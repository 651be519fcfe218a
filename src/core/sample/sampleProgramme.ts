import { firstDayOfMonthIndex, monthIndex, type Day } from '../workbook/day';
import type { Random } from './random';
import {
  EXPERTS,
  LESSON_COUNTRIES,
  LINKED_INITIATIVES,
  NEW_INITIATIVE,
  OTHER_COUNTRY,
  type InitiativeText,
} from './sampleProgrammeTexts';
import type {
  SampleCountry,
  SampleInitiative,
  SampleMeeting,
  SampleMeetingProgramme,
  SampleWindow,
} from './sampleTypes';

/** The support project, with its mapping, experts and links, runs over the last 21 months. */
const PROJECT_MONTHS = 21;
/** EITI DRC stops meeting the group this many days before the end: the link gone quiet. */
const QUIET_DAYS = 270;
/** The civil-society forum joins the links this many days before the end. */
const NEW_LINK_DAYS = 120;

/** The first day of the support project: the mapping starts, experts come, links multiply. */
export function projectStart(window: SampleWindow): Day {
  return firstDayOfMonthIndex(monthIndex(window.end) - PROJECT_MONTHS + 1);
}

export interface SampleProgramme {
  /** By meeting ID. */
  readonly meetings: ReadonlyMap<string, SampleMeetingProgramme>;
  readonly initiatives: readonly SampleInitiative[];
}

const NONE: SampleMeetingProgramme = { lessons: [], expert: null, initiatives: [] };

/**
 * The programme's columns of the meetings and the Initiatives sheet, drawn from their own
 * random source so the rest of the sample stays as it was. Workshops, and some meetings of the
 * support project, bring an expert with lessons from other VPs groups (each of the six
 * countries in turn); links with IDAK and the VPs platforms grow during the project, while
 * EITI DRC falls silent in the last nine months.
 */
export function sampleProgramme(
  rnd: Random,
  meetings: readonly SampleMeeting[],
  window: SampleWindow,
): SampleProgramme {
  const start = projectStart(window);
  const quiet = window.end - QUIET_DAYS;
  const newLink = window.end - NEW_LINK_DAYS;
  const countries = rnd.shuffle(LESSON_COUNTRIES);
  let nextCountry = 0;
  const lessons = (): SampleCountry[] => {
    const taken = Array.from({ length: rnd.chance(0.35) ? 2 : 1 }, () => countries[nextCountry++ % countries.length]!);
    return rnd.chance(0.1) ? [...taken, OTHER_COUNTRY] : taken;
  };
  // The four a meeting's first draw names; EITI DRC's place goes to IDAK once it has gone quiet.
  const bySlot = (slot: number, date: Day): InitiativeText =>
    LINKED_INITIATIVES[slot === 2 && date > quiet ? 0 : slot]!;
  const current = (date: Day): InitiativeText[] => [
    LINKED_INITIATIVES[0]!,
    LINKED_INITIATIVES[1]!,
    LINKED_INITIATIVES[3]!,
    ...(date >= newLink ? [NEW_INITIATIVE] : []),
  ];

  const held = meetings.filter((m) => m.status === 'held' && m.date <= window.end);
  // The last held meetings of the sample each meet one partner, so that only EITI DRC is dormant.
  const recent = new Map<string, InitiativeText>();
  const lastOnes: readonly (readonly [number, InitiativeText, Day])[] = [
    [6, LINKED_INITIATIVES[1]!, start],
    [5, NEW_INITIATIVE, newLink],
    [4, LINKED_INITIATIVES[3]!, start],
    [2, LINKED_INITIATIVES[0]!, start],
  ];
  for (const [back, initiative, from] of lastOnes) {
    const meeting = held[held.length - back];
    if (meeting && meeting.date >= from) recent.set(meeting.meetingId, initiative);
  }

  const programme = new Map<string, SampleMeetingProgramme>();
  for (const meeting of meetings) {
    const inProject = meeting.status === 'held' && meeting.date >= start && meeting.date <= window.end;
    const linked: InitiativeText[] = meeting.linkSlot === null ? [] : [bySlot(meeting.linkSlot, meeting.date)];
    if (inProject) {
      const extra = recent.get(meeting.meetingId);
      if (extra) linked.push(extra);
      // Joint meetings of the project often bring two partners; other meetings now and then report on one.
      if ((meeting.type === 'joint' && rnd.chance(0.5)) || rnd.chance(0.2))
        linked.push(rnd.pick(current(meeting.date)));
    }
    const technical = meeting.status === 'held' && (meeting.type === 'workshop' || (inProject && rnd.chance(0.3)));
    const withLessons = technical && (meeting.type === 'workshop' || rnd.chance(0.75));
    const entry: SampleMeetingProgramme = {
      lessons: withLessons ? lessons() : [],
      expert: technical ? rnd.pick(EXPERTS) : null,
      initiatives: [...new Set(linked)].map((i) => asInitiative(i, null)),
    };
    programme.set(meeting.meetingId, entry.expert || entry.initiatives.length > 0 ? entry : NONE);
  }
  return { meetings: programme, initiatives: initiativesSheet(meetings, programme, start, newLink) };
}

function asInitiative(text: InitiativeText, since: Day | null): SampleInitiative {
  return { name: text.name, kind: text.kind, province: text.province, since, contact: null };
}

const CONTACTS = ['Jacques Mukuna', 'Élodie Kanku', 'Samuel Kiza', 'Nathalie Bope', 'Victor Lunda'];

/**
 * The Initiatives sheet: the five, each linked since the first held meeting that named it (the
 * forum since it was set up; one never met since the start of the project).
 */
function initiativesSheet(
  meetings: readonly SampleMeeting[],
  programme: ReadonlyMap<string, SampleMeetingProgramme>,
  start: Day,
  newLink: Day,
): SampleInitiative[] {
  const firstMet = new Map<string, Day>();
  for (const meeting of meetings) {
    if (meeting.status !== 'held') continue;
    for (const i of programme.get(meeting.meetingId)?.initiatives ?? [])
      if (!firstMet.has(i.name.en)) firstMet.set(i.name.en, meeting.date);
  }
  return [...LINKED_INITIATIVES, NEW_INITIATIVE].map((text, n) => ({
    ...asInitiative(text, firstMet.get(text.name.en) ?? (text === NEW_INITIATIVE ? newLink : start)),
    contact: CONTACTS[n] ?? null,
  }));
}
