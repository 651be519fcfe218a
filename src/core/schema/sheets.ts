import type { Day } from '../workbook/day';
import type { ListCode, ListName } from './lists';

/**
 * One declaration per contract sheet (workbook.md): its names and its columns. Everything
 * that reads, validates, writes a template or a sample takes names from here.
 */
/** A list value; `descriptive` lists only describe (a bad value is a warning, taken as blank). */
export interface ListField<L extends ListName = ListName> {
  readonly kind: 'list';
  readonly list: L;
  readonly descriptive: boolean;
}
/**
 * A multi-value cell (programme.md): parts split on `;` (also on `,` where `comma`), each matched
 * against `list`; a part that matches nothing counts as its own text and is never an issue.
 * `list` null: free names (the meetings' initiatives). Read as its text; its parts are read when
 * the record is built.
 */
export interface MultiField {
  readonly kind: 'multi';
  readonly list: MultiList | null;
  readonly comma: boolean;
}
/** The lists whose values a multi-value cell may hold. */
export type MultiList = Extract<ListName, 'topic' | 'country'>;
export type FieldType = { readonly kind: 'text' } | { readonly kind: 'date' } | ListField | MultiField;

export interface FieldSpec<K extends string = string, T extends FieldType = FieldType, R extends boolean = boolean> {
  readonly key: K;
  readonly en: string;
  readonly fr: string;
  readonly aliases: readonly string[];
  readonly type: T;
  /** A row without this cell is left out (`cell/required`). */
  readonly required: R;
  /** Personal or sensitive: never leaves the workbook in any export. */
  readonly neverExported?: boolean;
}

/** What a cell of this type is once read: a Day for a date, the list's code, else its text. */
export type FieldValue<T extends FieldType> = T extends { readonly kind: 'date' }
  ? Day
  : T extends ListField<infer L>
    ? ListCode<L>
    : string;

export type SheetKey =
  'members' | 'meetings' | 'attendance' | 'incidents' | 'stakeholders' | 'initiatives' | 'settings';
/** The English contract names, used as `sheet` of `sheet/missing` and keys of `excludedRows`. */
export type ContractSheetName =
  'Members' | 'Meetings' | 'Attendance' | 'Incidents' | 'Stakeholders' | 'Initiatives' | 'Settings';

export interface SheetSpec<K extends string = string> {
  readonly key: SheetKey;
  readonly en: ContractSheetName;
  readonly fr: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
  /** The severity of `sheet/missing` when no sheet matches; null: a missing sheet is no issue. */
  readonly whenMissing: 'error' | 'warning' | 'info' | null;
  /**
   * Added to a workbook only when the user asks (the programme's optional sheets): creating
   * "the missing sheets" leaves it out unless it is asked for by name.
   */
  readonly onRequest: boolean;
  readonly fields: readonly FieldSpec<K>[];
}

const text = { kind: 'text' } as const;
const date = { kind: 'date' } as const;
function list<L extends ListName>(name: L, descriptive = false): ListField<L> {
  return { kind: 'list', list: name, descriptive };
}
function multi(name: MultiList | null, comma = false): MultiField {
  return { kind: 'multi', list: name, comma };
}
function field<K extends string, T extends FieldType, R extends boolean>(
  key: K,
  en: string,
  fr: string,
  type: T,
  required: R,
  aliases: readonly string[] = [],
  neverExported = false,
): FieldSpec<K, T, R> {
  return { key, en, fr, type, required, aliases, neverExported };
}

export const MEMBERS = {
  key: 'members',
  en: 'Members',
  fr: 'Membres',
  aliases: ['Liste des membres', 'Member list'],
  required: true,
  whenMissing: 'error',
  onRequest: false,
  fields: [
    field('memberId', 'Member ID', 'ID membre', text, true, ['ID', 'Code']),
    field('name', 'Name', 'Nom', text, true, [], true),
    field('organisation', 'Organisation', 'Organisation', text, true, ['Organization', 'Structure']),
    field('pillar', 'Pillar', 'Pilier', list('pillar'), true),
    field('gender', 'Gender', 'Genre', list('gender', true), false, ['Sexe', 'Sex']),
    field('role', 'Role', 'Fonction', text, false, ['Title', 'Poste']),
    field('email', 'Email', 'Courriel', text, false, ['E-mail'], true),
    field('phone', 'Phone', 'Téléphone', text, false, ['Tel', 'Tél'], true),
    field('joined', 'Joined', "Date d'adhésion", date, true, ['Member since', 'Membre depuis']),
    field('left', 'Left', 'Date de départ', date, false),
  ],
} as const satisfies SheetSpec;

