import type { Issue } from '../validate/issue';
import { SHEETS, type ContractSheetName, type SheetSpec } from '../schema/sheets';
import { normaliseName } from '../workbook/normalise';
import { listLabel } from '../schema/lists';
import { DEFAULT_SETTINGS, SETTING_SPECS, type CountUnit } from '../schema/settings';
import { clipText } from './clipText';
import { translator, type Lang } from './i18n';
import { issueMessages } from './issueMessages';
import { vocabularyMessages } from './vocabulary.messages';

const issuesT = translator(issueMessages);
const vocabularyT = translator(vocabularyMessages);

/** A field's column label (or a setting's label) in the language; the key when unknown. */
export function fieldLabel(field: string, lang: Lang): string {
  for (const sheet of SHEETS) {
    const f = sheet.fields.find((x) => x.key === field);
    if (f) return f[lang];
  }
  const s = SETTING_SPECS.find((x) => x.key === field);
  return s ? s[lang] : field;
}

const SHEET_BY_NAME = new Map<string, SheetSpec>();
for (const spec of SHEETS)
  for (const n of [spec.en, spec.fr, ...spec.aliases]) SHEET_BY_NAME.set(normaliseName(n), spec);

/**
 * The label of an issue's field in the language, from the issue's own sheet first: `name` is
 * “Initiative” in the Initiatives sheet, “Name” in Members.
 */
function issueFieldLabel(sheet: string, field: string, lang: Lang): string {
  const own = SHEET_BY_NAME.get(normaliseName(sheet))?.fields.find((f) => f.key === field);
  return own ? own[lang] : fieldLabel(field, lang);
}

/** A contract sheet's name in the language (`Members` → `Membres`). */
export function contractSheetLabel(name: ContractSheetName, lang: Lang): string {
  const spec = SHEETS.find((s) => s.en === name);
  return spec ? spec[lang] : name;
}

function contractOfSheet(issue: Issue): ContractSheetName | null {
  return SHEETS.find((s) => s.en === issue.sheet)?.en ?? null;
}

/**
 * A contract sheet named as the user looks for it: the workbook's own tab name (`tab`, as
 * written), or, when the workbook lacks that sheet (`tab` null), the contract's name in the
 * language (the French pane heads a missing mapping sheet “Cartographie”, not “Stakeholders”).
 */
function userSheetName(tab: string | null, contract: ContractSheetName, lang: Lang): string {
  return tab ?? contractSheetLabel(contract, lang);
}

/**
 * The sheet an issue is about, named as the user looks for it (userSheetName): the tab, or, for
 * a sheet the workbook lacks (`sheet/missing`), the contract's name in the language. The issue's
 * `sheet` itself stays the stable key (--json, grouping).
 */
export function issueSheetName(issue: Issue, lang: Lang): string {
  const missing = issue.code === 'sheet/missing' ? contractOfSheet(issue) : null;
  return missing === null ? issue.sheet : userSheetName(null, missing, lang);
}

/** What a missing sheet means: required sheets block the work, optional ones leave their figures empty. */
const MISSING_MESSAGES = {
  Members: 'sheet/missing',
  Meetings: 'sheet/missing',
  Attendance: 'sheet/missing',
  Incidents: 'sheet/missing_optional',
  Stakeholders: 'sheet/missing_stakeholders',
  Initiatives: 'sheet/missing_initiatives',
  Settings: 'sheet/missing',
} as const satisfies Record<ContractSheetName, string>;

/** What an optional sheet taken for another tool's means, when no other sheet is read for it. */
const FOREIGN_MESSAGES = {
  Members: 'sheet/foreign_read',
  Meetings: 'sheet/foreign_read',
  Attendance: 'sheet/foreign_read',
  Incidents: 'sheet/foreign_incidents',
  Stakeholders: 'sheet/foreign_stakeholders',
  Initiatives: 'sheet/foreign_initiatives',
  Settings: 'sheet/foreign_settings',
} as const satisfies Record<ContractSheetName, string>;

/** Names quoted and joined as the sentence needs them: “A”, “B” or “C”; « A », « B » ni « C ». */
function quotedList(names: readonly string[], lang: Lang): string {
  const quoted = names.map((n) => (lang === 'fr' ? `«\u00a0${n}\u00a0»` : `“${n}”`));
  const last = quoted.pop() ?? '';
  return quoted.length === 0 ? last : `${quoted.join(', ')}${lang === 'fr' ? ' ni ' : ' or '}${last}`;
}

/** A count setting's bound as the message says it, no-break spaces kept whole: `3,650 days`, `3 650 jours`. */
function bound(max: number, unit: CountUnit, lang: Lang): string {
  const n = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(max).replace(/\s/g, '\u00a0');
  return (unit === null ? n : vocabularyT(lang)(`unit.${unit}`, { n })).replace(/ /g, '\u00a0');
}

/** An ISO date as the group writes dates (day first, 05/03/2024); other text unchanged. */
function dayFirst(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : text;
}

/** How many messages each language remembers before it starts again. */
const REMEMBERED_MAX = 4096;
const remembered: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map() };

/**
 * Everything a message is made of: two issues with the same key have the same message (a blank
 * field, value or hint reads as an absent one; a value is quoted cut, so it is cut here too).
 */
function messageKey(issue: Issue): string {
  const detail = 'detail' in issue ? JSON.stringify(issue.detail) : '';
  const value = issue.value === null ? '' : clipText(issue.value);
  return `${issue.code}\u0000${issue.severity}\u0000${issue.field ?? ''}\u0000${value}\u0000${issue.sheet}\u0000${issue.hint ?? ''}\u0000${detail}`;
}

