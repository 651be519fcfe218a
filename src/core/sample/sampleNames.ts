import type { Gender, PillarOrObserver } from '../schema/lists';
import type { Text } from './sampleTypes';

/**
 * Invented people and organisations. Names are common Katangese first names and surnames
 * drawn at random into pairs, so no row describes a real person; company and NGO names are
 * made up and every e-mail address uses the reserved `.example` domain.
 */
export const FIRST_NAMES: readonly (readonly [string, Gender])[] = [
  ['Jean-Pierre', 'M'],
  ['Marie', 'F'],
  ['Patrick', 'M'],
  ['Espérance', 'F'],
  ['Joseph', 'M'],
  ['Chantal', 'F'],
  ['Dieudonné', 'M'],
  ['Aimée', 'F'],
  ['Olivier', 'M'],
  ['Grâce', 'F'],
  ['Pascal', 'M'],
  ['Béatrice', 'F'],
  ['Christophe', 'M'],
  ['Nadine', 'F'],
  ['Emmanuel', 'M'],
  ['Sylvie', 'F'],
  ['Didier', 'M'],
  ['Clarisse', 'F'],
  ['Héritier', 'M'],
  ['Rachel', 'F'],
  ['Fiston', 'M'],
  ['Gisèle', 'F'],
  ['Serge', 'M'],
  ['Françoise', 'F'],
  ['Trésor', 'M'],
  ['Josée', 'F'],
  ['Blaise', 'M'],
  ['Mireille', 'F'],
  ['Augustin', 'M'],
  ['Solange', 'F'],
  ['Guy', 'M'],
  ['Pauline', 'F'],
  ['Albert', 'M'],
  ['Ruth', 'F'],
  ['Cédric', 'M'],
  ['Henriette', 'F'],
  ['Junior', 'M'],
  ['Laetitia', 'F'],
  ['Moïse', 'M'],
  ['Odette', 'F'],
];

export const SURNAMES: readonly string[] = [
  'Mwamba',
  'Kalenga',
  'Ilunga',
  'Mulunda',
  'Kasongo',
  'Banza',
  'Ngoy',
  'Kyungu',
  'Numbi',
  'Mukalay',
  'Kapend',
  'Tshibangu',
  'Mbuyu',
  'Kitenge',
  'Mutombo',
  'Lukusa',
  'Kabamba',
  'Nkulu',
  'Kasanda',
  'Mumba',
  'Kayembe',
  'Mpanga',
  'Musonda',
  'Kazadi',
  'Ngandu',
  'Mukendi',
  'Kalombo',
  'Mwape',
  'Kabwe',
  'Sangwa',
  'Yav',
  'Tshiamala',
  'Kasembe',
  'Kiluba',
  'Mpoyo',
  'Kahenga',
  'Museba',
  'Lenge',
  'Kilufya',
  'Mbayo',
];

/** Foreign staff of observer organisations. */
export const OBSERVER_PEOPLE: readonly (readonly [string, Gender])[] = [
  ['Anna Lindqvist', 'F'],
  ['Thomas Becker', 'M'],
  ['Sarah Whitfield', 'F'],
  ['Pieter de Vries', 'M'],
  ['Claire Dumontel', 'F'],
  ['Mark Oduya', 'M'],
  ['Ingrid Solberg', 'F'],
  ['Luca Ferrante', 'M'],
];

/** Delegates who come in a member's place (named only in the personal Delegate column). */
export const DELEGATES: readonly string[] = [
  'Alain Kalume',
  'Bernadette Kisimba',
  'Charles Mwenze',
  'Denise Lwamba',
  'Éric Kapinga',
  'Félicité Mumbere',
  'Gilbert Kanyinda',
  'Hortense Mujinga',
];

export interface SampleOrganisation {
  readonly name: Text;
  readonly domain: string;
  readonly pillar: PillarOrObserver;
}

function org(pillar: PillarOrObserver, fr: string, en: string, domain: string): SampleOrganisation {
  return { pillar, name: { fr, en }, domain };
}

