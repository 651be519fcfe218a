import { day, type BookRows } from '../../../test/builders/workbook';
import { runEngine } from '../../../test/builders/engineRun';

// Rows with errors are left out of every figure and counted in excludedRows; rows whose own cells
// are fine but depend on a left-out row count nowhere and are not counted (workbook.md, "Issues").
const book: BookRows = {
  members: [
    ['E1', 'Extractive', '2020-01-01', null, 'F'],
    ['P1', 'PSC', '2020-01-01', null, 'Femme'],
    ['G1', 'Government', '2020-01-01', null, 'Martian'], // a gender warning only: used, gender blank
    ['C1', 'Societe civil', '2020-01-01', null, 'F'], // pillar error: left out
    ['C2', 'ONG', '2020-01-01', '2019-01-01', 'F'], // left before joined: left out
    ['C3', 'ONG', '2020-01-01', null, 'M'],
  ],
  meetings: [
    ['R1', '2025-07-16'],
    ['R2', '31/02/2025'], // impossible date: left out
    ['R3', '2025-08-20', 'Maybe'], // status matches nothing: left out
    ['R4', '2025-09-17'],
  ],
  attendance: [
    ['R1', 'E1', 'P'],
    ['R1', 'P1', 'P'],
    ['R1', 'G1', 'P'],
    ['R1', 'C1', 'P'], // left-out member: nowhere, not excluded
    ['R1', 'C2', 'P'], // left-out member: nowhere, not excluded
    ['R1', 'C3', 'Peut-être'], // error: excluded
    ['R1', 'E1', 'A'], // repeat of (R1, E1): excluded
    ['R1', 'X9', 'P'], // unknown member: excluded
    ['R2', 'E1', 'P'], // left-out meeting: nowhere
    ['R3', 'P1', 'P'], // left-out meeting: nowhere
    ['R4', 'C3', 'P'],
    ['R4', 'G1', 'P'],
  ],
  incidents: [
    ['I1', '2025-07-20', 'Other', 'Unknown', 'R3', 'Open'], // shared at a left-out meeting: not shared
    ['I2', '2025-07-21', 'Other', 'Unknown', 'R1', 'Open'], // shared before it happened: error
    ['I3', '2025-07-22', 'Other', 'Unknown', 'R4', 'Closed'], // closed without a date: error
    ['I4', '2025-07-23', 'Other', 'Unknown', 'R4', 'Open'], // shared after 56 days
  ],
  settings: [
    ['Engagement window (meetings)', 2], // below 3: error, default 6 used
    ['Target attendance rate', '70'],
  ],
};

describe('audit: rows with errors and rows depending on them count nowhere', () => {
  const run = runEngine(book, '2025-Q3', '2025-10-01');
  const x = run.x;

  test('excludedRows counts each sheet’s rows with errors, by English contract name', () => {
    expect(x.excludedRows).toEqual({
      Members: 2,
      Meetings: 2,
      Attendance: 3,
      Incidents: 2,
      Stakeholders: 0,
      Initiatives: 0,
    });
  });

  test('participation sees only valid members at valid meetings', () => {
    expect(x.participation.meetings).toEqual([
      // E1 P1 G1 C3 active; attended E1 P1 G1 (C3's row has an error).
      { meetingId: 'R1', date: day('2025-07-16'), expected: 4, attended: 3, rate: 3 / 4, pillarsPresent: 3 },
      { meetingId: 'R4', date: day('2025-09-17'), expected: 4, attended: 2, rate: 2 / 4, pillarsPresent: 2 },
    ]);
    // E1 F, P1 F; G1's gender was not understood (blank); C3 M: 2 women of 3 with a gender.
    expect(x.participation.womenShare).toBe(2 / 3);
    expect(x.rhythm).toMatchObject({ meetingsHeld: 2, monthsWithMeeting: 2 });
  });

  test('membership and incidents leave the same rows out', () => {
    expect(x.membership).toMatchObject({
      active: 4,
      byPillar: { extractive: 1, private_security: 1, government: 1, civil_society: 1, observer: 0 },
    });
    expect(x.incidents).toMatchObject({ recorded: 2, sharedShare: 1 / 2, medianDaysToShare: 56 });
  });

  test('settings: every setting, a bad value replaced by its default, a bare 70 read as 70 %', () => {
    expect(x.settings).toEqual({
      groupName: 'VPs Working Group',
      meetingsPerMonth: 1,
      attendanceTarget: 0.7,
      fullPillarTarget: 0.75,
      regularTarget: 0.6,
      minPerPillar: 3,
      sharedTarget: 0.8,
      engagementWindow: 6,
      overdueDays: 90,
      minCount: 5,
      publishOrganisations: true,
      keyStakeholderTarget: 0.5,
      expertiseTarget: 0.25,
      linkedTarget: 0.25,
      dormantDays: 180,
    });
  });
});
