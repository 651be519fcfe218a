import { attendance, indicatorsOf, meeting, member, validated } from '../../../test/builders/buildValidated';
import { day } from '../../../test/builders/workbook';
import { indicatorsToJson } from './indicatorsJson';
import { TARGET_KEYS } from './types';

describe('computeIndicators: the JSON form', () => {
  const workbook = validated({
    members: [member('M1', 'extractive', '2025-01-01', { gender: 'F' })],
    meetings: [meeting('R1', '2025-07-16')],
    attendance: [attendance('R1', 'M1')],
    settings: { groupName: 'GT PV Lubumbashi', attendanceTarget: 0.7 },
    excludedRows: { Meetings: 1, Attendance: 4 },
  });
  const indicators = indicatorsOf(workbook, '2025-Q3', '2025-11-02');

  it("has exactly the spec's top-level keys, in its order", () => {
    const json = indicatorsToJson(indicators);
    expect(Object.keys(json)).toEqual([
      'period',
      'settings',
      'rhythm',
      'participation',
      'engagement',
      'membership',
      'incidents',
      'outreach',
      'expertise',
      'links',
      'targets',
      'excludedRows',
    ]);
    expect(Object.keys(json.targets)).toEqual([...TARGET_KEYS]);
    expect(Object.keys(json.targets.meetings)).toEqual(['value', 'target', 'ratio', 'status']);
  });

  it('writes the period with ISO dates and its label, and a range with a null label', () => {
    expect(indicatorsToJson(indicators).period).toEqual({
      from: '2025-07-01',
      to: '2025-09-30',
      asOf: '2025-09-30',
      label: '2025-Q3',
    });
    expect(indicatorsToJson(indicators).participation.meetings[0]?.date).toBe('2025-07-16');
  });

  it('types the period: its days and its kind, a range with a null label', () => {
    expect(indicators.period).toEqual({
      from: day('2025-07-01'),
      to: day('2025-09-30'),
      asOf: day('2025-09-30'),
      kind: 'quarter',
      label: '2025-Q3',
    });
    const range = indicatorsOf(workbook, { kind: 'range', from: '2025-07-10', to: '2025-12-31' }, '2025-11-02');
    expect(range.period).toEqual({
      from: day('2025-07-10'),
      to: day('2025-12-31'),
      asOf: day('2025-11-02'),
      kind: 'range',
      label: null,
    });
  });

  it('passes the settings in use and the excluded rows through', () => {
    expect(indicators.settings).toMatchObject({
      groupName: 'GT PV Lubumbashi',
      attendanceTarget: 0.7,
      meetingsPerMonth: 1,
      minCount: 5,
    });
    expect(indicators.excludedRows).toEqual({
      Members: 0,
      Meetings: 1,
      Attendance: 4,
      Incidents: 0,
      Stakeholders: 0,
      Initiatives: 0,
    });
    expect(indicators.targets.attendance).toEqual({ value: 1, target: 0.7, ratio: 1 / 0.7, status: 'on_track' });
  });

  it('survives a JSON round trip unchanged: numbers unrounded, nulls kept', () => {
    const json = indicatorsToJson(indicators);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(indicators.participation.byPillar.government.rate).toBeNull();
  });
});
