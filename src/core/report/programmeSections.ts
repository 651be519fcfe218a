import { byCodePoint } from '../indicators/tallyParts';
import { organisationKey } from '../rules/names';
import { isTechnicalSession } from '../rules/programmeMeetings';
import { stageOn } from '../rules/stakeholderStage';
import { PILLARS_AND_OBSERVER } from '../schema/lists';
import type { Indicators } from '../indicators/types';
import type { Meeting, ValidatedWorkbook } from '../validate/records';
import type { Day } from '../workbook/day';
import type { CellPart } from '../rules/cellParts';
import type {
  ExpertiseSection,
  LinksSection,
  OutreachSection,
  ReportPart,
  ReportSession,
  ReportStakeholder,
} from './programmeTypes';

/**
 * The drafts of the Outreach and Expertise and links sheets, in full (the stakeholders' and
 * sessions' lists included); protect.ts drops what a donor may not read. The figures are the
 * indicators'; the lists come from the validated records, so a row left out for an error is
 * in neither.
 */

/** Measure 1: the mapping's figures and, for the internal report, every stakeholder mapped on asOf. */
export function outreachSection(validated: ValidatedWorkbook, indicators: Indicators): OutreachSection {
  const figures = indicators.outreach;
  if (figures === null || validated.stakeholders === null) return { kind: 'none' };
  const { asOf } = indicators.period;
  const joinedOf = new Map(validated.members.map((m) => [m.memberKey, m.joined]));
  const known = (d: Day | null): Day | null => (d !== null && d <= asOf ? d : null);
  const pillarOrder = (p: ReportStakeholder['pillar']): number => PILLARS_AND_OBSERVER.indexOf(p);
  const stakeholders = validated.stakeholders
    .flatMap((s): ReportStakeholder[] => {
      const memberJoined = s.memberKey === null ? null : (joinedOf.get(s.memberKey) ?? null);
      const stage = stageOn(s, memberJoined, asOf);
      if (stage === null) return [];
      return [
        {
          stakeholderId: s.stakeholderId,
          organisation: s.organisation,
          pillar: s.pillar,
          influence: s.influence,
          stage,
          identified: s.identified,
          contacted: known(s.contacted),
          invited: known(s.invited),
          declined: known(s.declined),
          joined: stage === 'member' ? memberJoined : null,
        },
      ];
    })
    .sort(
      (a, b) =>
        pillarOrder(a.pillar) - pillarOrder(b.pillar) ||
        byCodePoint(organisationKey(a.organisation), organisationKey(b.organisation)) ||
        byCodePoint(a.stakeholderId, b.stakeholderId),
    );
  return { kind: 'figures', figures, minPerPillar: indicators.settings.minPerPillar, stakeholders };
}

/** The held meetings dated in the period so far, in date order: those the expertise figures count. */
function heldInPeriod(meetings: readonly Meeting[], indicators: Indicators): Meeting[] {
  const { from, asOf } = indicators.period;
  return meetings
    .filter((m) => m.status === 'held' && m.date >= from && m.date <= asOf)
    .sort((a, b) => a.date - b.date || a.row - b.row);
}

const parts = <C extends string>(cell: readonly CellPart<C>[]): ReportPart<C>[] =>
  cell.map((p) => ({ code: p.code, written: p.written }));

/**
 * Measure 2: the expertise figures with every topic, how many of them are free text (and the
 * held meetings naming one: the donor's "other topics" line), and the period's technical sessions.
 */
export function expertiseSection(validated: ValidatedWorkbook, indicators: Indicators): ExpertiseSection {
  const period = heldInPeriod(validated.meetings, indicators);
  const sessionList = period.filter(isTechnicalSession).map((m): ReportSession => ({
    date: m.date,
    type: m.type,
    topics: parts(m.topics),
    countries: parts(m.lessons),
    expert: m.expert,
  }));
  const custom = indicators.expertise.topics.filter((t) => t.custom).length;
  const namingCustom = period.filter((m) => m.topics.some((p) => p.code === null)).length;
  return {
    ...indicators.expertise,
    otherTopics: custom === 0 ? null : { topics: custom, meetings: namingCustom },
    sessionList,
  };
}

/** Measure 4: the links, each initiative marked dormant or not. */
export function linksSection(validated: ValidatedWorkbook, indicators: Indicators): LinksSection {
  const links = indicators.links;
  const dormant = new Set(links.dormant);
  return {
    ...links,
    initiatives: links.initiatives.map((i) => ({ ...i, dormant: i.known && dormant.has(i.name) })),
    dormantDays: indicators.settings.dormantDays,
    sheet: validated.initiatives !== null,
  };
}
