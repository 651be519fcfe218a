import { attendance, indicatorsOf, meeting, member, validated } from '../../../test/builders/buildValidated';
import { day } from '../../../test/builders/workbook';
import { cellParts, type Initiative, type ReportAudience, type Stakeholder } from '../index';
import { buildReportModel } from './buildReportModel';

let row = 2;
function stakeholder(
  id: string,
  organisation: string,
  identified: string,
  extra: Partial<Stakeholder> = {},
): Stakeholder {
  return {
    row: row++,
    stakeholderId: id,
    stakeholderKey: id.toLowerCase(),
    organisation,
    pillar: 'government',
    contact: `Contact of ${id}`,
    role: `Role of ${id}`,
    influence: null,
    territory: null,
    identified: day(identified),
    contacted: null,
    invited: null,
    declined: null,
    memberId: null,
    memberKey: null,
    notes: `Notes on ${id}`,
    ...extra,
  };
}

function initiative(name: string, extra: Partial<Initiative> = {}): Initiative {
  return {
    row: row++,
    name,
    key: name.toLowerCase(),
    kind: 'vp_platform',
    province: null,
    since: null,
    contact: `Contact at ${name}`,
    notes: `Notes on ${name}`,
    ...extra,
  };
}

/**
 * Q3 2025 as of 30 September: a government agency that declined in 2024 and joined on 1 August;
 * one being approached, its invitation dated after the as-of day; one identified only in October.
 * Two meetings: a workshop with an expert, Ghana's lessons and two free-text topics; then an
 * ordinary one with a free-text topic and IDAK. The Lualaba platform last met in January 2025.
 */
const workbook = validated({
  members: [member('M1', 'government', '2025-08-01', { organisation: 'Ministère des Mines' })],
  meetings: [
    meeting('R1', '2025-07-10', {
      type: 'workshop',
      expert: 'Dr Expert Person',
      topics: cellParts('Genre; Cobalt traceability; Tailings', 'topic', false),
      lessons: cellParts('Ghana', 'country', true),
    }),
    meeting('R2', '2025-08-14', {
      topics: cellParts('Cobalt traceability; VPs', 'topic', false),
      initiatives: cellParts('IDAK', null, false),
    }),
    meeting('R0', '2025-01-20', { initiatives: cellParts('GT PV Lualaba', null, false) }),
  ],
  attendance: [attendance('R1', 'M1'), attendance('R2', 'M1')],
  stakeholders: [
    stakeholder('S1', 'Ministère des Mines', '2024-03-01', {
      declined: day('2024-06-01'),
      memberId: 'M1',
      memberKey: 'm1',
      influence: 'high',
    }),
    stakeholder('S2', 'Agence Approchée', '2025-02-01', {
      contacted: day('2025-09-01'),
      invited: day('2025-10-05'),
    }),
    stakeholder('S3', 'Identifiée en octobre', '2025-10-02'),
  ],
  initiatives: [initiative('IDAK', { kind: 'investment' }), initiative('GT PV Lualaba')],
});
const indicators = indicatorsOf(workbook, '2025-Q3', '2025-09-30');
const model = (audience: ReportAudience) =>
  buildReportModel({
    validated: workbook,
    indicators,
    previousIndicators: null,
    audience,
    generatedOn: day('2025-10-15'),
  });

describe('the Outreach and Expertise and links sections', () => {
  const internal = model('internal');
  const donor = model('donor');

  it('internal: lists the stakeholders mapped on the as-of day, as they stood that day, by organisation', () => {
    if (internal.outreach.kind !== 'figures') throw new Error('outreach expected');
    expect(internal.outreach.stakeholders).toEqual([
      // Invited on 5 October, after the as-of day: contacted, the invitation not shown yet.
      expect.objectContaining({ stakeholderId: 'S2', stage: 'contacted', contacted: day('2025-09-01'), invited: null }),
      // Declined in 2024, joined on 1 August: a member, with the day it joined.
      expect.objectContaining({ stakeholderId: 'S1', stage: 'member', joined: day('2025-08-01') }),
    ]);
    expect(JSON.stringify(internal.outreach)).not.toMatch(/Contact of|Role of|Notes on/);
  });

  it('donor: the outreach counts, no stakeholder named', () => {
    if (donor.outreach.kind !== 'figures') throw new Error('outreach expected');
    expect(donor.outreach.stakeholders).toBeNull();
    expect(donor.outreach.figures.byStage).toEqual({ identified: 0, contacted: 1, invited: 0, member: 1, declined: 0 });
    expect(JSON.stringify(donor)).not.toMatch(/Agence Approchée|Identifiée en octobre/);
  });

  it('internal: every topic as written, the technical session with its expert', () => {
    expect(internal.expertise.topics.map((t) => [t.key, t.meetings])).toEqual([
      ['Cobalt traceability', 2],
      ['Tailings', 1],
      ['gender', 1],
      ['vp_implementation', 1],
    ]);
    expect(internal.expertise.otherTopics).toBeNull();
    expect(internal.expertise.sessionList).toEqual([
      {
        date: day('2025-07-10'),
        type: 'workshop',
        topics: [
          { code: 'gender', written: 'Genre' },
          { code: null, written: 'Cobalt traceability' },
          { code: null, written: 'Tailings' },
        ],
        countries: [{ code: 'GH', written: 'Ghana' }],
        expert: 'Dr Expert Person',
      },
    ]);
  });

  it('donor: the listed topics by name, the free-text ones counted together, no expert', () => {
    expect(donor.expertise.topics.map((t) => [t.key, t.meetings])).toEqual([
      ['gender', 1],
      ['vp_implementation', 1],
    ]);
    // Two free-text topics, named by both meetings (each meeting once).
    expect(donor.expertise.otherTopics).toEqual({ topics: 2, meetings: 2 });
    expect(donor.expertise.sessionList).toBeNull();
    expect(donor.expertise.sessions).toBe(1);
    expect(JSON.stringify(donor)).not.toMatch(/Cobalt|Tailings|Expert Person/);
  });

  it('both: the initiatives with their last meeting, the dormant one marked, no contact or notes', () => {
    for (const m of [internal, donor]) {
      expect(m.links.initiatives.map((i) => [i.name, i.meetings, i.lastMeeting, i.dormant])).toEqual([
        ['IDAK', 1, day('2025-08-14'), false],
        // Last met on 20 January: 253 days before the as-of day, over the 180 of the default setting.
        ['GT PV Lualaba', 0, day('2025-01-20'), true],
      ]);
      expect(m.links.dormantDays).toBe(180);
      expect(JSON.stringify(m)).not.toMatch(/Contact at|Notes on/);
    }
  });

  it('the Summary holds the nine targets grouped by measure', () => {
    expect(internal.summary.targets.map((t) => `${t.measure}:${t.key}`)).toEqual([
      '1:pillarsAtMinimum',
      '1:keyStakeholders',
      '2:expertise',
      '3:meetings',
      '3:attendance',
      '3:fullPillar',
      '3:regular',
      '3:shared',
      '4:links',
    ]);
  });
});
