import { listMatcher, editDistance } from './listMatcher';

describe('list values in French, English and their aliases', () => {
  it.each([
    ['pillar', 'Société civile', 'civil_society'],
    ['pillar', 'SOCIETE CIVILE', 'civil_society'],
    ['pillar', 'ONG', 'civil_society'],
    ['pillar', 'Entreprise minière', 'extractive'],
    ['pillar', 'État', 'government'],
    ['pillar', 'Embassy', 'observer'],
    ['attendance', 'Présente', 'present'],
    ['attendance', 'x', 'present'],
    ['attendance', 'R', 'represented'],
    ['attendance', 'Non', 'absent'],
    ['actor', 'Police nationale (PNC)', 'pnc'],
    ['actor', 'PMH', 'mining_police'],
    ['actor', 'Personnel de l’entreprise', 'company_staff'],
    ['followUp', 'Résolu', 'closed'],
    ['followUp', 'en cours', 'in_progress'],
    ['followUp', 'CLOTURE', 'closed'],
    ['meetingStatus', 'Reportée', 'cancelled'],
    ['meetingType', 'Formation', 'workshop'],
    ['boolean', 'Vrai', 'yes'],
    ['boolean', '0', 'no'],
    ['gender', 'H', 'M'],
    ['incidentCategory', 'Meurtre', 'killing'],
  ] as const)('%s: %p is %p', (list, text, code) => {
    expect(listMatcher(list).match(text)).toEqual({ ok: true, code });
  });

  it.each([
    ['pillar', 'Societe civil', 'Société civile'],
    ['pillar', 'Gouvernment', 'Government'],
    ['attendance', 'Presnt', 'Present'],
    ['followUp', 'Clotur', 'Clôturé'],
    ['actor', 'Armeee', 'Armée'],
    ['pillar', 'Banque', null],
    // One- and two-letter abbreviations are never offered as hints.
    ['attendance', 'Q', null],
  ] as const)('%s: %p is refused with hint %p', (list, text, hint) => {
    expect(listMatcher(list).match(text)).toEqual({ ok: false, hint });
  });

  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'abc', 2)).toBe(0);
    expect(editDistance('abcdef', 'a', 2)).toBe(3);
  });
});
