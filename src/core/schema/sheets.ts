import type { ListName } from './lists';

/**
 * One declaration per contract sheet (workbook.md): its names and its columns. Everything
 * that reads, validates, writes a template or a sample takes names from here.
 */
export type FieldType =
  | { readonly kind: 'text' }
  | { readonly kind: 'date' }
  /** A list value; `descriptive` lists only describe (a bad value is a warning, taken as blank). */
  | { readonly kind: 'list'; readonly list: ListName; readonly descriptive: boolean };

export interface FieldSpec<K extends string = string> {
  readonly key: K;
  readonly en: string;
  readonly fr: string;
  readonly aliases: readonly string[];
  readonly type: FieldType;
  readonly required: boolean;
  /** Personal or sensitive: never leaves the workbook in any export. */
  readonly neverExported?: boolean;
}

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
function list(name: ListName, descriptive = false): FieldType {
  return { kind: 'list', list: name, descriptive };
}
function field<K extends string>(
  key: K,
  en: string,
  fr: string,
  type: FieldType,
  required: boolean,
  aliases: readonly string[] = [],
  neverExported = false,
): FieldSpec<K> {
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

export type MemberField = (typeof MEMBERS.fields)[number]['key'];
export type MeetingField = (typeof MEETINGS.fields)[number]['key'];
export type AttendanceField = (typeof ATTENDANCE.fields)[number]['key'];
export type IncidentField = (typeof INCIDENTS.fields)[number]['key'];
