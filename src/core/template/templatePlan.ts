import { translator, type Lang } from '../i18n/i18n';
import type { RawCell } from '../workbook/rawWorkbook';
import { listLabel } from '../schema/lists';
import { DEFAULT_SETTINGS, SETTING_SPECS, type Settings } from '../schema/settings';
import {
  ATTENDANCE,
  INCIDENTS,
  INITIATIVES,
  MEETINGS,
  MEMBERS,
  SETTINGS,
  STAKEHOLDERS,
  type SheetSpec,
} from '../schema/sheets';
import { planColumns, type PlanColumn, type SheetPlan, type WorkbookPlan } from './sheetPlan';
import { TEMPLATE_MESSAGES } from './template.messages';

const templateT = translator(TEMPLATE_MESSAGES);

/** Row data of the table sheets, by sheet; missing sheets get no rows. */
export interface TableRows {
  readonly members?: readonly (readonly RawCell[])[];
  readonly meetings?: readonly (readonly RawCell[])[];
  readonly attendance?: readonly (readonly RawCell[])[];
  readonly incidents?: readonly (readonly RawCell[])[];
  readonly stakeholders?: readonly (readonly RawCell[])[];
  readonly initiatives?: readonly (readonly RawCell[])[];
}

/** The table sheets in the contract's order: the programme's two after Incidents, Settings last. */
const TABLE_SHEETS: readonly SheetSpec[] = [MEMBERS, MEETINGS, ATTENDANCE, INCIDENTS, STAKEHOLDERS, INITIATIVES];

function settingsColumns(lang: Lang): PlanColumn[] {
  // Settings labels are long sentences: widen the first column so they read whole.
  return planColumns(SETTINGS, lang).map((c) => ({ ...c, width: c.key === 'setting' ? 48 : 28 }));
}

/** Every setting's label in the language with its value (defaults, overridden by `settings`). */
function settingsRows(lang: Lang, settings: Partial<Settings>): RawCell[][] {
  const values: Settings = { ...DEFAULT_SETTINGS, ...settings };
  return SETTING_SPECS.map((spec) => {
    const value = values[spec.key];
    // A yes/no setting is written as the word the list accepts (Oui, Yes), never as TRUE.
    return [spec[lang], typeof value === 'boolean' ? listLabel('boolean', value ? 'yes' : 'no', lang) : value];
  });
}

/**
 * The seven contract sheets in a language: the six tables with the given rows and the
 * Settings sheet filled with every setting. Shared by the template and the sample.
 */
export function buildWorkbookPlan(lang: Lang, rows: TableRows, settings: Partial<Settings> = {}): WorkbookPlan {
  const t = templateT(lang);
  const tables: SheetPlan[] = TABLE_SHEETS.map((spec) => ({
    key: spec.key,
    name: spec[lang],
    layout: 'table',
    tableName: `tbl${spec.en}`,
    columns: planColumns(spec, lang),
    rows: rows[spec.key as keyof TableRows] ?? [],
  }));
  const settingsSheet: SheetPlan = {
    key: 'settings',
    name: SETTINGS[lang],
    layout: 'keyValue',
    tableName: `tbl${SETTINGS.en}`,
    columns: settingsColumns(lang),
    rows: settingsRows(lang, settings),
  };
  return {
    lang,
    sheets: [...tables, settingsSheet],
    listPrompt: { title: t('listPrompt.title'), message: t('listPrompt.message') },
    listsSheetName: t('listsSheet'),
  };
}

/** The empty workbook: headers and drop-downs, no data; Settings holds every default. */
export function buildTemplatePlan(lang: Lang): WorkbookPlan {
  return buildWorkbookPlan(lang, {});
}
