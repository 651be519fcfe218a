import type { Actor, IncidentCategory, IncidentSeverity } from '../schema/lists';
import type { SampleTopic, Text } from './sampleTypes';

/*
 * Words of the sample's meetings and incidents, in both languages. All of it is invented.
 */

/**
 * What meetings discuss: mostly topics of the list (written as the list writes them), and a few
 * the secretariat names in its own words, which count as written. The order matters: meetings
 * draw from it by position, so a change here changes the whole sample.
 */
export const SAMPLE_TOPICS: readonly SampleTopic[] = [
  { code: 'incidents' },
  { code: 'risk_assessment' },
  { code: 'public_security' },
  { code: 'private_security' },
  { code: 'grievance' },
  { code: 'artisanal' },
  { code: 'community' },
  { text: { fr: 'Protocoles d’accord avec la PMH', en: 'Memoranda of understanding with the PMH' } },
  { text: { fr: 'Plan de travail annuel', en: 'Annual work plan' } },
  { text: { fr: 'Déplacements et relocalisations', en: 'Displacement and resettlement' } },
  { code: 'gender' },
  { text: { fr: 'Suivi des recommandations', en: 'Follow-up of recommendations' } },
  { code: 'vp_implementation' },
  { code: 'human_rights' },
];

/** Where meetings take place, with a weight: the secretariat sits in Lubumbashi. */
export const MEETING_PLACES: readonly (readonly [string, number])[] = [
  ['Lubumbashi', 14],
  ['Kolwezi', 3],
  ['Likasi', 2],
  ['Kipushi', 1],
];

/** Territories with invented sites (pits, concessions, quarries). */
export const TERRITORIES: readonly (readonly [string, number, readonly string[]])[] = [
  ['Kolwezi', 16, ['Concession KZ-17', 'Puits artisanal Mukoma', 'Carrière Lwilu Est']],
  ['Lubumbashi', 12, ['Usine de traitement Kasapa Sud', 'Site de Kalumba']],
  ['Likasi', 10, ['Concession LK-04', 'Puits Kamatanda Nord']],
  ['Kipushi', 10, ['Site de Mwinda', 'Concession KP-09']],
  ['Kambove', 9, ['Carrière Kabolela Sud', 'Site artisanal Shinkolobwe Ouest']],
  ['Mutshatsha', 6, ['Concession MT-02', 'Site de Kalukunda']],
  ['Sakania', 5, ['Poste frontière (route minière)', 'Concession SK-11']],
  ['Kasenga', 3, ['Site de Lukafu']],
];

export const CATEGORY_WEIGHTS: readonly (readonly [IncidentCategory, number])[] = [
  ['use_of_force', 18],
  ['arbitrary_arrest', 16],
  ['extortion', 16],
  ['threat', 12],
  ['ill_treatment', 10],
  ['property', 9],
  ['sexual_violence', 5],
  ['killing', 4],
  ['other', 5],
];

export const ACTOR_WEIGHTS: readonly (readonly [Actor, number])[] = [
  ['mining_police', 20],
  ['pnc', 18],
  ['private_security', 18],
  ['fardc', 10],
  ['company_staff', 9],
  ['anr', 4],
  ['other', 4],
  ['unknown', 6],
];

/** Severity leans on the category: a killing is never "low". */
export const SEVERITY_WEIGHTS: Readonly<Record<IncidentCategory, readonly (readonly [IncidentSeverity, number])[]>> = {
  use_of_force: [
    ['medium', 4],
    ['high', 4],
    ['critical', 1],
    ['low', 1],
  ],
  killing: [
    ['critical', 4],
    ['high', 1],
  ],
  ill_treatment: [
    ['high', 4],
    ['medium', 3],
    ['critical', 1],
  ],
  arbitrary_arrest: [
    ['medium', 5],
    ['low', 2],
    ['high', 2],
  ],
  sexual_violence: [
    ['critical', 3],
    ['high', 3],
  ],
  threat: [
    ['low', 4],
    ['medium', 4],
    ['high', 1],
  ],
  extortion: [
    ['low', 4],
    ['medium', 5],
    ['high', 1],
  ],
  property: [
    ['medium', 4],
    ['high', 3],
    ['low', 2],
  ],
  other: [
    ['low', 5],
    ['medium', 2],
  ],
};

