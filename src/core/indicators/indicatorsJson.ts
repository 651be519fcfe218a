import { ACTORS, INCIDENT_CATEGORIES, PILLARS_AND_OBSERVER, type PillarOrObserver } from '../schema/lists';
import { STAKEHOLDER_STAGES } from '../rules/stakeholderStage';
import type { Settings } from '../schema/settings';
import { EXCLUDED_SHEETS, type ExcludedRows } from '../validate/records';
import { dayToIso } from '../workbook/day';
import type {
  CountedPart,
  Engagement,
  EngagementClasses,
  Expertise,
  IncidentFigures,
  Indicators,
  Links,
  Membership,
  Outreach,
  OutreachPillar,
  Participation,
  RateCell,
  Rhythm,
  Target,
  TargetKey,
} from './types';
import { TARGET_KEYS } from './types';

/**
 * The JSON form of indicators.md, what `vpwg indicators --json` prints: dates as `YYYY-MM-DD`,
 * the period by its label (no kind), keys in the spec's order. Written here only.
 */
export interface IndicatorsJson {
  readonly period: {
    readonly from: string;
    readonly to: string;
    readonly asOf: string;
    readonly label: string | null;
  };
  readonly settings: Settings;
  readonly rhythm: Rhythm;
  readonly participation: {
    readonly meetings: readonly {
      readonly meetingId: string;
      readonly date: string;
      readonly expected: number;
      readonly attended: number;
      readonly rate: number | null;
      readonly pillarsPresent: number;
    }[];
    readonly averageRate: number | null;
    readonly fullPillarShare: number | null;
    readonly byPillar: Readonly<Record<PillarOrObserver, RateCell>>;
    readonly womenShare: number | null;
  };
  readonly engagement: Engagement;
  readonly membership: Membership;
  readonly incidents: IncidentFigures | null;
  readonly outreach: Outreach | null;
  readonly expertise: Expertise;
  readonly links: Omit<Links, 'initiatives'> & {
    readonly initiatives: readonly (Omit<Links['initiatives'][number], 'lastMeeting'> & {
      readonly lastMeeting: string | null;
    })[];
  };
  readonly targets: Readonly<Record<TargetKey, Target>>;
  readonly excludedRows: ExcludedRows;
}

/**
 * `record`'s values under `keys`, in `keys`' order (the spec's), each through `copy`: whatever
 * order the engine built them in, and nothing a door's field could add.
 */
function ordered<K extends string, V, W = V>(
  keys: readonly K[],
  record: Readonly<Record<K, V>>,
  copy: (value: V) => W = (value) => value as unknown as W,
): Record<K, W> {
  return Object.fromEntries(keys.map((k) => [k, copy(record[k])])) as Record<K, W>;
}

const CLASSES: readonly (keyof EngagementClasses)[] = ['regular', 'occasional', 'inactive', 'new'];

function rhythmJson(r: Rhythm): Rhythm {
  return {
    meetingsHeld: r.meetingsHeld,
    meetingsExpected: r.meetingsExpected,
    monthsInPeriod: r.monthsInPeriod,
    monthsWithMeeting: r.monthsWithMeeting,
    longestGapDays: r.longestGapDays,
    daysSinceLastMeeting: r.daysSinceLastMeeting,
    monthStreak: r.monthStreak,
  };
}

function participationJson(p: Participation): IndicatorsJson['participation'] {
  return {
    meetings: p.meetings.map((m) => ({
      meetingId: m.meetingId,
      date: dayToIso(m.date),
      expected: m.expected,
      attended: m.attended,
      rate: m.rate,
      pillarsPresent: m.pillarsPresent,
    })),
    averageRate: p.averageRate,
    fullPillarShare: p.fullPillarShare,
    byPillar: ordered(PILLARS_AND_OBSERVER, p.byPillar, (c): RateCell => ({
      expected: c.expected,
      attended: c.attended,
      rate: c.rate,
    })),
    womenShare: p.womenShare,
  };
}

function engagementJson(e: Engagement): Engagement {
  return {
    regular: e.regular,
    occasional: e.occasional,
    inactive: e.inactive,
    new: e.new,
    regularShare: e.regularShare,
    atRisk: [...e.atRisk],
    byPillar: ordered(PILLARS_AND_OBSERVER, e.byPillar, (c) => ordered(CLASSES, c)),
    retention: e.retention,
  };
}

