import type { Lang } from '../i18n/i18n';
import { listLabel } from '../schema/lists';
import { ATTENDANCE, INCIDENTS, INITIATIVES, MEETINGS, MEMBERS, STAKEHOLDERS } from '../schema/sheets';
import { dayToDate, lastDayOfMonthIndex, firstDayOfMonthIndex, type Day } from '../workbook/day';
import type { RawCell } from '../workbook/rawWorkbook';
import { planColumns, planRow } from '../template/sheetPlan';
import type { WorkbookPlan } from '../template/sheetPlan';
import { buildWorkbookPlan } from '../template/templatePlan';
import { createRandom } from './random';
import { sampleAttendance } from './sampleAttendance';
import { sampleIncidents } from './sampleIncidents';
import { sampleMeetings } from './sampleMeetings';
import { sampleMembers } from './sampleMembers';
import { sampleProgramme } from './sampleProgramme';
import { sampleStakeholders } from './sampleStakeholders';
import type { SampleCountry, SampleTopic, SampleWindow, Text } from './sampleTypes';

export interface SampleOptions {
  /** Any whole number from 0 to 4294967295; the same seed gives the same workbook. */
  readonly seed?: number;
  readonly lang: Lang;
  /** The last month the sample covers (36 months end with it); nothing held is dated after it. */
  readonly end?: { readonly year: number; readonly month: number };
}

export const DEFAULT_SAMPLE_SEED = 2025;
/** A fixed month, so that the default sample is the same file on every run, whatever the date. */
export const DEFAULT_SAMPLE_END = { year: 2025, month: 9 } as const;
export const SAMPLE_MONTHS = 36;

/** A seed the random source takes as it is: a whole number that fits in 32 bits. */
export function isSampleSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff;
}

/**
 * An end month the sample can cover: its 36 months start after 1900 (whose early serials
 * Excel gets wrong) and its planned meetings stay before Excel's last date, 9999-12-31.
 */
export function isSampleEnd(end: { readonly year: number; readonly month: number }): boolean {
  return (
    Number.isInteger(end.year) &&
    Number.isInteger(end.month) &&
    end.month >= 1 &&
    end.month <= 12 &&
    end.year >= 1904 &&
    end.year <= 9997
  );
}

const GROUP_NAME: Text = { fr: 'Groupe de travail PV Katanga', en: 'Katanga VPs Working Group' };

function sampleWindow(end: { readonly year: number; readonly month: number }): SampleWindow {
  const endIdx = end.year * 12 + end.month - 1;
  return { start: firstDayOfMonthIndex(endIdx - SAMPLE_MONTHS + 1), end: lastDayOfMonthIndex(endIdx) };
}

const date = (day: Day | null): Date | null => (day === null ? null : dayToDate(day));

/**
 * The programme's columns and sheets draw from a source of their own, seeded from the same seed:
 * the members, meetings, attendance and incidents stay what they were before those columns came.
 */
const PROGRAMME_SEED_MIX = 0x9e3779b9;

/**
 * The built-in sample: the Lubumbashi working group over 36 months ending with `end`, as a
 * plan every writer can lay out. Entirely invented and reproducible from its seed: the
 * random source is drawn in the same order whatever the language, so French and English
 * tell the same story.
 */
export function generateSample(options: SampleOptions): WorkbookPlan {
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  const end = options.end ?? DEFAULT_SAMPLE_END;
  if (!isSampleSeed(seed)) throw new RangeError(`seed out of range: ${seed}`);
  if (!isSampleEnd(end)) throw new RangeError(`end month out of range: ${end.year}-${end.month}`);
  const lang = options.lang;
  const text = (t: Text | null): string | null => (t === null ? null : t[lang]);
  const rnd = createRandom(seed);
  const window = sampleWindow(end);
  const members = sampleMembers(rnd, window);
  const meetings = sampleMeetings(rnd, window);
  const attendance = sampleAttendance(rnd, meetings, members);
  const incidents = sampleIncidents(rnd, window, meetings);
  const programmeRnd = createRandom((seed ^ PROGRAMME_SEED_MIX) >>> 0);
  const programme = sampleProgramme(programmeRnd, meetings, window);
  const stakeholders = sampleStakeholders(programmeRnd, members, window);
  const joined = (parts: readonly (SampleTopic | SampleCountry)[], list: 'topic' | 'country') =>
    parts.map((p) => ('code' in p ? listLabel(list, p.code, lang) : p.text[lang])).join('; ');

  const rows = <T>(
    spec: Parameters<typeof planColumns>[0],
    items: readonly T[],
    cells: (item: T) => Record<string, RawCell>,
  ) => {
    const columns = planColumns(spec, lang);
    return items.map((item) => planRow(columns, cells(item)));
  };
  return buildWorkbookPlan(
    lang,
    {
      members: rows(MEMBERS, members, (m) => ({
        memberId: m.memberId,
        name: m.name,
        organisation: text(m.organisation),
        pillar: listLabel('pillar', m.pillar, lang),
        gender: m.gender === null ? null : listLabel('gender', m.gender, lang),
        role: text(m.role),
        email: m.email,
        phone: m.phone,
        joined: date(m.joined),
        left: date(m.left),
      })),
      meetings: rows(MEETINGS, meetings, (m) => {
        const p = programme.meetings.get(m.meetingId);
        return {
          meetingId: m.meetingId,
          date: date(m.date),
          type: listLabel('meetingType', m.type, lang),
          status: listLabel('meetingStatus', m.status, lang),
          location: m.location,
          topics: joined(m.topics, 'topic'),
          lessons: p && p.lessons.length > 0 ? joined(p.lessons, 'country') : null,
          expert: p?.expert ?? null,
          initiative: p && p.initiatives.length > 0 ? p.initiatives.map((i) => i.name[lang]).join('; ') : null,
        };
      }),
      attendance: rows(ATTENDANCE, attendance, (a) => ({
        meetingId: a.meetingId,
        memberId: a.memberId,
        attendance: listLabel('attendance', a.attendance, lang),
        delegate: a.delegate,
      })),
      incidents: rows(INCIDENTS, incidents, (i) => ({
        incidentId: i.incidentId,
        date: date(i.date),
        reported: date(i.reported),
        territory: i.territory,
        site: i.site,
        category: listLabel('incidentCategory', i.category, lang),
        actor: listLabel('actor', i.actor, lang),
        severity: i.severity === null ? null : listLabel('severity', i.severity, lang),
        sharedMeetingId: i.sharedMeetingId,
        followUp: listLabel('followUp', i.followUp, lang),
        closed: date(i.closed),
        referredTo: text(i.referredTo),
        confidential: listLabel('boolean', i.confidential ? 'yes' : 'no', lang),
        description: text(i.description),
      })),
      stakeholders: rows(STAKEHOLDERS, stakeholders, (s) => ({
        stakeholderId: s.stakeholderId,
        organisation: text(s.organisation),
        pillar: listLabel('pillar', s.pillar, lang),
        contact: s.contact,
        role: text(s.role),
        influence: listLabel('influence', s.influence, lang),
        territory: s.territory,
        identified: date(s.identified),
        contacted: date(s.contacted),
        invited: date(s.invited),
        declined: date(s.declined),
        memberId: s.memberId,
        notes: null,
      })),
      initiatives: rows(INITIATIVES, programme.initiatives, (i) => ({
        name: text(i.name),
        kind: listLabel('initiativeKind', i.kind, lang),
        province: text(i.province),
        since: date(i.since),
        contact: i.contact,
        notes: null,
      })),
    },
    { groupName: GROUP_NAME[lang] },
  );
}
