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
/** How much weight a stakeholder carries: `high` marks a key representative (programme.md). */
export const INFLUENCES = ['high', 'medium', 'low'] as const;
export type Influence = (typeof INFLUENCES)[number];
export const INITIATIVE_KINDS = [
  'vp_platform',
  'investment',
  'government',
  'civil_society',
  'international',
  'other',
] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];
export const TOPICS = [
  'vp_implementation',
  'risk_assessment',
  'public_security',
  'private_security',
  'human_rights',
  'grievance',
  'community',
  'gender',
  'incidents',
  'legal',
  'artisanal',
] as const;
export type Topic = (typeof TOPICS)[number];
/** The VPs countries whose lessons the programme brings; any other country counts as written. */
export const COUNTRIES = ['CO', 'PE', 'NG', 'GH', 'MM', 'ID'] as const;
export type Country = (typeof COUNTRIES)[number];

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
  influence: [
    entry('high', 'High', 'Élevée', 'Key', 'Clé', 'Fort', 'Forte'),
    entry('medium', 'Medium', 'Moyenne'),
    entry('low', 'Low', 'Faible'),
  ] as ListEntry<Influence>[],
  initiativeKind: [
    entry(
      'vp_platform',
      'VPs platform or working group',
      'Plateforme ou groupe de travail PV',
      'VPs',
      'PV',
      'Working group',
      'Groupe de travail',
    ),
    entry(
      'investment',
      'Investment or development initiative',
      "Initiative d'investissement ou de développement",
      'IDAK',
      'Development',
      'Développement',
    ),
    entry('government', 'Government programme', 'Programme public', 'Government', 'Gouvernement'),
    entry('civil_society', 'Civil-society network', 'Réseau de la société civile', 'CSO network', 'Réseau OSC'),
    entry(
      'international',
      'International initiative',
      'Initiative internationale',
      'ICoCA',
      'OECD',
      'OCDE',
      'ITSCI',
      'EITI',
      'ITIE',
    ),
    entry('other', 'Other', 'Autre'),
  ] as ListEntry<InitiativeKind>[],
  topic: [
    entry(
      'vp_implementation',
      'Implementing the VPs',
      'Mise en œuvre des Principes volontaires',
      'VPs',
      'PV',
      'Voluntary Principles',
      'Principes volontaires',
    ),
    entry('risk_assessment', 'Risk assessment', 'Évaluation des risques'),
    entry(
      'public_security',
      'Working with public security forces',
      'Relations avec la sécurité publique',
      'Public security',
      'Sécurité publique',
    ),
    entry(
      'private_security',
      'Working with private security',
      'Relations avec la sécurité privée',
      'Private security',
      'Sécurité privée',
    ),
    entry(
      'human_rights',
      'Human-rights standards',
      'Normes de droits humains',
      'Human rights',
      'Droits humains',
      "Droits de l'homme",
    ),
    entry(
      'grievance',
      'Grievance and remedy',
      'Plaintes et réparation',
      'Grievance mechanism',
      'Mécanisme de plainte',
      'Remedy',
      'Réparation',
    ),
    entry('community', 'Community relations', 'Relations avec les communautés', 'Communities', 'Communautés'),
    entry('gender', 'Gender and sexual violence', 'Genre et violences sexuelles', 'Gender', 'Genre', 'SGBV', 'VSBG'),
    entry('incidents', 'Incident reporting and response', 'Signalement et suivi des incidents', 'Incidents'),
    entry('legal', 'Legal framework', 'Cadre juridique', 'Mining code', 'Code minier', 'Law', 'Loi'),
    entry('artisanal', 'Artisanal mining', 'Exploitation minière artisanale', 'ASM', 'EMA', 'Artisanal', 'Creuseurs'),
  ] as ListEntry<Topic>[],
  country: [
    entry('CO', 'Colombia', 'Colombie'),
    entry('PE', 'Peru', 'Pérou'),
    entry('NG', 'Nigeria', 'Nigéria', 'Nigeria'),
    entry('GH', 'Ghana', 'Ghana'),
    entry('MM', 'Myanmar', 'Myanmar', 'Birmanie'),
    entry('ID', 'Indonesia', 'Indonésie'),
  ] as ListEntry<Country>[],
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
