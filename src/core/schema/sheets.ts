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
export type FieldType = { readonly kind: 'text' } | { readonly kind: 'date' } | ListField;

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

export type SheetKey = 'members' | 'meetings' | 'attendance' | 'incidents' | 'settings';
/** The English contract names, used as `sheet` of `sheet/missing` and keys of `excludedRows`. */
export type ContractSheetName = 'Members' | 'Meetings' | 'Attendance' | 'Incidents' | 'Settings';

export interface SheetSpec<K extends string = string> {
  readonly key: SheetKey;
  readonly en: ContractSheetName;
  readonly fr: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
  readonly fields: readonly FieldSpec<K>[];
}

const text = { kind: 'text' } as const;
const date = { kind: 'date' } as const;
function list<L extends ListName>(name: L, descriptive = false): ListField<L> {
  return { kind: 'list', list: name, descriptive };
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
  fields: [
    field('meetingId', 'Meeting ID', 'ID réunion', text, true, ['ID', 'Code']),
    field('date', 'Date', 'Date', date, true),
    field('type', 'Type', 'Type', list('meetingType', true), false),
    field('status', 'Status', 'Statut', list('meetingStatus'), false),
    field('location', 'Location', 'Lieu', text, false),
    field('topics', 'Topics', 'Thèmes', text, false),
    field('initiative', 'Linked initiative', 'Initiative liée', text, false),
  ],
} as const satisfies SheetSpec;

export const ATTENDANCE = {
  key: 'attendance',
  en: 'Attendance',
  fr: 'Présences',
  aliases: ['Presence', 'Participation'],
  required: true,
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

/** Settings has two columns: the setting's label and its value (see settings.ts for the keys). */
export const SETTINGS = {
  key: 'settings',
  en: 'Settings',
  fr: 'Paramètres',
  aliases: ['Parametres', 'Config'],
  required: false,
  fields: [field('setting', 'Setting', 'Paramètre', text, true), field('value', 'Value', 'Valeur', text, true)],
} as const satisfies SheetSpec;

/** The contract sheets in their canonical order (the template's order too). */
export const SHEETS: readonly SheetSpec[] = [MEMBERS, MEETINGS, ATTENDANCE, INCIDENTS, SETTINGS];

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