export const REFERRALS: readonly Text[] = [
  { fr: 'Auditorat militaire', en: 'Military prosecutor' },
  { fr: 'Parquet de grande instance', en: 'Public prosecutor' },
  { fr: 'Mécanisme de plainte de l’entreprise', en: 'Company grievance mechanism' },
  { fr: 'Inspection provinciale de la police', en: 'Provincial police inspectorate' },
  { fr: 'Division provinciale des droits humains', en: 'Provincial human rights division' },
];

/** Two short, invented accounts per category; no victim or witness is ever named. */
export const DESCRIPTIONS: Readonly<Record<IncidentCategory, readonly Text[]>> = {
  use_of_force: [
    {
      fr: 'Tirs de sommation puis balles réelles lors de l’évacuation d’un puits ; deux creuseurs blessés.',
      en: 'Warning shots then live rounds while clearing a pit; two miners wounded.',
    },
    {
      fr: 'Dispersion d’une manifestation de riverains à coups de matraque.',
      en: 'Protest by local residents dispersed with batons.',
    },
  ],
  killing: [
    {
      fr: 'Un creuseur tué par balle lors d’une patrouille de nuit sur la concession.',
      en: 'An artisanal miner shot dead during a night patrol on the concession.',
    },
    {
      fr: 'Décès en détention signalé par la famille ; enquête demandée.',
      en: 'Death in custody reported by the family; investigation requested.',
    },
  ],
  ill_treatment: [
    {
      fr: 'Coups infligés à des personnes interpellées au poste de garde.',
      en: 'People held at the guard post were beaten.',
    },
    {
      fr: 'Personnes détenues exposées au soleil plusieurs heures sans eau.',
      en: 'Detainees left in the sun for hours without water.',
    },
  ],
  arbitrary_arrest: [
    {
      fr: 'Arrestation de creuseurs sans mandat, détenus trois jours.',
      en: 'Miners arrested without a warrant and held for three days.',
    },
    {
      fr: 'Détention d’un leader communautaire après une réunion publique.',
      en: 'Community leader detained after a public meeting.',
    },
  ],
  sexual_violence: [
    {
      fr: 'Violence sexuelle signalée près d’un point de contrôle ; victime orientée vers une prise en charge.',
      en: 'Sexual violence reported near a checkpoint; survivor referred for care.',
    },
    {
      fr: 'Allégation de harcèlement sexuel par un agent de garde.',
      en: 'Allegation of sexual harassment by a guard.',
    },
  ],
  threat: [
    {
      fr: 'Menaces contre un moniteur de la société civile après une publication.',
      en: 'Threats against a civil society monitor after a publication.',
    },
    {
      fr: 'Intimidation de riverains opposés à l’extension de la concession.',
      en: 'Residents opposed to the concession’s extension intimidated.',
    },
  ],
  extortion: [
    {
      fr: 'Prélèvements illégaux sur les sacs de minerai au barrage routier.',
      en: 'Illegal levies on ore bags at a roadblock.',
    },
    {
      fr: 'Saisie de motos de transporteurs contre paiement.',
      en: 'Transporters’ motorbikes seized until a payment was made.',
    },
  ],
  property: [
    {
      fr: 'Destruction de cultures lors de l’élargissement d’une route minière.',
      en: 'Crops destroyed while widening a mine road.',
    },
    {
      fr: 'Expulsion de familles sans préavis ni indemnisation.',
      en: 'Families evicted without notice or compensation.',
    },
  ],
  other: [
    { fr: 'Accès refusé à un point d’eau communautaire.', en: 'Access to a community water point refused.' },
    { fr: 'Incident de circulation impliquant un convoi escorté.', en: 'Road accident involving an escorted convoy.' },
  ],
};
