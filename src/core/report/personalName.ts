/**
 * Titles and forms of address that say nothing of who a person is, compared as nameWords writes
 * them: "Me Joseph Mwamba", "Cabinet Marc Kalala" and "Ets. Mme Nsenga" are people's names.
 */
const TITLES: ReadonlySet<string> = new Set([
  'me',
  'maitre',
  'dr',
  'docteur',
  'doctor',
  'pr',
  'prof',
  'professeur',
  'professor',
  'm',
  'mm',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mme',
  'mmes',
  'mlle',
  'mlles',
  'monsieur',
  'madame',
  'mademoiselle',
  'messieurs',
  'cabinet',
  'etude',
  'ets',
  'etablissement',
  'etablissements',
]);

/**
 * The words of a name as the privacy rule compares them: case, accents, punctuation, spacing
 * and word order do not matter, and titles are no part of a name. Unlike organisationKey
 * (rules/names.ts), nothing in parentheses is dropped: `Cabinet (Marc Kalala)` names a person.
 */
export function nameWords(text: string): ReadonlySet<string> {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !TITLES.has(w));
  return new Set(words);
}

/**
 * report.md, issue 11: an organisation is personal when its name, compared as a set of words
 * (nameWords), contains every word of a member's name: "Ilunga Paul", "Grace  Umba.",
 * "Me Joseph Mwamba" and "Cabinet Marc Kalala" all name a person. A personal organisation is
 * never named to donors. Returns the test for one organisation name; a member whose name has
 * no word left (only a title, or punctuation) names nobody.
 */
export function personalOrganisations(memberNames: readonly string[]): (organisation: string) => boolean {
  const people = memberNames.map(nameWords).filter((words) => words.size > 0);
  return (organisation) => {
    const words = nameWords(organisation);
    return people.some((person) => [...person].every((w) => words.has(w)));
  };
}
