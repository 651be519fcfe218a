/**
 * The Settings sheet's keys (workbook.md), their labels, kinds and defaults.
 * - rate: a share in [0, 1], written 0.6, 60%, 60 % or 70 (a bare number above 1 is a percentage);
 * - count: a whole number from `min` to `max`, counted in `unit` (the upper bound says so in
 *   its message: "at most 3,650 days"); a date typed there is refused, not read as its serial;
 * - text: any text;
 * - boolean: yes or no, as the `boolean` list writes them (Yes, No, Oui, Non, Y, N, O, True, Faux, 1, 0, X…).
 */
export type SettingKind =
  { readonly kind: 'text' } | { readonly kind: 'rate' } | CountKind | { readonly kind: 'boolean' };

/** What a count setting counts: the word of its bound in messages ("at most 3,650 days"); null: a bare number. */
export type CountUnit = 'days' | 'meetings' | 'members' | null;

export interface CountKind {
  readonly kind: 'count';
  readonly min: number;
  /** The largest value a secretariat would mean; above it is a typing slip (or a date). */
  readonly max: number;
  readonly unit: CountUnit;
}

export interface Settings {
  readonly groupName: string;
  readonly meetingsPerMonth: number;
  readonly attendanceTarget: number;
  readonly fullPillarTarget: number;
  readonly regularTarget: number;
  readonly minPerPillar: number;
  readonly sharedTarget: number;
  readonly engagementWindow: number;
  readonly overdueDays: number;
  readonly minCount: number;
  /** No: donor reports name no organisation at all (they are still counted). */
  readonly publishOrganisations: boolean;
  /** The programme's targets (programme.md): key stakeholders on board, technical sessions, linked meetings. */
  readonly keyStakeholderTarget: number;
  readonly expertiseTarget: number;
  readonly linkedTarget: number;
  /** A link with no meeting for longer than this many days is dormant. */
  readonly dormantDays: number;
}
export type SettingKey = keyof Settings;

/** The kinds a setting of this value type may have: a number is a rate or a count. */
type KindFor<V> = V extends boolean
  ? { readonly kind: 'boolean' }
  : V extends string
    ? { readonly kind: 'text' }
    : { readonly kind: 'rate' } | CountKind;

/** One setting: its key, its labels, and a kind that fits the type of its value in Settings. */
export type SettingSpec = {
  readonly [K in SettingKey]: {
    readonly key: K;
    readonly en: string;
    readonly fr: string;
    readonly kind: KindFor<Settings[K]>;
  };
}[SettingKey];

const rate = { kind: 'rate' } as const;
const count = (min: number, max: number, unit: CountUnit): CountKind => ({ kind: 'count', min, max, unit });

export const SETTING_SPECS: readonly SettingSpec[] = [
  { key: 'groupName', en: 'Group name', fr: 'Nom du groupe', kind: { kind: 'text' } },
  {
    key: 'meetingsPerMonth',
    en: 'Target meetings per month',
    fr: 'Réunions visées par mois',
    kind: count(1, 31, 'meetings'),
  },
  { key: 'attendanceTarget', en: 'Target attendance rate', fr: 'Taux de présence visé', kind: rate },
  {
    key: 'fullPillarTarget',
    en: 'Target share of meetings with all pillars',
    fr: 'Part visée de réunions avec tous les piliers',
    kind: rate,
  },
  { key: 'regularTarget', en: 'Target share of regular members', fr: 'Part visée de membres réguliers', kind: rate },
  {
    key: 'minPerPillar',
    en: 'Minimum active members per pillar',
    fr: 'Minimum de membres actifs par pilier',
    kind: count(1, 100, 'members'),
  },
  { key: 'sharedTarget', en: 'Target share of incidents shared', fr: "Part visée d'incidents partagés", kind: rate },
  {
    key: 'engagementWindow',
    en: 'Engagement window (meetings)',
    fr: "Fenêtre d'engagement (réunions)",
    // Ten years of monthly meetings.
    kind: count(3, 120, 'meetings'),
  },
  {
    key: 'overdueDays',
    en: 'Follow-up overdue after (days)',
    fr: 'Suivi en retard après (jours)',
    kind: count(1, 3650, 'days'),
  },
  {
    key: 'minCount',
    en: 'Smallest count shown in donor reports',
    fr: 'Plus petit effectif publié',
    kind: count(3, 100, null),
  },
  {
    key: 'publishOrganisations',
    en: 'Publish organisation names in donor reports',
    fr: 'Publier les noms des organisations dans les rapports pour les bailleurs',
    kind: { kind: 'boolean' },
  },
  {
    key: 'keyStakeholderTarget',
    en: 'Target share of key stakeholders on board',
    fr: "Part visée d'acteurs clés membres",
    kind: rate,
  },
  {
    key: 'expertiseTarget',
    en: 'Target share of meetings with technical expertise',
    fr: 'Part visée de réunions avec expertise technique',
    kind: rate,
  },
  {
    key: 'linkedTarget',
    en: 'Target share of meetings linked to an initiative',
    fr: 'Part visée de réunions liées à une initiative',
    kind: rate,
  },
  {
    key: 'dormantDays',
    en: 'A link is dormant after (days)',
    fr: 'Lien inactif après (jours)',
    kind: count(1, 3650, 'days'),
  },
];

export const DEFAULT_SETTINGS: Settings = {
  groupName: 'VPs Working Group',
  meetingsPerMonth: 1,
  attendanceTarget: 0.6,
  fullPillarTarget: 0.75,
  regularTarget: 0.6,
  minPerPillar: 3,
  sharedTarget: 0.8,
  engagementWindow: 6,
  overdueDays: 90,
  minCount: 5,
  publishOrganisations: true,
  keyStakeholderTarget: 0.5,
  expertiseTarget: 0.25,
  linkedTarget: 0.25,
  dormantDays: 180,
};
