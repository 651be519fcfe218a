import type { RawCell } from '../workbook/rawWorkbook';
import type { Lang } from '../i18n/i18n';
import type { ListName, ListEntry } from '../schema/lists';
import { LISTS } from '../schema/lists';
import type { FieldSpec, SheetKey, SheetSpec } from '../schema/sheets';

/**
 * A plain-data description of sheets to write. Two writers consume it: the exceljs writer
 * (template and sample files) and the add-in's Setup tab (the same sheets through Office.js),
 * so everything language-dependent is resolved here and the writers only lay it out.
 */
export type PlanColumnKind =
  | { readonly kind: 'text' }
  | { readonly kind: 'date' }
  /**
   * A drop-down: `labels` are the list's values in the plan's language, in the list's order.
   * `multiple`: the cell may hold several values separated by `;` (topics, countries), so the
   * drop-down only suggests and never warns about what is typed.
   */
  | { readonly kind: 'list'; readonly list: ListName; readonly labels: readonly string[]; readonly multiple: boolean };

export interface PlanColumn {
  /** The contract key (`memberId`, `joined`…), or `setting`/`value` on the Settings sheet. */
  readonly key: string;
  readonly header: string;
  readonly kind: PlanColumnKind;
  /** A width hint in characters. */
  readonly width: number;
}

export interface SheetPlan {
  readonly key: SheetKey;
  /** The sheet's name in the plan's language. */
  readonly name: string;
  /**
   * `table`: an Excel table (ListObject) with a frozen header row and drop-downs;
   * `keyValue`: Settings, a plain two-column sheet.
   */
  readonly layout: 'table' | 'keyValue';
  /** An ASCII name for the Excel table (table names cannot hold accents or spaces safely). */
  readonly tableName: string;
  readonly columns: readonly PlanColumn[];
  /** Data rows (the header is not among them), each cell in the order of `columns`. */
  readonly rows: readonly (readonly RawCell[])[];
}

/** What a drop-down says when a typed value is not in its list (the writers show it). */
export interface ListPromptText {
  readonly title: string;
  readonly message: string;
}

export interface WorkbookPlan {
  readonly lang: Lang;
  /** In tab order: Members, Meetings, Attendance, Incidents, Settings. */
  readonly sheets: readonly SheetPlan[];
  readonly listPrompt: ListPromptText;
  /** A name for a hidden sheet holding long lists; it matches no contract sheet. */
  readonly listsSheetName: string;
}

/** Width hints for the columns whose content is longer than their header. */
const WIDTHS: Readonly<Record<string, number>> = {
  name: 24,
  organisation: 32,
  role: 26,
  email: 30,
  phone: 18,
  location: 16,
  topics: 48,
  lessons: 24,
  expert: 24,
  initiative: 30,
  contact: 24,
  notes: 40,
  territory: 16,
  site: 24,
  referredTo: 30,
  description: 60,
  delegate: 24,
};

function columnKind(spec: FieldSpec, lang: Lang): PlanColumnKind {
  const type = spec.type;
  const list = type.kind === 'list' || type.kind === 'multi' ? type.list : null;
  if (list === null) return type.kind === 'date' ? { kind: 'date' } : { kind: 'text' };
  const labels = (LISTS[list] as readonly ListEntry[]).map((e) => e[lang]);
  return { kind: 'list', list, labels, multiple: type.kind === 'multi' };
}

function widthOf(spec: FieldSpec, header: string, kind: PlanColumnKind): number {
  const byKind = kind.kind === 'date' ? 12 : kind.kind === 'list' ? Math.max(...kind.labels.map((l) => l.length)) : 12;
  // 10 at least: a drop-down's arrow covers the end of a narrow column.
  return Math.min(60, Math.max(10, header.length + 3, WIDTHS[spec.key] ?? 0, byKind + 2));
}

/** The columns of a contract sheet in a language, in the contract's order. */
export function planColumns(sheet: SheetSpec, lang: Lang): PlanColumn[] {
  return sheet.fields.map((spec) => {
    const header = spec[lang];
    const kind = columnKind(spec, lang);
    return { key: spec.key, header, kind, width: widthOf(spec, header, kind) };
  });
}

/**
 * A row in column order from values by key; keys the columns do not name are ignored and
 * columns without a value are blank.
 */
export function planRow(
  columns: readonly PlanColumn[],
  values: Readonly<Record<string, RawCell | undefined>>,
): RawCell[] {
  return columns.map((c) => values[c.key] ?? null);
}
