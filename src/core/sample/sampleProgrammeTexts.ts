import type { InitiativeKind, PillarOrObserver } from '../schema/lists';
import type { SampleCountry, Text } from './sampleTypes';

/*
 * Words of the programme's sheets in the sample (programme.md), in both languages. Invented,
 * apart from the names of real platforms the group would link with (IDAK, EITI).
 */

export interface InitiativeText {
  readonly name: Text;
  readonly kind: InitiativeKind;
  readonly province: Text | null;
}

/** IDAK, the Lualaba VPs group, EITI DRC and the national VPs platform: the four a meeting's draw names. */
export const LINKED_INITIATIVES: readonly InitiativeText[] = [
  { name: { fr: 'IDAK', en: 'IDAK' }, kind: 'investment', province: { fr: 'Haut-Katanga', en: 'Haut-Katanga' } },
  {
    name: { fr: 'Groupe de travail PV Lualaba', en: 'Lualaba VPs Working Group' },
    kind: 'vp_platform',
    province: { fr: 'Lualaba', en: 'Lualaba' },
  },
  { name: { fr: 'ITIE RDC', en: 'EITI DRC' }, kind: 'international', province: null },
  {
    name: { fr: 'Plateforme nationale PV', en: 'National VPs platform' },
    kind: 'vp_platform',
    province: { fr: 'Kinshasa', en: 'Kinshasa' },
  },
];

/** A civil-society network the group starts to work with late in the sample. */
export const NEW_INITIATIVE: InitiativeText = {
  name: { fr: 'Cadre de concertation OSC mines', en: 'Civil-society mining forum' },
  kind: 'civil_society',
  province: { fr: 'Haut-Katanga', en: 'Haut-Katanga' },
};

/** Facilitators of technical sessions (personal: never in a donor report). */
export const EXPERTS: readonly string[] = [
  'Ana María Rojas',
  'Carlos Quispe',
  'Ngozi Okafor',
  'Kwame Asante',
  'Thandar Win',
  'Dewi Lestari',
  'Prosper Kabongo',
  'Mireille Tshomba',
];

/** The six countries whose VPs groups the programme learns from. */
export const LESSON_COUNTRIES: readonly SampleCountry[] = [
  { code: 'CO' },
  { code: 'PE' },
  { code: 'NG' },
  { code: 'GH' },
  { code: 'MM' },
  { code: 'ID' },
];

/** A country outside the list, which counts as written. */
export const OTHER_COUNTRY: SampleCountry = { text: { fr: 'Afrique du Sud', en: 'South Africa' } };

/**
 * Organisations the mapping approaches that are not (yet) at the table, by pillar. Government
 * comes first and is the longest: public security services are the hardest to bring in.
 */
export const PROSPECTS: Readonly<Record<PillarOrObserver, readonly Text[]>> = {
  government: [
    { fr: 'Agence nationale de renseignements (ANR)', en: 'National Intelligence Agency (ANR)' },
    { fr: 'Commissariat provincial de la PNC', en: 'PNC provincial command' },
    { fr: 'Division provinciale des droits humains', en: 'Provincial human rights division' },
    { fr: 'Mairie de Kolwezi', en: 'Kolwezi city council' },
    { fr: 'Parquet de grande instance de Likasi', en: 'Likasi public prosecutor' },
    { fr: 'Cadastre minier, antenne de Lubumbashi', en: 'Mining registry, Lubumbashi office' },
  ],
  private_security: [
    { fr: 'Vigilance Katanga SARL', en: 'Vigilance Katanga SARL' },
    { fr: 'Garde Plus RDC', en: 'Garde Plus DRC' },
    { fr: 'Rempart Sécurité', en: 'Rempart Security' },
  ],
  extractive: [
    { fr: 'Mutoshi Cobalt SA', en: 'Mutoshi Cobalt SA' },
    { fr: 'Coopérative minière Lukuni', en: 'Lukuni mining cooperative' },
    { fr: 'Kolwezi Tailings Company', en: 'Kolwezi Tailings Company' },
  ],
  civil_society: [
    { fr: 'Ligue des femmes creuseuses', en: 'League of women artisanal miners' },
    { fr: 'Clinique juridique de Kipushi', en: 'Kipushi legal clinic' },
  ],
  observer: [{ fr: 'Délégation de l’Union de Valmerie', en: 'Valmerian Union delegation' }],
};
