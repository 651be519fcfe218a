import type { BookRows } from '../../../test/builders/workbook';
import { codes, runEngine } from '../../../test/builders/engineRun';

// 2025-Q3, looked at on 2025-12-01: asOf = 2025-09-30. overdueDays 90 (default).
const book: BookRows = {
  members: [['M1', 'Extractive', '2020-01-01']],
  meetings: [
    ['R0', '2025-04-10'],
    ['R1', '2025-07-16'],
    ['R2', '2025-08-20'],
    ['R3', '2025-09-10', 'Planned'],
    ['R4', '2025-10-08'], // held, but after asOf
  ],
  attendance: [
    ['R0', 'M1', 'P'],
    ['R1', 'M1', 'P'],
    ['R2', 'M1', 'P'],
    ['R4', 'M1', 'P'],
  ],
  incidents: [
    // Before the period: not recorded; open and 152 days old by asOf: overdue.
    ['I01', '2025-05-01', 'Excessive use of force', 'PNC', 'R1', 'Open'],
    // Before the period, in progress, 97 days: overdue.
    ['I02', '2025-06-25', 'Threats or intimidation', 'FARDC', null, 'In progress'],
    // asOf − date = 90, not more than 90: not overdue. Shared at R1 after 14 days.
    ['I03', '2025-07-02', 'Killing', 'ANR', 'R1', 'Open'],
    // Shared at R1 after 11 days; closed after 30 days.
    ['I04', '2025-07-05', 'Excessive use of force', 'Police', 'R1', 'Closed', '2025-08-04'],
    // Shared at R2 after 41 days; closed after asOf: still open; 82 days: not overdue.
    ['I05', '2025-07-10', 'Threats or intimidation', 'PMH', 'R2', 'Closed', '2025-10-05'],
    // Shared at a planned meeting: not shared.
    ['I06', '2025-08-01', 'Other', 'Unknown', 'R3', 'Open'],
    // Shared at a meeting held after asOf: not shared; closed on asOf: closed after 46 days.
    ['I07', '2025-08-15', 'Destruction of property or eviction', 'Company staff', 'R4', 'Closed', '2025-09-30'],
    // Confidential ones are counted. Closed after 4 days.
    ['I08', '2025-09-01', 'Extortion or looting', 'PSC', null, 'Closed', '2025-09-05', 'Yes'],
    // Shared at R2 after 10 days.
    ['I09', '2025-08-10', 'Sexual violence', 'FARDC', 'R2', 'Open'],
    // After the period: counts nowhere.
    ['I10', '2025-10-01', 'Killing', 'PNC', null, 'Open'],
  ],
};

describe('audit: incidents, hand-computed', () => {
  const run = runEngine(book, '2025-Q3', '2025-12-01');
  const i = run.x.incidents!;

  test('no errors in the book', () => {
    // The book has none of the programme's optional sheets: an info each.
    expect(codes(run).filter((c) => !c.startsWith('header/unknown'))).toEqual([
      'sheet/missing@Stakeholders',
      'sheet/missing@Initiatives',
    ]);
  });

  test('every figure', () => {
    expect(i).toEqual({
      recorded: 7, // I03..I09
      byCategory: {
        use_of_force: 1,
        killing: 1,
        ill_treatment: 0,
        arbitrary_arrest: 0,
        sexual_violence: 1,
        threat: 1,
        extortion: 1,
        property: 1,
        other: 1,
      },
      byActor: {
        pnc: 1,
        mining_police: 1,
        fardc: 1,
        anr: 1,
        private_security: 1,
        company_staff: 1,
        other: 0,
        unknown: 1,
      },
      publicSecurity: 4, // I03 anr, I04 pnc, I05 mining police, I09 fardc
      sharedShare: 4 / 7, // I03, I04, I05, I09
      closedShare: 3 / 7, // I04, I07, I08
      medianDaysToShare: (11 + 14) / 2, // 10, 11, 14, 41
      medianDaysToClose: 30, // 4, 30, 46
      overdue: 2, // I01, I02
    });
  });

  test('the shared target compares sharedShare with sharedTarget (0.8 by default)', () => {
    expect(run.x.targets.shared).toEqual({ value: 4 / 7, target: 0.8, ratio: 4 / 7 / 0.8, status: 'off_track' });
  });

  test('the running quarter: an incident after today is not recorded, and overdue uses asOf', () => {
    const soFar = runEngine({ ...book, settings: [['Follow-up overdue after (days)', 60]] }, '2025-Q3', '2025-08-31').x
      .incidents!;
    // Recorded so far: I03 I04 I05 I06 I07 I09 (I08 on 09-01 is after today).
    // Shared by 08-31: I03 (R1), I04 (R1), I05 (R2), I09 (R2): 4. Closed by 08-31: I04 only (30 days).
    // Overdue (> 60 days by 08-31, not closed): I01 (122), I02 (67); I03 is 60 days: no.
    expect(soFar).toMatchObject({
      recorded: 6,
      sharedShare: 4 / 6,
      closedShare: 1 / 6,
      medianDaysToShare: (11 + 14) / 2,
      medianDaysToClose: 30,
      overdue: 2,
    });
  });

  test('no incident in the period: shares and medians null, counts 0', () => {
    const none = runEngine(book, '2025-Q1', '2025-12-01').x.incidents!;
    expect(none).toMatchObject({
      recorded: 0,
      publicSecurity: 0,
      sharedShare: null,
      closedShare: null,
      medianDaysToShare: null,
      medianDaysToClose: null,
      overdue: 0,
    });
  });

  test('without an Incidents sheet incidents is null and the shared target has no data', () => {
    const x = runEngine({ ...book, incidents: null }, '2025-Q3', '2025-12-01').x;
    expect(x.incidents).toBeNull();
    expect(x.targets.shared).toEqual({ value: null, target: 0.8, ratio: null, status: 'no_data' });
  });
});
