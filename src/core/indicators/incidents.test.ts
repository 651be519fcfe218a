import { incident, indicatorsOf, meeting, validated } from '../../../test/builders/buildValidated';

const meetings = [
  meeting('R3', '2025-07-16'),
  meeting('R4', '2025-08-20'),
  meeting('R5', '2025-09-17'),
  meeting('R6', '2025-09-25', { status: 'planned' }),
  meeting('R8', '2025-10-08'),
];
const incidents = [
  incident('I1', '2025-07-02', { category: 'use_of_force', actor: 'pnc', shared: 'R3', closed: '2025-08-11' }),
  incident('I2', '2025-07-10', { category: 'threat', actor: 'fardc', shared: 'r4 ' }),
  // Closed after the end of the quarter: still open as of 30 Sep.
  incident('I3', '2025-08-01', {
    category: 'extortion',
    actor: 'private_security',
    shared: 'R5',
    closed: '2025-10-05',
  }),
  // Shared at a meeting that is only planned: not shared. Confidential ones are counted.
  incident('I4', '2025-09-01', {
    category: 'sexual_violence',
    actor: 'mining_police',
    shared: 'R6',
    followUp: 'in_progress',
    confidential: true,
  }),
  incident('I5', '2025-09-20', { closed: '2025-09-28' }),
  // Shared at a meeting that is not among the valid ones (left out): not shared. 90 days old: not overdue.
  incident('I9', '2025-07-02', { category: 'killing', actor: 'anr', shared: 'R99' }),
  // 91 days old on 30 Sep and not closed: overdue.
  incident('I10', '2025-07-01', { category: 'property', actor: 'company_staff', followUp: 'in_progress' }),
  // Before the quarter: not recorded, but overdue (107 days).
  incident('I6', '2025-06-15', { actor: 'pnc' }),
  incident('I7', '2025-05-01', { closed: '2025-06-01' }),
  // After asOf: nowhere.
  incident('I8', '2025-10-03', { shared: 'R8' }),
];

describe('incidents', () => {
  const { incidents: figures, targets } = indicatorsOf(validated({ meetings, incidents }), '2025-Q3', '2025-10-10');

  it('counts the incidents of the period by category, perpetrator and public security', () => {
    expect(figures).not.toBeNull();
    expect(figures!.recorded).toBe(7);
    expect(figures!.byCategory).toEqual({
      use_of_force: 1,
      killing: 1,
      ill_treatment: 0,
      arbitrary_arrest: 0,
      sexual_violence: 1,
      threat: 1,
      extortion: 1,
      property: 1,
      other: 1,
    });
    expect(figures!.byActor).toEqual({
      pnc: 1,
      mining_police: 1,
      fardc: 1,
      anr: 1,
      private_security: 1,
      company_staff: 1,
      other: 0,
      unknown: 1,
    });
    expect(figures!.publicSecurity).toBe(4);
  });

  it('gives the shares shared and closed, the medians and the overdue count', () => {
    expect(figures).toMatchObject({
      sharedShare: 3 / 7,
      closedShare: 2 / 7,
      // 14, 41 and 47 days to share; 40 and 8 days to close (an even count: the mean of the two).
      medianDaysToShare: 41,
      medianDaysToClose: 24,
      overdue: 2,
    });
    expect(targets.shared).toEqual({ value: 3 / 7, target: 0.8, ratio: 3 / 7 / 0.8, status: 'off_track' });
  });

  it('counts an incident closed later as closed once asOf passes its closing date', () => {
    const later = indicatorsOf(
      validated({ meetings, incidents }),
      { kind: 'range', from: '2025-07-01', to: '2025-10-31' },
      '2025-10-10',
    );
    // I3 closed on 5 Oct; I8 (3 Oct) now in the period and shared at R8 (8 Oct).
    expect(later.incidents).toMatchObject({
      recorded: 8,
      closedShare: 3 / 8,
      sharedShare: 4 / 8,
      medianDaysToClose: 40,
      medianDaysToShare: 27.5,
    });
  });

  it('is null without an Incidents sheet, and the shared target has no data', () => {
    const { incidents: none, targets: t } = indicatorsOf(
      validated({ meetings, incidents: null }),
      '2025-Q3',
      '2025-10-10',
    );
    expect(none).toBeNull();
    expect(t.shared).toEqual({ value: null, target: 0.8, ratio: null, status: 'no_data' });
  });

  it('has null shares and medians when no incident is dated in the period', () => {
    const { incidents: empty } = indicatorsOf(validated({ meetings, incidents: [] }), '2025-Q3', '2025-10-10');
    expect(empty).toMatchObject({
      recorded: 0,
      sharedShare: null,
      closedShare: null,
      medianDaysToShare: null,
      medianDaysToClose: null,
      overdue: 0,
    });
  });
});
