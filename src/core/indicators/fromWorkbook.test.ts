import type { RawCell, RawWorkbook } from '../workbook/rawWorkbook';
import { dayFromIso } from '../workbook/day';
import { validateWorkbook } from '../validate/validateWorkbook';
import { computeIndicators } from './computeIndicators';
import { resolvePeriod } from './period';

// A workbook as a file would give it, through the real engine: rows with errors are left out
// (and counted), rows that depend on them count nowhere, dates are 1904-system serials.
const epoch1904 = Date.UTC(1904, 0, 1);
const s = (iso: string): number =>
  (Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - epoch1904) / 86_400_000;
const since = s('2024-01-10');

const sheets: { name: string; rows: RawCell[][] }[] = [
  {
    name: 'Membres',
    rows: [
      ['Liste des membres du GT'],
      ['Member ID', 'Name', 'Organisation', 'Pillar', 'Gender', 'Joined', 'Left'],
      ['M1', 'Amani', 'Tenke', 'Extractive', 'F', since, null],
      ['M2', 'Bora', 'G4S', 'PSC', 'M', since, null],
      ['M3', 'Chiku', 'Mairie', 'Gouvernement', 'F', since, s('2025-08-20')],
      ['M4', 'Dora', 'ASADHO', 'Societe civil', 'F', since, null], // cell/enum error: left out
      ['M5', 'Eli', 'ACIDH', 'ONG', null, since, null],
    ],
  },
  {
    name: 'Meetings',
    rows: [
      ['Meeting ID', 'Date', 'Status'],
      ['R1', s('2025-07-16'), 'Tenue'],
      ['R2', s('2025-08-20'), null],
      ['R3', 'bientôt', null], // cell/type error: left out
      ['R4', s('2025-09-17'), 'Prévue'],
    ],
  },
  {
    name: 'Attendance',
    rows: [
      ['Meeting ID', 'Member ID', 'Attendance'],
      ['R1', 'M1', 'P'],
      ['R1', 'm2 ', 'Représenté'],
      ['R1', 'M3', 'Présente'],
      ['R1', 'M5', 'A'],
      ['R1', 'M4', 'P'], // member left out: counts nowhere
      ['R2', 'M1', 'Present'],
      ['R2', 'M3', 'P'], // M3 left that day: counts nowhere
      ['R2', 'M5', 'Présent'],
      ['R2', 'M2', 'peut-être'], // cell/enum error: left out
      ['R3', 'M1', 'P'], // meeting left out: counts nowhere
    ],
  },
  {
    name: 'Incidents',
    rows: [
      [
        'Incident ID',
        'Date',
        'Territory',
        'Category',
        'Alleged perpetrator',
        'Shared at meeting',
        'Follow-up',
        'Closed on',
      ],
      ['I1', s('2025-07-02'), 'Kipushi', 'Menaces ou intimidation', 'PNC', 'R1', 'Clôturé', s('2025-08-01')],
      ['I2', s('2025-07-20'), 'Likasi', 'Other', 'Unknown', 'R3', 'Ouvert', null], // shared at a left-out meeting
      ['I3', s('2025-09-01'), 'Likasi', 'Other', 'Unknown', null, 'Closed', null], // closed without a date: left out
    ],
  },
  {
    name: 'Paramètres',
    rows: [
      ['Paramètre', 'Valeur'],
      ['Nom du groupe', 'GT PV Lubumbashi'],
      ['Taux de présence visé', '70 %'],
      ["Fenêtre d'engagement (réunions)", 2], // below 3: error, default used
    ],
  },
];
const raw: RawWorkbook = { sheets, date1904: true };

describe('indicators of a workbook read through validation', () => {
  const today = dayFromIso('2025-10-15')!;
  const validated = validateWorkbook(raw, { asOf: today });
  const period = resolvePeriod({ kind: 'quarter', quarter: '2025-Q3' }, today);
  if (!period.ok) throw new Error('period');
  const indicators = computeIndicators(validated, period.period);

  it('counts the rows left out for errors, by sheet', () => {
    expect(indicators.excludedRows).toEqual({
      Members: 1,
      Meetings: 1,
      Attendance: 1,
      Incidents: 1,
      Stakeholders: 0,
      Initiatives: 0,
    });
  });

  it('reads 1904-system dates and leaves out what depends on left-out rows', () => {
    expect(indicators.participation.meetings).toEqual([
      { meetingId: 'R1', date: dayFromIso('2025-07-16'), expected: 4, attended: 3, rate: 0.75, pillarsPresent: 3 },
      { meetingId: 'R2', date: dayFromIso('2025-08-20'), expected: 3, attended: 2, rate: 2 / 3, pillarsPresent: 2 },
    ]);
    expect(indicators.rhythm).toEqual({
      meetingsHeld: 2,
      meetingsExpected: 3,
      monthsInPeriod: 3,
      monthsWithMeeting: 2,
      longestGapDays: 41,
      daysSinceLastMeeting: 41,
      // September is over and its only meeting was planned.
      monthStreak: 0,
    });
  });

  it('uses the settings of the sheet, French labels and a percentage, and the default for a bad value', () => {
    expect(indicators.settings).toMatchObject({
      groupName: 'GT PV Lubumbashi',
      attendanceTarget: 0.7,
      engagementWindow: 6,
    });
    expect(indicators.targets.attendance).toEqual({
      value: (0.75 + 2 / 3) / 2,
      target: 0.7,
      ratio: (0.75 + 2 / 3) / 2 / 0.7,
      status: 'on_track',
    });
  });

  it('counts an incident shared at a left-out meeting as not shared', () => {
    expect(indicators.incidents).toMatchObject({
      recorded: 2,
      sharedShare: 0.5,
      closedShare: 0.5,
      medianDaysToShare: 14,
      medianDaysToClose: 30,
      publicSecurity: 1,
    });
  });

  it('counts active members without the left-out one', () => {
    expect(indicators.membership).toMatchObject({
      active: 3,
      byPillar: { extractive: 1, private_security: 1, government: 0, civil_society: 1, observer: 0 },
      left: 1,
      womenShare: 1 / 2,
    });
  });
});

describe('settings written with English labels and a bare percentage', () => {
  it('drive the targets and thresholds of the indicators', () => {
    const today = dayFromIso('2025-10-15')!;
    const settingsSheet = {
      name: 'Settings',
      rows: [
        ['Setting', 'Value'],
        ['Target attendance rate', 70],
        ['Minimum active members per pillar', 1],
        ['Target meetings per month', 2],
      ] as RawCell[][],
    };
    const english: RawWorkbook = {
      sheets: [...sheets.filter((x) => x.name !== 'Paramètres'), settingsSheet],
      date1904: true,
    };
    const period = resolvePeriod({ kind: 'quarter', quarter: '2025-Q3' }, today);
    if (!period.ok) throw new Error('period');
    const x = computeIndicators(validateWorkbook(english, { asOf: today }), period.period);
    expect(x.settings).toMatchObject({
      attendanceTarget: 0.7,
      minPerPillar: 1,
      meetingsPerMonth: 2,
      groupName: 'VPs Working Group',
    });
    expect(x.rhythm.meetingsExpected).toBe(6);
    // Active: extractive 1, private security 1, civil society 1, government 0.
    expect(x.membership.pillarsAtMinimum).toBe(3);
    expect(x.targets.pillarsAtMinimum).toEqual({ value: 3, target: 4, ratio: 0.75, status: 'at_risk' });
  });
});