/**
 * The message of an issue in the user's language, rendered from its code and details. What it
 * quotes of the workbook (a value, a sheet's name) is cut at 200 characters (clipText). A
 * million issues repeat a few messages: each is rendered once and remembered.
 */
export function formatIssueMessage(issue: Issue, lang: Lang): string {
  const key = messageKey(issue);
  const messages = remembered[lang];
  let message = messages.get(key);
  if (message === undefined) {
    message = renderMessage(issue, lang);
    if (messages.size >= REMEMBERED_MAX) messages.clear();
    messages.set(key, message);
  }
  return message;
}

function renderMessage(issue: Issue, lang: Lang): string {
  const t = issuesT(lang);
  const base = {
    field: issue.field === null ? '' : issueFieldLabel(issue.sheet, issue.field, lang),
    value: clipText(issue.value ?? ''),
    sheet: clipText(issue.sheet),
    hint: issue.hint ?? '',
  };
  switch (issue.code) {
    case 'sheet/missing': {
      const name = contractOfSheet(issue) ?? 'Members';
      return t(MISSING_MESSAGES[name], { ...base, contractSheet: contractSheetLabel(name, lang) });
    }
    case 'sheet/duplicate': {
      const { hidden, usedSheet } = issue.detail;
      const key =
        hidden === 'none' ? 'sheet/duplicate' : hidden === 'this' ? 'sheet/duplicate_hidden' : 'sheet/duplicate_both';
      return t(key, { ...base, usedSheet: clipText(usedSheet), contractSheet: clipText(usedSheet) });
    }
    case 'sheet/foreign': {
      const { contract, missing, usedSheet } = issue.detail;
      const values = {
        ...base,
        columns: quotedList(
          missing.map((f) => SHEETS.find((x) => x.en === contract)?.fields.find((x) => x.key === f)?.[lang] ?? f),
          lang,
        ),
        contractSheet: contractSheetLabel(contract, lang),
        usedSheet: clipText(usedSheet ?? ''),
      };
      return t(usedSheet === null ? FOREIGN_MESSAGES[contract] : 'sheet/foreign_read', values);
    }
    case 'header/duplicate':
      return t('header/duplicate', { ...base, firstColumn: issue.detail.firstColumn });
    case 'header/unknown':
      return t(`header/unknown_${issue.detail.kind}`, base);
    case 'cell/type': {
      const key = issue.field as keyof typeof DEFAULT_SETTINGS;
      const setting = key in DEFAULT_SETTINGS ? DEFAULT_SETTINGS[key] : '';
      // A yes/no default is the word the user writes; the French message asks for 0,6, so a
      // number is written the same way.
      const value = typeof setting === 'boolean' ? listLabel('boolean', setting ? 'yes' : 'no', lang) : String(setting);
      const fallback = lang === 'fr' ? value.replace('.', ',') : value;
      const { expected, min, max, unit, found } = issue.detail;
      const values = {
        ...base,
        min: min ?? '',
        max: max === undefined ? '' : bound(max, unit ?? null, lang),
        default: fallback,
      };
      if (expected === 'count' && found === 'date')
        return t('cell/type_count_date', { ...values, value: dayFirst(base.value) });
      if (expected === 'count' && found === 'too-large') return t('cell/type_count_too-large', values);
      return t(`cell/type_${expected}`, values);
    }
    case 'cell/enum': {
      const warning = issue.severity === 'warning';
      if (issue.hint) return t(warning ? 'cell/enum_warning_hint' : 'cell/enum_hint', base);
      return t(warning ? 'cell/enum_warning' : 'cell/enum', base);
    }
    case 'cell/unique':
    case 'row/duplicate':
      return t(issue.code, { ...base, firstRow: issue.detail.firstRow });
    case 'ref/unknown': {
      // The tab the reference was looked up in, as the user named it ("Meetings" read in French too).
      const target = clipText(userSheetName(issue.detail.targetSheet, issue.detail.target, lang));
      // A meeting's initiative is a warning: the part still counts, as written.
      if (issue.detail.target !== 'Initiatives') return t('ref/unknown', { ...base, target });
      return t(issue.hint ? 'ref/unknown_initiative_hint' : 'ref/unknown_initiative', { ...base, target });
    }
    case 'stakeholder/pillar-mismatch':
      return t('stakeholder/pillar-mismatch', {
        ...base,
        memberId: issue.detail.memberId,
        members: contractSheetLabel('Members', lang),
      });
    case 'cell/order':
      return t(`cell/order_${issue.detail.rule}`, base);
    case 'cell/future':
      return t('cell/future', { ...base, value: dayFirst(base.value), asOf: dayFirst(issue.detail.asOf) });
    case 'header/missing':
    case 'cell/required':
    case 'incident/closed-date-missing':
    case 'attendance/not-member':
    case 'meeting/no-attendance':
      return t(issue.code, base);
    default: {
      const unreachable: never = issue;
      return String(unreachable);
    }
  }
}

/**
 * An issue with its message, in the key order of the spec's JSON form. The value and the sheet's
 * name are cut at 200 characters as in the message: a 32,767-character cell is not repeated
 * whole for each of its issues.
 */
export function issueToJson(issue: Issue, lang: Lang) {
  return {
    code: issue.code,
    severity: issue.severity,
    sheet: clipText(issue.sheet),
    row: issue.row,
    column: issue.column,
    cell: issue.cell,
    field: issue.field,
    value: issue.value === null ? null : clipText(issue.value),
    message: formatIssueMessage(issue, lang),
    hint: issue.hint,
  };
}