export const ORGANISATIONS: readonly SampleOrganisation[] = [
  org('extractive', 'Lufira Copper SA', 'Lufira Copper SA', 'lufiracopper'),
  org('extractive', 'Malachite Mining SARL', 'Malachite Mining SARL', 'malachitemining'),
  org('extractive', 'Kambove Cobalt Resources', 'Kambove Cobalt Resources', 'kcr'),
  org('extractive', 'Katanga Sud Métaux', 'Katanga Sud Metals', 'ksmetaux'),
  org('extractive', 'Shaba Hills Minerals', 'Shaba Hills Minerals', 'shabahills'),
  org('extractive', 'Coopérative minière Tuendelee', 'Tuendelee mining cooperative', 'tuendelee'),
  org('extractive', 'Kipushi Zinc Venture', 'Kipushi Zinc Venture', 'kzv'),
  org('private_security', 'Léopard Sécurité SARL', 'Léopard Sécurité SARL', 'leopardsecu'),
  org('private_security', 'Bouclier Gardiennage', 'Bouclier Gardiennage', 'bouclier'),
  org('private_security', 'Katanga Guard Services', 'Katanga Guard Services', 'kgs'),
  org('private_security', 'Sentinelle Protection', 'Sentinelle Protection', 'sentinelle'),
  org('government', 'Division provinciale des Mines', 'Provincial Mines Division', 'mines-hk.gouv'),
  org('government', 'Police nationale congolaise (PNC)', 'Congolese National Police (PNC)', 'pnc-hk.gouv'),
  org('government', 'Police des mines et hydrocarbures (PMH)', 'Mines and Hydrocarbons Police (PMH)', 'pmh-hk.gouv'),
  org(
    'government',
    'Forces armées (FARDC), état-major provincial',
    'Armed forces (FARDC), provincial staff',
    'fardc-hk.gouv',
  ),
  org(
    'government',
    'Gouvernorat — cellule droits humains',
    "Governor's office — human rights unit",
    'gouvernorat-hk.gouv',
  ),
  org('government', 'Auditorat militaire', 'Military prosecutor', 'auditorat-hk.gouv'),
  org(
    'government',
    'Service d’assistance aux mines artisanales',
    'Artisanal mining support service',
    'saemape-hk.gouv',
  ),
  org('civil_society', 'Observatoire des droits humains du Katanga', 'Katanga Human Rights Observatory', 'odhk'),
  org('civil_society', 'Justice pour les creuseurs', 'Justice for Artisanal Miners', 'jpc-ong'),
  org('civil_society', 'Femmes et mines Katanga', 'Women and Mining Katanga', 'femmesmines'),
  org('civil_society', 'Commission diocésaine Justice et Paix', 'Diocesan Justice and Peace Commission', 'cdjp-lub'),
  org('civil_society', 'Action pour les communautés riveraines', 'Action for Mining Communities', 'acr-ong'),
  org('civil_society', 'Réseau des radios communautaires', 'Community Radio Network', 'rrc-katanga'),
  org('observer', 'Ambassade de Norlande', 'Embassy of Norland', 'norland-embassy'),
  org('observer', 'Consulat général de Valmerie', 'Consulate General of Valmeria', 'valmeria-consulate'),
  org('observer', 'Fonds Lumière pour la gouvernance', 'Lumière Governance Fund', 'lumierefund'),
  org(
    'observer',
    'Programme conjoint droits humains et industries extractives',
    'Joint Programme on Human Rights and Extractives',
    'jphre',
  ),
];

export const ROLES: Readonly<Record<PillarOrObserver, readonly Text[]>> = {
  extractive: [
    { fr: 'Directeur sécurité', en: 'Security manager' },
    { fr: 'Responsable relations communautaires', en: 'Community relations officer' },
    { fr: 'Chargée conformité droits humains', en: 'Human rights compliance officer' },
    { fr: 'Directeur des affaires publiques', en: 'Public affairs director' },
  ],
  private_security: [
    { fr: 'Directeur des opérations', en: 'Operations director' },
    { fr: 'Responsable formation', en: 'Training manager' },
    { fr: 'Chef de site', en: 'Site supervisor' },
  ],
  government: [
    { fr: 'Commissaire', en: 'Commissioner' },
    { fr: 'Chef de division', en: 'Head of division' },
    { fr: 'Officier de liaison', en: 'Liaison officer' },
    { fr: 'Conseiller juridique', en: 'Legal adviser' },
  ],
  civil_society: [
    { fr: 'Coordonnateur', en: 'Coordinator' },
    { fr: 'Chargée de plaidoyer', en: 'Advocacy officer' },
    { fr: 'Moniteur droits humains', en: 'Human rights monitor' },
    { fr: 'Président', en: 'Chair' },
  ],
  observer: [
    { fr: 'Chargé de programme', en: 'Programme officer' },
    { fr: 'Premier secrétaire', en: 'First secretary' },
    { fr: 'Conseillère gouvernance', en: 'Governance adviser' },
  ],
};
