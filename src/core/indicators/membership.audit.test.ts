import type { BookRows } from '../../../test/builders/workbook';
import { runEngine } from '../../../test/builders/engineRun';

// 2025-Q3 so far, as of 2025-08-15; minPerPillar 2 from the Settings sheet.
const book: BookRows = {
  members: [
    ['E1', 'Extractive', '2020-01-01', null, 'F', 'Tenke Fungurume (TFM)'],
    ['E2', 'Extractive', '2025-07-01', null, 'M', 'tenke  fungurume'], // joined on `from`
    ['E3', 'Extractive', '2025-08-16', null, null, 'Tenké-Fungurumé'], // joins after asOf
    ['P1', 'PSC', '2020-01-01', '2025-08-15', 'M', 'G4S'], // leaves on asOf: not active, left counted
    ['P2', 'PSC', '2020-01-01', null, 'F', 'g4s.'],
    ['G1', 'Government', '2020-01-01', '2025-06-30', 'F', 'Mairie'], // left before the period
    ['G2', 'Government', '2020-01-01', null, 'M', 'Province'],
    ['G3', 'Government', '2020-01-01', '2025-09-10', 'M', 'Mairie'], // leaves after asOf: active
    ['C1', 'ONG', '2020-01-01', null, 'Other', 'ASADHO'],
    ['O1', 'Observer', '2025-08-15', null, 'F', 'Ambassade'], // joins on asOf: active, joined counted
  ],
  meetings: [['R1', '2025-07-16']],
  settings: [['Minimum active members per pillar', 2]],
  incidents: null,
};

describe('audit: membership, hand-computed', () => {
  const run = runEngine(book, '2025-Q3', '2025-08-15');
  const m = run.x.membership;

  test('no errors in the book', () => {
    expect(run.validated.counts.error).toBe(0);
  });

  test('every figure', () => {
    expect(m).toEqual({
      active: 7, // E1 E2 P2 G2 G3 C1 O1
      byPillar: { extractive: 2, private_security: 1, government: 2, civil_society: 1, observer: 1 },
      pillarsAtMinimum: 2, // extractive, government
      smallestPillarShare: 1 / 6,
      joined: 2, // E2 (07-01), O1 (08-15)
      left: 1, // P1 (08-15)
      organisations: 6, // tenke fungurume, g4s, province, mairie, asadho, ambassade
      womenShare: 3 / 7, // F: E1 P2 O1, of 7 with a gender (C1 other)
    });
  });

  test('the pillarsAtMinimum target compares with 4 and smallestPillarShare is null with no pillar member', () => {
    expect(run.x.targets.pillarsAtMinimum).toEqual({ value: 2, target: 4, ratio: 0.5, status: 'off_track' });
    const observersOnly = runEngine(
      { members: [['O1', 'Observer', '2020-01-01', null, null]], meetings: [], incidents: null },
      '2025-Q3',
      '2025-08-15',
    ).x.membership;
    expect(observersOnly).toMatchObject({ active: 1, smallestPillarShare: null, womenShare: null, organisations: 1 });
  });
});
