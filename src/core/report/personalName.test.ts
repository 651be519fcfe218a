import { nameWords, personalOrganisations } from './personalName';

describe('nameWords: a name as the privacy rule compares it', () => {
  it.each([
    ['Ilunga Paul', ['ilunga', 'paul']],
    ['Grace  Umba.', ['grace', 'umba']],
    ['Me Joseph Mwamba', ['joseph', 'mwamba']],
    ['Cabinet Marc Kalala', ['marc', 'kalala']],
    ['MAÎTRE Élodie Kabwe-Ngoy', ['elodie', 'kabwe', 'ngoy']],
    ['Ets. Mme Nsenga', ['nsenga']],
    ['Dr. M. Tshibangu, SARL', ['tshibangu', 'sarl']],
    ['Établissements Mutombo & Fils', ['mutombo', 'fils']],
    ['Mlle  Kasongo', ['kasongo']],
    ['', []],
  ])('%j → %j', (text, words) => {
    expect([...nameWords(text)].sort()).toEqual([...words].sort());
  });
});

describe('personalOrganisations: an organisation that contains a member’s full name', () => {
  const members = ['Paul Ilunga', 'Grace Umba', 'Joseph Mwamba', 'Marc Kalala'];
  const personal = personalOrganisations(members);

  it.each([
    ['Ilunga Paul', 'surname first'],
    ['Grace  Umba.', 'double space and a trailing dot'],
    ['Me Joseph Mwamba', 'a lawyer’s title'],
    ['Cabinet Marc Kalala', 'a practice'],
    ['PAUL ILUNGA', 'upper case'],
    ['Gráce Umbá', 'accents'],
    ['Fondation Paul Ilunga pour la paix', 'more words around the name'],
    ['Cabinet (Marc Kalala)', 'a name in parentheses (not dropped as a note)'],
  ])('"%s" is personal (%s)', (organisation) => {
    expect(personal(organisation)).toBe(true);
  });

  it.each([
    ['Kalala Mining', 'only the surname'],
    ['Umba Logistics', 'only part of the name'],
    ['Gécamines', 'no member’s name at all'],
    ['Paulilunga SARL', 'the words run together: not the same words'],
  ])('"%s" is not personal (%s)', (organisation) => {
    expect(personal(organisation)).toBe(false);
  });

  it('a member’s own title does not count as part of their name', () => {
    expect(personalOrganisations(['Me Joseph Mwamba'])('Joseph Mwamba')).toBe(true);
    expect(personalOrganisations(['Dr. Marc Kalala'])('Cabinet Kalala Marc')).toBe(true);
  });

  it('a member whose name is only a title or punctuation names nobody', () => {
    const none = personalOrganisations(['Me', ' - ', '']);
    expect(['Gécamines', 'Me', 'Cabinet'].map(none)).toEqual([false, false, false]);
  });
});