function membershipJson(m: Membership): Membership {
  return {
    active: m.active,
    byPillar: ordered(PILLARS_AND_OBSERVER, m.byPillar),
    pillarsAtMinimum: m.pillarsAtMinimum,
    smallestPillarShare: m.smallestPillarShare,
    joined: m.joined,
    left: m.left,
    organisations: m.organisations,
    womenShare: m.womenShare,
  };
}

function incidentsJson(i: IncidentFigures | null): IncidentFigures | null {
  if (i === null) return null;
  return {
    recorded: i.recorded,
    byCategory: ordered(INCIDENT_CATEGORIES, i.byCategory),
    byActor: ordered(ACTORS, i.byActor),
    publicSecurity: i.publicSecurity,
    sharedShare: i.sharedShare,
    closedShare: i.closedShare,
    medianDaysToShare: i.medianDaysToShare,
    medianDaysToClose: i.medianDaysToClose,
    overdue: i.overdue,
  };
}

const OUTREACH_CELLS: readonly (keyof OutreachPillar)[] = ['mapped', 'pipeline', 'member', 'declined'];

function outreachJson(o: Outreach | null): Outreach | null {
  if (o === null) return null;
  return {
    mapped: o.mapped,
    newlyMapped: o.newlyMapped,
    byStage: ordered(STAKEHOLDER_STAGES, o.byStage),
    byPillar: ordered(PILLARS_AND_OBSERVER, o.byPillar, (c) => ordered(OUTREACH_CELLS, c)),
    joined: o.joined,
    conversionShare: o.conversionShare,
    medianDaysToJoin: o.medianDaysToJoin,
    keyStakeholders: o.keyStakeholders,
    keyOnBoard: o.keyOnBoard,
    keyShare: o.keyShare,
    pillarGaps: o.pillarGaps.map((g) => ({ pillar: g.pillar, active: g.active, pipeline: g.pipeline })),
  };
}

function countedJson<C extends string>(parts: readonly CountedPart<C>[]): CountedPart<C>[] {
  return parts.map((p) => ({ key: p.key, custom: p.custom, meetings: p.meetings }) as CountedPart<C>);
}

function expertiseJson(e: Expertise): Expertise {
  return {
    sessions: e.sessions,
    sessionShare: e.sessionShare,
    topics: countedJson(e.topics),
    topicsCovered: e.topicsCovered,
    countries: countedJson(e.countries),
    countriesReferenced: e.countriesReferenced,
    attendedSessions: e.attendedSessions,
    pillarsReached: e.pillarsReached,
  };
}

function linksJson(l: Links): IndicatorsJson['links'] {
  return {
    linkedMeetings: l.linkedMeetings,
    linkedShare: l.linkedShare,
    initiatives: l.initiatives.map((i) => ({
      name: i.name,
      kind: i.kind,
      known: i.known,
      meetings: i.meetings,
      lastMeeting: i.lastMeeting === null ? null : dayToIso(i.lastMeeting),
    })),
    engaged: l.engaged,
    vpPlatformsEngaged: l.vpPlatformsEngaged,
    dormant: [...l.dormant],
  };
}

/** The one place the indicators become their JSON form (indicators.md, "JSON"). */
export function indicatorsToJson(x: Indicators): IndicatorsJson {
  const { period } = x;
  return {
    period: { from: dayToIso(period.from), to: dayToIso(period.to), asOf: dayToIso(period.asOf), label: period.label },
    settings: x.settings,
    rhythm: rhythmJson(x.rhythm),
    participation: participationJson(x.participation),
    engagement: engagementJson(x.engagement),
    membership: membershipJson(x.membership),
    incidents: incidentsJson(x.incidents),
    outreach: outreachJson(x.outreach),
    expertise: expertiseJson(x.expertise),
    links: linksJson(x.links),
    targets: ordered(TARGET_KEYS, x.targets, (t): Target => ({
      value: t.value,
      target: t.target,
      ratio: t.ratio,
      status: t.status,
    })),
    excludedRows: ordered(EXCLUDED_SHEETS, x.excludedRows),
  };
}
