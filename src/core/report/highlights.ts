import type { Highlight, IncidentsSection, MeetingsSection, MembershipSection, EngagementSection } from './types';

/**
 * Three to six facts for the Summary, written only from the protected sections, so a donor
 * highlight can never say more than the donor tables do. Always: meetings held, membership,
 * engagement; when there is something to say: full pillars, attendance, incidents.
 */
export function highlights(
  meetings: MeetingsSection,
  membership: MembershipSection,
  engagement: EngagementSection,
  incidents: IncidentsSection,
  attendanceTarget: number,
): Highlight[] {
  const list: Highlight[] = [
    { kind: 'meetingsHeld', held: meetings.rhythm.meetingsHeld, expected: meetings.rhythm.meetingsExpected },
  ];
  const of = meetings.meetings.length;
  if (of > 0)
    list.push({ kind: 'fullPillar', full: meetings.meetings.filter((m) => m.pillarsPresent === 4).length, of });
  if (meetings.averageRate !== null)
    list.push({ kind: 'attendance', rate: meetings.averageRate, target: attendanceTarget });
  list.push({ kind: 'membership', active: membership.active, joined: membership.joined, left: membership.left });
  list.push({ kind: 'atRisk', count: engagement.atRiskCount, regularShare: engagement.regularShare });
  if (incidents.kind === 'tooFew') list.push({ kind: 'incidentsTooFew', minCount: incidents.minCount });
  if (incidents.kind === 'notQuarterOrYear') list.push({ kind: 'incidentsNotQuarterOrYear' });
  if (incidents.kind === 'figures') {
    list.push({
      kind: 'incidents',
      recorded: incidents.recorded,
      sharedShare: incidents.sharedShare,
      overdue: incidents.overdue,
    });
  }
  return list;
}
