/**
 * The lists of workbook.md: each value has a code (what the engine stores), an English and a
 * French label (what templates and reports write) and other accepted spellings.
 */
export interface ListEntry<C extends string = string> {
  readonly code: C;
  readonly en: string;
  readonly fr: string;
  readonly aliases: readonly string[];
}

export const PILLARS = ['extractive', 'private_security', 'government', 'civil_society'] as const;
export type Pillar = (typeof PILLARS)[number];
/** Observers are members but not a pillar. */
export const PILLARS_AND_OBSERVER = [...PILLARS, 'observer'] as const;
export type PillarOrObserver = (typeof PILLARS_AND_OBSERVER)[number];

export type Gender = 'F' | 'M' | 'other';
export type MeetingType = 'ordinary' | 'extraordinary' | 'workshop' | 'joint';
export type MeetingStatus = 'held' | 'planned' | 'cancelled';
export type AttendanceValue = 'present' | 'represented' | 'excused' | 'absent';
export const INCIDENT_CATEGORIES = [
  'use_of_force',
  'killing',
  'ill_treatment',
  'arbitrary_arrest',
  'sexual_violence',
  'threat',
  'extortion',
  'property',
  'other',
] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];
export const ACTORS = [
  'pnc',
  'mining_police',
  'fardc',
  'anr',
  'private_security',
  'company_staff',
  'other',
  'unknown',
] as const;
export type Actor = (typeof ACTORS)[number];
/** Public security forces among the alleged perpetrators. */
export const PUBLIC_SECURITY_ACTORS: readonly Actor[] = ['pnc', 'mining_police', 'fardc', 'anr'];
export type IncidentSeverity = 'low' | 'medium' | 'high' | 'critical';
export type FollowUp = 'open' | 'in_progress' | 'closed';
/** Yes/no cells (Confidential, the publishing setting): read through the boolean list. */
type BooleanCode = 'yes' | 'no';

function entry<C extends string>(code: C, en: string, fr: string, ...aliases: string[]): ListEntry<C> {
  return { code, en, fr, aliases };
}

