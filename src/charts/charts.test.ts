import {
  DEFAULT_SETTINGS,
  INCIDENT_CATEGORIES,
  dayFromIso,
  type Day,
  MEASURES,
  missingKeys,
  type Indicators,
  type Outreach,
  type IncidentCategory,
  type Target,
} from '../core';
import {
  attendanceChart,
  createChartText,
  dashboardCharts,
  incidentCategoryChart,
  monthlyMeetingsChart,
  outreachFunnelChart,
  pillarChart,
  topicsChart,
} from './index';
import { chartsMessages } from './charts.messages';

const target: Target = { value: null, target: 1, ratio: null, status: 'no_data' };
const zeroCategories = Object.fromEntries(INCIDENT_CATEGORIES.map((c) => [c, 0])) as Record<IncidentCategory, number>;

const day = (iso: string): Day => dayFromIso(iso) ?? 0;

function indicators(from: string, to: string, meetingDates: string[]): Indicators {
  const cell = { expected: 0, attended: 0, rate: null };
  const classes = { regular: 0, occasional: 0, inactive: 0, new: 0 };
  return {
    period: { from: day(from), to: day(to), asOf: day(to), kind: 'range', label: null },
    settings: DEFAULT_SETTINGS,
    rhythm: {
      meetingsHeld: meetingDates.length,
      meetingsExpected: 3,
      monthsInPeriod: 3,
      monthsWithMeeting: 3,
      longestGapDays: 30,
      daysSinceLastMeeting: 5,
      monthStreak: 3,
    },
    participation: {
      meetings: meetingDates.map((date, i) => ({
        meetingId: `R${i}`,
        date: day(date),
        expected: 10,
        attended: 7 - i,
        rate: (7 - i) / 10,
        pillarsPresent: 4,
      })),
      averageRate: 0.65,
      fullPillarShare: 1,
      byPillar: { extractive: cell, private_security: cell, government: cell, civil_society: cell, observer: cell },
      womenShare: null,
    },
    engagement: {
      ...classes,
      regularShare: null,
      atRisk: [],
      byPillar: {
        extractive: classes,
        private_security: classes,
        government: classes,
        civil_society: classes,
        observer: classes,
      },
      retention: null,
    },
    membership: {
      active: 12,
      byPillar: { extractive: 4, private_security: 3, government: 2, civil_society: 2, observer: 1 },
      pillarsAtMinimum: 2,
      smallestPillarShare: 2 / 11,
      joined: 0,
      left: 0,
      organisations: 8,
      womenShare: 0.3,
    },
    incidents: {
      recorded: 3,
      byCategory: { ...zeroCategories, threat: 2, extortion: 1 },
      byActor: {
        pnc: 3,
        mining_police: 0,
        fardc: 0,
        anr: 0,
        private_security: 0,
        company_staff: 0,
        other: 0,
        unknown: 0,
      },
      publicSecurity: 3,
      sharedShare: 1,
      closedShare: 0,
      medianDaysToShare: 4,
      medianDaysToClose: null,
      overdue: 0,
    },
    outreach: null,
    expertise: {
      sessions: 0,
      sessionShare: null,
      topics: [],
      topicsCovered: 0,
      countries: [],
      countriesReferenced: 0,
      attendedSessions: 0,
      pillarsReached: 0,
    },
    links: { linkedMeetings: 0, linkedShare: null, initiatives: [], engaged: 0, vpPlatformsEngaged: 0, dormant: [] },
    targets: {
      meetings: target,
      attendance: target,
      fullPillar: target,
      regular: target,
      pillarsAtMinimum: target,
      shared: target,
      keyStakeholders: target,
      expertise: target,
      links: target,
    },
    excludedRows: { Members: 0, Meetings: 0, Attendance: 0, Incidents: 0, Stakeholders: 0, Initiatives: 0 },
    heldByMonth: [
      { month: day('2025-07-01'), held: 1 },
      { month: day('2025-08-01'), held: 0 },
      { month: day('2025-09-01'), held: 2 },
    ],
  };
}