export const MEETINGS = {
  key: 'meetings',
  en: 'Meetings',
  fr: 'Réunions',
  aliases: ['Reunions', 'Meeting list'],
  required: true,
  whenMissing: 'error',
  onRequest: false,
  fields: [
    field('meetingId', 'Meeting ID', 'ID réunion', text, true, ['ID', 'Code']),
    field('date', 'Date', 'Date', date, true),
    field('type', 'Type', 'Type', list('meetingType', true), false),
    field('status', 'Status', 'Statut', list('meetingStatus'), false),
    field('location', 'Location', 'Lieu', text, false),
    field('topics', 'Topics', 'Thèmes', multi('topic'), false),
    field('lessons', 'Lessons from', 'Expériences de', multi('country', true), false, [
      'Countries',
      'Pays',
      'Lessons learnt from',
      'Leçons de',
      "Expériences d'autres pays",
    ]),
    // Personal: the internal report lists the experts of the sessions, the donor report never.
    field(
      'expert',
      'Expert or facilitator',
      'Expert ou facilitateur',
      text,
      false,
      ['Expert', 'Facilitator', 'Facilitateur', 'Intervenant'],
      true,
    ),
    field('initiative', 'Linked initiative', 'Initiative liée', multi(null), false),
  ],
} as const satisfies SheetSpec;

export const ATTENDANCE = {
  key: 'attendance',
  en: 'Attendance',
  fr: 'Présences',
  aliases: ['Presence', 'Participation'],
  required: true,
  whenMissing: 'error',
  onRequest: false,
  fields: [
    field('meetingId', 'Meeting ID', 'ID réunion', text, true),
    field('memberId', 'Member ID', 'ID membre', text, true),
    field('attendance', 'Attendance', 'Présence', list('attendance'), true, ['Status', 'Statut']),
    field('delegate', 'Delegate', 'Délégué', text, false, [], true),
  ],
} as const satisfies SheetSpec;

export const INCIDENTS = {
  key: 'incidents',
  en: 'Incidents',
  fr: 'Incidents',
  aliases: ['Incident log', 'Registre des incidents'],
  required: false,
  whenMissing: 'warning',
  onRequest: false,
  fields: [
    field('incidentId', 'Incident ID', 'ID incident', text, true, ['ID', 'Code']),
    field('date', 'Date', 'Date', date, true),
    field('reported', 'Reported on', 'Date de signalement', date, false),
    field('territory', 'Territory', 'Territoire', text, true, ['Location', 'Lieu', 'Ville']),
    field('site', 'Site', 'Site', text, false, [], true),
    field('category', 'Category', 'Catégorie', list('incidentCategory'), true, ['Type']),
    field('actor', 'Alleged perpetrator', 'Auteur présumé', list('actor'), true, ['Actor', 'Acteur', 'Auteur']),
    field('severity', 'Severity', 'Gravité', list('severity', true), false),
    field('sharedMeetingId', 'Shared at meeting', 'Partagé en réunion', text, false),
    field('followUp', 'Follow-up', 'Suivi', list('followUp'), true),
    field('closed', 'Closed on', 'Date de clôture', date, false),
    field('referredTo', 'Referred to', 'Référé à', text, false),
    field('confidential', 'Confidential', 'Confidentiel', list('boolean'), false),
    field('description', 'Description', 'Description', text, false, [], true),
  ],
} as const satisfies SheetSpec;