export const LISTS = {
  pillar: [
    entry(
      'extractive',
      'Extractive company',
      'Entreprise extractive',
      'Extractive',
      'Extractive industry',
      'Industrie extractive',
      'Mining company',
      'Entreprise minière',
    ),
    entry(
      'private_security',
      'Private security',
      'Sécurité privée',
      'PSC',
      'Private security company',
      'Société de sécurité privée',
    ),
    entry(
      'government',
      'Government',
      'Gouvernement',
      'Government and security sector',
      'Public authorities',
      'Autorités publiques',
      'État',
      'Services publics',
    ),
    entry('civil_society', 'Civil society', 'Société civile', 'CSO', 'NGO', 'OSC', 'ONG'),
    entry(
      'observer',
      'Observer',
      'Observateur',
      'Embassy',
      'Ambassade',
      'Donor',
      'Bailleur',
      'International organisation',
      'Organisation internationale',
    ),
  ] as ListEntry<PillarOrObserver>[],
  gender: [
    entry('F', 'Female', 'Femme', 'F', 'Woman', 'Féminin', 'Feminine'),
    entry('M', 'Male', 'Homme', 'M', 'H', 'Man', 'Masculin', 'Masculine'),
    entry('other', 'Other', 'Autre'),
  ] as ListEntry<Gender>[],
  meetingType: [
    entry('ordinary', 'Ordinary', 'Ordinaire'),
    entry('extraordinary', 'Extraordinary', 'Extraordinaire'),
    entry('workshop', 'Workshop or training', 'Atelier ou formation', 'Workshop', 'Training', 'Atelier', 'Formation'),
    entry('joint', 'Joint meeting', 'Réunion conjointe', 'Joint', 'Conjointe'),
  ] as ListEntry<MeetingType>[],
  meetingStatus: [
    entry('held', 'Held', 'Tenue', 'Tenu', 'Done', 'Réalisée', 'Réalisé'),
    entry('planned', 'Planned', 'Prévue', 'Prévu', 'Planifiée', 'Planifié'),
    entry('cancelled', 'Cancelled', 'Annulée', 'Annulé', 'Canceled', 'Postponed', 'Reportée', 'Reporté'),
  ] as ListEntry<MeetingStatus>[],
  attendance: [
    entry('present', 'Present', 'Présent', 'Présente', 'P', 'Yes', 'Oui', 'X'),
    entry('represented', 'Represented', 'Représenté', 'Représentée', 'R'),
    entry('excused', 'Excused', 'Excusé', 'Excusée', 'E'),
    entry('absent', 'Absent', 'Absent', 'Absente', 'A', 'No', 'Non'),
  ] as ListEntry<AttendanceValue>[],
  incidentCategory: [
    entry('use_of_force', 'Excessive use of force', 'Usage excessif de la force'),
    entry('killing', 'Killing', 'Homicide', 'Meurtre'),
    entry('ill_treatment', 'Ill-treatment or torture', 'Mauvais traitements ou torture'),
    entry('arbitrary_arrest', 'Arbitrary arrest or detention', 'Arrestation ou détention arbitraire'),
    entry('sexual_violence', 'Sexual violence', 'Violence sexuelle'),
    entry('threat', 'Threats or intimidation', 'Menaces ou intimidation'),
    entry('extortion', 'Extortion or looting', 'Extorsion ou pillage'),
    entry('property', 'Destruction of property or eviction', 'Destruction de biens ou expulsion'),
    entry('other', 'Other', 'Autre'),
  ] as ListEntry<IncidentCategory>[],
  actor: [
    entry('pnc', 'National police (PNC)', 'Police nationale (PNC)', 'PNC', 'Police'),
    entry('mining_police', 'Mining police (PMH)', 'Police des mines (PMH)', 'PMH'),
    entry('fardc', 'Armed forces (FARDC)', 'Forces armées (FARDC)', 'FARDC', 'Army', 'Armée'),
    entry('anr', 'Intelligence agency (ANR)', 'Renseignement (ANR)', 'ANR'),
    entry('private_security', 'Private security company', 'Société de sécurité privée', 'PSC', 'Sécurité privée'),
    entry('company_staff', 'Company staff', "Personnel de l'entreprise"),
    entry('other', 'Other', 'Autre'),
    entry('unknown', 'Unknown', 'Inconnu'),
  ] as ListEntry<Actor>[],
  severity: [
    entry('low', 'Low', 'Faible'),
    entry('medium', 'Medium', 'Moyenne'),
    entry('high', 'High', 'Élevée'),
    entry('critical', 'Critical', 'Critique'),
  ] as ListEntry<IncidentSeverity>[],
  followUp: [
    entry('open', 'Open', 'Ouvert'),
    entry('in_progress', 'In progress', 'En cours'),
    entry('closed', 'Closed', 'Clôturé', 'Clos', 'Fermé', 'Résolu'),
  ] as ListEntry<FollowUp>[],
  boolean: [
    entry('yes', 'Yes', 'Oui', 'Y', 'O', 'True', 'Vrai', '1', 'X'),
    entry('no', 'No', 'Non', 'N', 'False', 'Faux', '0'),
  ] as ListEntry<BooleanCode>[],
} as const;

export type ListName = keyof typeof LISTS;
/** The codes of one list (`pillar` → `extractive` | … | `observer`). */
export type ListCode<L extends ListName> = (typeof LISTS)[L][number]['code'];

/** The label of a code in a language, as templates and reports write it. */
export function listLabel<L extends ListName>(list: L, code: ListCode<L>, lang: 'fr' | 'en'): string {
  const found = (LISTS[list] as readonly ListEntry[]).find((e) => e.code === code);
  return found ? found[lang] : code;
}