describe('chart builders', () => {
  const en = createChartText('en');
  const fr = createChartText('fr');

  it('has every chart string in both languages', () => {
    expect(missingKeys(chartsMessages)).toEqual([]);
  });

  it('draws one bar per meeting and a target line at the attendance target', () => {
    const spec = attendanceChart(
      indicators('2025-07-01', '2025-09-30', ['2025-07-10', '2025-08-12']).participation.meetings,
      0.6,
      en,
    );
    expect(spec.config.data.datasets[0]?.data).toEqual([0.7, 0.6]);
    // The target runs edge to edge on its own two-point axis, whatever the number of bars.
    expect(spec.config.data.datasets[1]).toMatchObject({ data: [0.6, 0.6], xAxisID: 'target' });
    // …so the single bar series must not be grouped with it (bars would slide left of their slots).
    expect(spec.config.options?.datasets?.bar?.grouped).toBe(false);
    expect(spec.config.options?.scales?.target).toMatchObject({ axis: 'x', display: false, offset: false });
    expect(spec.table.rows[0]).toEqual(['2025-07-10 (R0)', '70% (7/10)']);
    expect(spec.empty).toBeNull();
  });

  it('says so instead of drawing an empty attendance chart', () => {
    expect(attendanceChart([], 0.6, fr).empty).toBe('Aucune réunion tenue sur la période.');
  });

  it('labels pillars in the language and keeps observers last', () => {
    const spec = pillarChart(indicators('2025-07-01', '2025-09-30', []).membership.byPillar, fr);
    expect(spec.config.data.labels).toEqual([
      ['Entreprise', 'extractive'],
      ['Sécurité privée'],
      ['Gouvernement'],
      ['Société civile'],
      ['Observateur'],
    ]);
    expect(spec.config.data.datasets[0]?.data).toEqual([4, 3, 2, 2, 1]);
    expect(spec.table.headers).toEqual(['Pilier', 'Membres actifs']);
  });

  it('draws the held meetings of each month, zeros included, against the monthly target', () => {
    const spec = monthlyMeetingsChart(indicators('2025-07-01', '2025-09-30', []).heldByMonth, 1, fr);
    expect(spec.config.data.datasets[0]?.data).toEqual([1, 0, 2]);
    expect(spec.table.rows).toEqual([
      ['juil. 2025', '1'],
      ['août 2025', '0'],
      ['sept. 2025', '2'],
    ]);
  });

  it('shows a hidden donor figure as hidden, never as a number', () => {
    const spec = incidentCategoryChart({ ...zeroCategories, threat: null, extortion: 6 }, en);
    const threat = spec.table.rows.find((r) => r[0] === 'Threats or intimidation');
    expect(threat?.[1]).toBe('hidden');
    // Long names are drawn on several lines rather than cut in a narrow pane.
    expect(spec.config.data.labels?.[INCIDENT_CATEGORIES.indexOf('property')]).toEqual([
      'Destruction of',
      'property or',
      'eviction',
    ]);
    expect(spec.config.data.datasets[0]?.data[INCIDENT_CATEGORIES.indexOf('threat')]).toBeNull();
  });

  it('puts each dashboard chart under its measure, without an incidents or a Stakeholders sheet too', () => {
    const period = indicators('2025-07-01', '2025-09-30', ['2025-07-10']);
    const specs = dashboardCharts({ ...period, incidents: null }, en, { responsive: false });
    expect(MEASURES.map((m) => [m, specs[m].map((s) => s.id)])).toEqual([
      [1, ['pillars', 'funnel']],
      [2, ['topics']],
      [3, ['attendance', 'months', 'incidents']],
      [4, []],
    ]);
    expect(specs[3][2]?.empty).toBe('No Incidents sheet in the workbook.');
    expect(specs[1][1]?.empty).toBe('No Stakeholders sheet in the workbook.');
    expect(specs[2][0]?.empty).toBe('No topic noted for the meetings held in the period.');
    expect(specs[3][0]?.config.options?.responsive).toBe(false);
  });

  it('stacks members, those being approached and those who declined for each pillar, with the same figures in its table', () => {
    const part = (mapped: number, member: number, pipeline: number, declined: number) => ({
      mapped,
      member,
      pipeline,
      declined,
    });
    const outreach: Outreach = {
      mapped: 21,
      newlyMapped: 2,
      byStage: { identified: 2, contacted: 3, invited: 1, member: 12, declined: 3 },
      byPillar: {
        extractive: part(6, 5, 1, 0),
        private_security: part(4, 3, 1, 0),
        government: part(7, 1, 4, 2),
        civil_society: part(4, 3, 0, 1),
        observer: part(0, 0, 0, 0),
      },
      joined: 1,
      conversionShare: 12 / 21,
      medianDaysToJoin: 60,
      keyStakeholders: 4,
      keyOnBoard: 2,
      keyShare: 0.5,
      pillarGaps: [{ pillar: 'government', active: 1, pipeline: 4 }],
    };
    const spec = outreachFunnelChart(outreach, fr);
    expect(spec.config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Membres', [5, 3, 1, 3, 0]],
      ['En approche', [1, 1, 4, 0, 0]],
      ['Ont refusé', [0, 0, 2, 1, 0]],
    ]);
    expect(spec.config.options?.scales?.x).toMatchObject({ stacked: true });
    expect(spec.config.options?.scales?.y).toMatchObject({ stacked: true });
    // The three series are told apart by colour and named in the legend.
    expect(new Set(spec.config.data.datasets.map((d) => d.backgroundColor)).size).toBe(3);
    expect(spec.config.options?.plugins?.legend?.display).toBe(true);
    expect(spec.table.headers).toEqual(['Pilier', 'Membres', 'En approche', 'Ont refusé']);
    expect(spec.table.rows[2]).toEqual(['Gouvernement', '1', '4', '2']);
    expect(spec.empty).toBeNull();
    expect(outreachFunnelChart({ ...outreach, mapped: 0 }, en).empty).toBe('No stakeholder identified by this date.');
  });

  it('draws the topics most discussed first, a topic of the list in the language and any other as written', () => {
    const spec = topicsChart(
      [
        { key: 'gender', custom: false, meetings: 3 },
        { key: 'Plan de travail annuel', custom: true, meetings: 1 },
      ],
      en,
    );
    expect(spec.config.data.datasets[0]?.data).toEqual([3, 1]);
    expect(spec.table.rows).toEqual([
      ['Gender and sexual violence', '3'],
      ['Plan de travail annuel', '1'],
    ]);
    expect(spec.table.headers).toEqual(['Topic', 'Meetings']);
  });
});
