import { PILLARS_AND_OBSERVER } from '../schema/lists';
import type { Indicators } from '../indicators/types';
import type { AttendanceRecord, Meeting, ValidatedWorkbook } from '../validate/records';
import type { Day } from '../workbook/day';
import { idKey } from '../workbook/normalise';
import { memberActiveOn } from '../rules/activeOn';
import { organisationKey } from '../rules/names';
import type { AtRiskMember, MembershipSection, PillarMembership } from './types';

/**
 * Membership by pillar for the period so far (active on asOf; joined and left within
 * [from, asOf]), organisations by pillar, and the members at risk with their last attended
 * meeting. The list carries names; protect.ts drops it for donors.
 */
export function membershipSection(validated: ValidatedWorkbook, indicators: Indicators): MembershipSection {
  const { from, asOf } = indicators.period;
  const inPeriod = (d: Day | null): boolean => d !== null && d >= from && d <= asOf;
  const byPillar = PILLARS_AND_OBSERVER.map((pillar): PillarMembership => {
    const ofPillar = validated.members.filter((m) => m.pillar === pillar);
    const organisations = new Map<string, string>();
    for (const m of ofPillar.filter((x) => memberActiveOn(x, asOf))) {
      const key = organisationKey(m.organisation);
      if (!organisations.has(key)) organisations.set(key, m.organisation);
    }
    return {
      pillar,
      active: indicators.membership.byPillar[pillar],
      joined: ofPillar.filter((m) => inPeriod(m.joined)).length,
      left: ofPillar.filter((m) => inPeriod(m.left)).length,
      organisationCount: organisations.size,
      organisations: [...organisations.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([, name]) => name),
    };
  });
  const m = indicators.membership;
  return {
    byPillar,
    active: m.active,
    joined: m.joined,
    left: m.left,
    organisations: m.organisations,
    pillarsAtMinimum: m.pillarsAtMinimum,
    minPerPillar: indicators.settings.minPerPillar,
    womenShare: m.womenShare,
    attendedWomenShare: indicators.participation.womenShare,
    atRisk: atRiskMembers(validated, indicators.engagement.atRisk, asOf),
  };
}

function atRiskMembers(validated: ValidatedWorkbook, ids: readonly string[], asOf: Day): AtRiskMember[] {
  const members = new Map(validated.members.map((m) => [m.memberKey, m]));
  const held = new Map(
    validated.meetings.filter((m) => m.status === 'held' && m.date <= asOf).map((m) => [m.meetingKey, m]),
  );
  return ids.flatMap((id) => {
    const member = members.get(idKey(id));
    if (!member) return [];
    const last = lastAttended(validated.attendance, held, member.memberKey);
    return [
      {
        memberId: member.memberId,
        name: member.name,
        organisation: member.organisation,
        pillar: member.pillar,
        lastAttended: last === null ? null : { meetingId: last.meetingId, date: last.date },
      },
    ];
  });
}

function lastAttended(
  attendance: readonly AttendanceRecord[],
  held: ReadonlyMap<string, Meeting>,
  memberKey: string,
): Meeting | null {
  let last: Meeting | null = null;
  for (const a of attendance) {
    if (a.memberKey !== memberKey || (a.attendance !== 'present' && a.attendance !== 'represented')) continue;
    const meeting = held.get(a.meetingKey);
    if (meeting && (last === null || meeting.date > last.date)) last = meeting;
  }
  return last;
}