/** The stakeholder mapping (programme.md, measure 1): optional, one row per organisation or representative. */
export const STAKEHOLDERS = {
  key: 'stakeholders',
  en: 'Stakeholders',
  fr: 'Cartographie',
  aliases: ['Cartographie des acteurs', 'Stakeholder mapping', 'Mapping', 'Parties prenantes'],
  required: false,
  whenMissing: 'info',
  onRequest: true,
  fields: [
    field('stakeholderId', 'Stakeholder ID', 'ID acteur', text, true, ['ID', 'Code']),
    field('organisation', 'Organisation', 'Organisation', text, true, ['Organization', 'Structure']),
    field('pillar', 'Pillar', 'Pilier', list('pillar'), true),
    field('contact', 'Contact person', 'Personne de contact', text, false, [], true),
    field('role', 'Role', 'Fonction', text, false, ['Title', 'Poste']),
    field('influence', 'Influence', 'Influence', list('influence', true), false),
    field('territory', 'Territory', 'Territoire', text, false),
    field('identified', 'Identified on', 'Identifié le', date, true, ['Date identified', "Date d'identification"]),
    field('contacted', 'Contacted on', 'Contacté le', date, false),
    field('invited', 'Invited on', 'Invité le', date, false),
    field('declined', 'Declined on', 'Refus le', date, false, ['Refused on', 'Date de refus']),
    field('memberId', 'Member ID', 'ID membre', text, false),
    field('notes', 'Notes', 'Notes', text, false, [], true),
  ],
} as const satisfies SheetSpec;

/** The initiatives and platforms the group is, or wants to be, linked with (programme.md, measure 4). */
export const INITIATIVES = {
  key: 'initiatives',
  en: 'Initiatives',
  fr: 'Initiatives',
  aliases: ['Partenaires', 'Partners', 'Liens', 'Links', 'Plateformes'],
  required: false,
  whenMissing: 'info',
  onRequest: true,
  fields: [
    field('name', 'Initiative', 'Initiative', text, true, ['Name', 'Nom']),
    field('kind', 'Kind', 'Nature', list('initiativeKind', true), false, ['Type', 'Category', 'Catégorie']),
    field('province', 'Province', 'Province', text, false),
    field('since', 'Linked since', 'Lié depuis', date, false),
    field('contact', 'Contact person', 'Personne de contact', text, false, [], true),
    field('notes', 'Notes', 'Notes', text, false, [], true),
  ],
} as const satisfies SheetSpec;

/** Settings has two columns: the setting's label and its value (see settings.ts for the keys). */
export const SETTINGS = {
  key: 'settings',
  en: 'Settings',
  fr: 'Paramètres',
  aliases: ['Parametres', 'Config'],
  required: false,
  whenMissing: null,
  onRequest: false,
  fields: [field('setting', 'Setting', 'Paramètre', text, true), field('value', 'Value', 'Valeur', text, true)],
} as const satisfies SheetSpec;

/** The contract sheets in their canonical order (the template's order too). */
export const SHEETS: readonly SheetSpec[] = [
  MEMBERS,
  MEETINGS,
  ATTENDANCE,
  INCIDENTS,
  STAKEHOLDERS,
  INITIATIVES,
  SETTINGS,
];

/** A sheet's field keys. */
export type FieldKey<S extends SheetSpec> = S['fields'][number]['key'];

/** A row of a sheet as read: every field, null when blank, unreadable or its column is absent. */
export type RowValues<S extends SheetSpec> = {
  readonly [F in S['fields'][number] as F['key']]: FieldValue<F['type']> | null;
};

/** A row that passed validation: its required fields are there (the others may still be null). */
export type CompleteRowValues<S extends SheetSpec> = {
  readonly [F in S['fields'][number] as F['key']]: F['required'] extends true
    ? FieldValue<F['type']>
    : FieldValue<F['type']> | null;
};

export type MemberField = (typeof MEMBERS.fields)[number]['key'];
export type MeetingField = (typeof MEETINGS.fields)[number]['key'];
export type AttendanceField = (typeof ATTENDANCE.fields)[number]['key'];
export type IncidentField = (typeof INCIDENTS.fields)[number]['key'];
export type StakeholderField = (typeof STAKEHOLDERS.fields)[number]['key'];
export type InitiativeField = (typeof INITIATIVES.fields)[number]['key'];
