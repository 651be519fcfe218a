import { missingKeys } from '../../../core';
import {
  attendanceLine,
  incident,
  indicatorsOf,
  meeting,
  member,
  validated,
} from '../../../../test/builders/buildValidated';
import { indicatorsMessages } from './indicators.messages';
import { indicatorsSummary } from './indicatorsSummary';

const members = [
  member('E1', 'extractive', '2025-01-01', { gender: 'F' }),
  member('P1', 'private_security', '2025-01-01', { gender: 'M' }),
  member('G1', 'government', '2025-01-01'),
  member('C1', 'civil_society', '2025-01-01'),
];
const ids = members.map((m) => m.memberId);
const meetings = [meeting('R1', '2025-07-16'), meeting('R2', '2025-08-20'), meeting('R3', '2025-09-17')];
const workbook = validated({
  members,
  meetings,
  attendance: [
    ...attendanceLine('R1', ids, 'PPPP'),
    ...attendanceLine('R2', ids, 'PPPA'),
    ...attendanceLine('R3', ids, 'PAAA'),
  ],
  incidents: [incident('I1', '2025-07-02', { shared: 'R1', category: 'threat', actor: 'pnc' })],
  settings: { groupName: 'GT PV Lubumbashi' },
  excludedRows: { Attendance: 2 },
});

describe('the readable summary of vpwg indicators', () => {
  it('has every message in French and English', () => {
    expect(missingKeys(indicatorsMessages)).toEqual([]);
  });

  it('shows rates as percentages and targets with their status in English words', () => {
    const text = indicatorsSummary(indicatorsOf(workbook, '2025-Q3', '2025-10-15'), 'en');
    expect(text).toContain(
      'GT PV Lubumbashi: indicators, Quarter 2025-Q3 (2025-07-01 to 2025-09-30), as of 2025-09-30',
    );
    // Rates 1, 0.75, 0.25: average 2/3.
    expect(text).toMatch(/Average attendance rate\s+67%/);
    expect(text).toMatch(/Average attendance rate\s+67% \/ 60%\s+\(111%\)\s+On track/);
    expect(text).toMatch(/Meetings held\s+3 \/ 3\s+\(100%\)\s+On track/);
    expect(text).toMatch(/Threats or intimidation 1/);
    expect(text).toContain(
      'Rows left out for errors: Members 0, Meetings 0, Attendance 2, Incidents 0, Stakeholders 0, Initiatives 0.',
    );
  });

  it('writes French with its own number forms and words, and says "so far" for a running quarter', () => {
    const text = indicatorsSummary(indicatorsOf(workbook, '2025-Q3', '2025-08-25'), 'fr');
    expect(text).toContain(
      'GT PV Lubumbashi\u00a0: indicateurs, Trimestre 2025-Q3 (01/07/2025 au 30/09/2025), à ce jour, au 25/08/2025',
    );
    // Rates 1 and 0.75: average 87.5 %, shown 88 %.
    expect(text).toMatch(/Taux de présence moyen\s+88\s%/);
    expect(text).toMatch(/Réunions tenues\s+2 sur 2/);
    expect(text).toMatch(/Taux de présence moyen\s+88\s% \/ 60\s%\s+\(146\s%\)\s+En bonne voie/);
    expect(text).toContain('Menaces ou intimidation 1');
  });

  it('says when there is no Incidents sheet and shows missing values as a dash', () => {
    const none = validated({ members, meetings: [], incidents: null });
    const text = indicatorsSummary(indicatorsOf(none, '2025-Q3', '2025-10-15'), 'en');
    expect(text).toContain('No Incidents sheet.');
    expect(text).toMatch(/Average attendance rate\s+—/);
    expect(text).toMatch(/Incidents shared at a meeting\s+— \/ 80%\s+No data/);
  });
});
