import { columnLetter, type Lang, type PlanColumn, type SheetPlan, type WorkbookPlan } from '../../core';
import type { ExcelSupport } from './excelSupport';
import { excelValue } from './excelSerial';

/**
 * Lays out planned sheets (the core's template or sample plan) through Office.js: new sheets
 * only, each table sheet as an Excel table with its headers, date and text formats, and a
 * drop-down on every list column. A small plan is written in one round trip; a large one adds
 * one per payload-sized block of rows.
 */
export interface WriteOptions {
  readonly lang: Lang;
  readonly date1904: boolean;
  readonly support: Pick<ExcelSupport, 'api12' | 'changeEvents' | 'dataValidation'>;
  readonly cellBudget: number;
  /** Table names already in the workbook (Excel refuses a duplicate). */
  readonly tableNames: ReadonlySet<string>;
  /** Empty sheets to write into instead of adding them (by lower-cased name). */
  readonly reuse?: ReadonlyMap<string, Excel.Worksheet>;
  /** Set to the sheet being written, so that a refusal can name it. */
  readonly where: { sheet?: string };
}

/** Excel's inline list source is limited to 255 characters. */
const MAX_INLINE_LIST = 255;
/** Excel's limits on a validation alert's title and message. */
const MAX_ALERT_TITLE = 32;
const MAX_ALERT_MESSAGE = 255;
/** Number format codes are invariant (English) in Office.js; the display follows the user's locale. */
const DATE_FORMAT: Readonly<Record<Lang, string>> = { fr: 'dd/mm/yyyy', en: 'yyyy-mm-dd' };
/** Points per character of the default font, to turn the plan's width hints into column widths. */
const POINTS_PER_CHARACTER = 5.6;

function uniqueTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${wanted}${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** The inline source of a list, or null when Excel could not hold it inline. */
export function inlineListSource(labels: readonly string[]): string | null {
  const source = labels.join(',');
  return labels.some((l) => l.includes(',')) || source.length > MAX_INLINE_LIST ? null : source;
}

interface Target {
  readonly plan: SheetPlan;
  readonly worksheet: Excel.Worksheet;
  readonly lastColumn: string;
  /** Data rows the layout covers: the plan's rows, at least one (an empty table keeps one row). */
  readonly bodyRows: number;
}

function columnRange(target: Target, column: number): string {
  const letter = columnLetter(column);
  return `${letter}2:${letter}${target.bodyRows + 1}`;
}

function columnFormat(target: Target, column: PlanColumn, lang: Lang): string | null {
  if (column.kind.kind === 'date') return DATE_FORMAT[lang];
  // Text so that IDs such as 0012 or phone numbers stay as typed; Settings values stay General.
  return target.plan.layout === 'table' ? '@' : null;
}

function prepare(target: Target, options: WriteOptions): void {
  const { plan, worksheet, lastColumn } = target;
  const header = worksheet.getRange(`A1:${lastColumn}1`);
  header.values = [plan.columns.map((c) => c.header)];
  header.format.font.bold = true;
  plan.columns.forEach((column, i) => {
    const format = columnFormat(target, column, options.lang);
    if (format !== null)
      worksheet.getRange(columnRange(target, i)).numberFormat = Array.from({ length: target.bodyRows }, () => [format]);
  });
}

interface RowBlock {
  readonly target: Target;
  readonly start: number;
  readonly end: number;
}

function rowBlocks(targets: readonly Target[], cellBudget: number): RowBlock[][] {
  const groups: RowBlock[][] = [[]];
  let cells = 0;
  for (const target of targets) {
    const width = target.plan.columns.length;
    const step = Math.max(1, Math.floor(cellBudget / width));
    for (let start = 0; start < target.plan.rows.length; start += step) {
      const end = Math.min(target.plan.rows.length, start + step);
      const size = (end - start) * width;
      if (cells > 0 && cells + size > cellBudget) {
        groups.push([]);
        cells = 0;
      }
      groups[groups.length - 1]!.push({ target, start, end });
      cells += size;
    }
  }
  return groups;
}

function writeRows({ target, start, end }: RowBlock, date1904: boolean): void {
  const width = target.plan.columns.length;
  const values = target.plan.rows
    .slice(start, end)
    .map((row) => Array.from({ length: width }, (_, i) => excelValue(row[i] ?? null, date1904)));
  target.worksheet.getRange(`A${start + 2}:${target.lastColumn}${end + 1}`).values = values;
}

function finish(target: Target, plan: WorkbookPlan, options: WriteOptions, tableNames: Set<string>): void {
  const { worksheet, lastColumn } = target;
  if (target.plan.layout === 'table') {
    const table = worksheet.tables.add(`A1:${lastColumn}${target.bodyRows + 1}`, true);
    table.name = uniqueTableName(target.plan.tableName, tableNames);
  }
  target.plan.columns.forEach((column, i) => {
    const letter = columnLetter(i);
    if (options.support.api12)
      worksheet.getRange(`${letter}:${letter}`).format.columnWidth = Math.round(column.width * POINTS_PER_CHARACTER);
    if (column.kind.kind !== 'list' || !options.support.dataValidation) return;
    const source = inlineListSource(column.kind.labels);
    if (source === null) return;
    const range = worksheet.getRange(columnRange(target, i));
    range.dataValidation.rule = { list: { inCellDropDown: true, source } };
    // A warning, not a stop: the contract accepts other spellings (aliases) of each value. A cell
    // of several values (`Genre; Droits humains`) is never in the list: no warning at all.
    range.dataValidation.errorAlert = {
      showAlert: !column.kind.multiple,
      style: 'Warning',
      title: plan.listPrompt.title.slice(0, MAX_ALERT_TITLE),
      message: plan.listPrompt.message.slice(0, MAX_ALERT_MESSAGE),
    };
  });
  if (options.support.changeEvents) worksheet.freezePanes.freezeRows(1);
}

/** Writes the sheets; returns their names in the plan's order. */
export async function writeSheetsIn(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  sheets: readonly SheetPlan[],
  options: WriteOptions,
): Promise<string[]> {
  if (sheets.length === 0) return [];
  options.where.sheet = sheets[0]!.name;
  const targets: Target[] = sheets.map((sheet) => ({
    plan: sheet,
    worksheet: options.reuse?.get(sheet.name.toLowerCase()) ?? context.workbook.worksheets.add(sheet.name),
    lastColumn: columnLetter(sheet.columns.length - 1),
    bodyRows: Math.max(1, sheet.rows.length),
  }));
  targets.forEach((t) => prepare(t, options));
  const groups = rowBlocks(targets, options.cellBudget);
  // All but the last group are sent on their own; the last goes with the tables and lists.
  for (const group of groups.slice(0, -1)) {
    group.forEach((block) => writeRows(block, options.date1904));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized block of rows, never per row
    await context.sync();
  }
  groups[groups.length - 1]!.forEach((block) => writeRows(block, options.date1904));
  const tableNames = new Set([...options.tableNames].map((n) => n.toLowerCase()));
  targets.forEach((t) => finish(t, plan, options, tableNames));
  targets[0]!.worksheet.activate();
  await context.sync();
  return sheets.map((s) => s.name);
}
