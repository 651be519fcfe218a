import {
  fieldLabel,
  type CountedPart,
  type ListCode,
  type ListName,
  type ReportInitiative,
  type ReportModel,
  type ReportPart,
} from '../../../core';
import { date, int, share, text } from './reportCell';
import type { ReportText } from './reportText';
import type { SheetWriter } from './sheetWriter';

export const EXPERTISE_COLUMNS = 5;

/**
 * Expertise et liens / Expertise and links (measures 2 and 4): sessions, topics and countries;
 * the initiatives with their meetings, last meeting and the dormant ones said in words; then the
 * internal report's list of the period's technical sessions with their expert.
 */
export function writeExpertiseSheet(w: SheetWriter, model: ReportModel, x: ReportText): void {
  writeExpertise(w, model, x);
  w.gap();
  writeLinks(w, model, x);
  w.gap();
  writeSessions(w, model, x);
}

function writeExpertise(w: SheetWriter, model: ReportModel, x: ReportText): void {
  const { t, format } = x;
  const e = model.expertise;
  w.heading(format.measure(2));
  w.pair(t('expertise.sessions'), int(e.sessions));
  w.pair(t('expertise.sessionShare'), share(e.sessionShare));
  w.pair(t('expertise.attendedSessions'), int(e.attendedSessions));
  w.pair(t('expertise.pillarsReached'), int(e.pillarsReached));
  w.pair(t('expertise.topicsCovered'), int(e.topicsCovered));
  w.pair(t('expertise.countriesReferenced'), int(e.countriesReferenced));
  w.gap();

  w.heading(t('expertise.topics'));
  if (e.topics.length === 0 && e.otherTopics === null) w.note(t('expertise.noTopics'));
  else {
    w.header([t('expertise.topic'), t('expertise.meetings')]);
    for (const topic of e.topics) w.cells([text(partLabel('topic', topic, x)), int(topic.meetings)]);
    if (e.otherTopics !== null)
      w.cells([text(t('expertise.otherTopics', { count: e.otherTopics.topics })), int(e.otherTopics.meetings)]);
  }
  w.gap();

  w.heading(t('expertise.countries'));
  if (e.countries.length === 0) w.note(t('expertise.noCountries'));
  else {
    w.header([t('expertise.country'), t('expertise.meetings')]);
    for (const country of e.countries) w.cells([text(partLabel('country', country, x)), int(country.meetings)]);
  }
}

function writeLinks(w: SheetWriter, model: ReportModel, x: ReportText): void {
  const { t, format } = x;
  const l = model.links;
  w.heading(format.measure(4));
  w.pair(t('links.linkedMeetings'), int(l.linkedMeetings));
  w.pair(format.target('links'), share(l.linkedShare));
  w.pair(t('links.engaged'), int(l.engaged));
  w.pair(t('links.vpPlatformsEngaged'), int(l.vpPlatformsEngaged));
  w.gap();

  w.heading(t('links.initiatives'));
  if (!l.sheet) w.note(t('links.noSheet'));
  if (l.initiatives.length === 0) {
    w.note(t('links.none'));
    return;
  }
  w.header([
    t('links.initiative'),
    fieldLabel('kind', x.lang),
    t('links.lastMeeting'),
    t('links.meetings'),
    t('links.state'),
  ]);
  for (const i of l.initiatives) {
    w.cells([
      text(i.name),
      text(format.list('initiativeKind', i.kind)),
      date(i.lastMeeting),
      int(i.meetings),
      text(linkState(i, l.dormantDays, x)),
    ]);
  }
}

/**
 * The internal list of the period's technical sessions, last on the sheet: its header is the one
 * printed again on the pages the list runs onto. The donor report has a note instead.
 */
function writeSessions(w: SheetWriter, model: ReportModel, x: ReportText): void {
  const { t, format } = x;
  const e = model.expertise;
  if (e.sessionList === null) {
    w.note(t('expertise.donorNote'));
    return;
  }
  w.heading(t('expertise.sessionList'));
  if (e.sessionList.length === 0) {
    w.note(t('expertise.noSessions'));
    return;
  }
  w.header(
    [
      t('expertise.date'),
      t('expertise.type'),
      fieldLabel('lessons', x.lang),
      fieldLabel('expert', x.lang),
      t('expertise.topicsColumn'),
    ],
    false,
    true,
  );
  // The topics, the longest text, last: the columns before them line up with the initiatives above.
  for (const s of e.sessionList) {
    w.cells([
      date(s.date),
      text(format.list('meetingType', s.type)),
      text(partsText('country', s.countries, x)),
      text(s.expert ?? format.none),
      text(partsText('topic', s.topics, x)),
    ]);
  }
}

/** The link's state in words, never in colour alone: dormant, not in the Initiatives sheet, or active. */
function linkState(i: ReportInitiative, dormantDays: number, x: ReportText): string {
  const { t } = x;
  if (i.dormant) return i.lastMeeting === null ? t('links.dormantNever') : t('links.dormant', { days: dormantDays });
  if (!i.known) return t('links.notListed');
  return i.lastMeeting === null ? x.format.none : t('links.active');
}

type PartList = Extract<ListName, 'topic' | 'country'>;

/** A counted topic or country: its label in the report's language, or the text as first written. */
function partLabel<L extends PartList>(list: L, part: CountedPart<ListCode<L>>, x: ReportText): string {
  return part.custom ? part.key : x.format.list(list, part.key);
}

/** A session's topics or countries, each in the report's language when the list has it. */
function partsText<L extends PartList>(list: L, parts: readonly ReportPart<ListCode<L>>[], x: ReportText): string {
  if (parts.length === 0) return x.format.none;
  return parts.map((p) => (p.code === null ? p.written : x.format.list(list, p.code))).join('; ');
}
