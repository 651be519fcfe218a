import ExcelJS from 'exceljs';
import { columnLetter, type PlanColumn, type SheetPlan, type WorkbookPlan } from '../../core';

/** Drop-downs and date formats cover at least this many rows, so new rows typed below get them too. */
const FORMATTED_ROWS = 1000;
/** Excel refuses an inline list (`"a,b,c"`) longer than 255 characters. */
const INLINE_LIST_LIMIT = 255;
const DATE_FORMAT = 'dd/mm/yyyy';

type ListColumn = PlanColumn & { readonly kind: Extract<PlanColumn['kind'], { readonly kind: 'list' }> };

/** exceljs has range-wide validations (one `sqref` for a whole column) but its types omit them. */
type WithValidations = ExcelJS.Worksheet & {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

function isList(c: PlanColumn): c is ListColumn {
  return c.kind.kind === 'list';
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function inlineList(labels: readonly string[]): string | null {
  const text = labels.join(',');
  // A comma or a double quote inside a label would break the inline form.
  if (text.length + 2 > INLINE_LIST_LIMIT || labels.some((l) => /[",]/.test(l))) return null;
  return `"${text}"`;
}

/**
 * The source of each list's drop-down: an inline list when Excel allows one, else a defined
 * name over a column of the hidden lists sheet (a name, because Excel 2007 refuses a
 * validation that points straight at another sheet).
 */
function listSources(wb: ExcelJS.Workbook, plan: WorkbookPlan): Map<string, string> {
  const sources = new Map<string, string>();
  const long = new Map<string, readonly string[]>();
  for (const sheet of plan.sheets) {
    for (const c of sheet.columns.filter(isList)) {
      if (sources.has(c.kind.list) || long.has(c.kind.list)) continue;
      const inline = inlineList(c.kind.labels);
      if (inline) sources.set(c.kind.list, inline);
      else long.set(c.kind.list, c.kind.labels);
    }
  }
  if (long.size === 0) return sources;
  const ws = wb.addWorksheet(plan.listsSheetName, { state: 'hidden' });
  [...long].forEach(([list, labels], i) => {
    const col = columnLetter(i);
    labels.forEach((label, r) => {
      ws.getCell(`${col}${r + 1}`).value = label;
    });
    const name = `vpwg_list_${list}`;
    wb.definedNames.add(`${quoteSheet(plan.listsSheetName)}!$${col}$1:$${col}$${labels.length}`, name);
    sources.set(list, name);
  });
  return sources;
}

function boldHeader(ws: ExcelJS.Worksheet, columns: number): void {
  for (let c = 1; c <= columns; c++) ws.getRow(1).getCell(c).font = { bold: true };
}

function writeTable(ws: ExcelJS.Worksheet, sheet: SheetPlan): void {
  // Excel wants a table to hold at least one row under its header: an empty template gets a blank one.
  const rows = sheet.rows.length > 0 ? sheet.rows.map((r) => [...r]) : [sheet.columns.map(() => null)];
  ws.addTable({
    name: sheet.tableName,
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: sheet.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows,
  });
}

function writeKeyValue(ws: ExcelJS.Worksheet, sheet: SheetPlan): void {
  ws.addRow(sheet.columns.map((c) => c.header));
  for (const row of sheet.rows) ws.addRow([...row]);
}

function formatColumns(
  ws: ExcelJS.Worksheet,
  sheet: SheetPlan,
  plan: WorkbookPlan,
  sources: ReadonlyMap<string, string>,
): void {
  const lastRow = Math.max(FORMATTED_ROWS, sheet.rows.length + 1);
  sheet.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    const letter = columnLetter(i);
    // The column's own style formats the dates written here and those typed later.
    if (c.kind.kind === 'date') column.numFmt = DATE_FORMAT;
    if (isList(c)) {
      const source = sources.get(c.kind.list);
      if (source === undefined) return;
      // A warning, not a stop: the spec accepts other spellings (`P`, `Oui`…) that a user may type.
      // A cell of several values (`Genre; Droits humains`) is never in the list: no warning at all.
      (ws as WithValidations).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [source],
        showErrorMessage: !c.kind.multiple,
        errorStyle: 'warning',
        errorTitle: plan.listPrompt.title,
        error: plan.listPrompt.message,
      });
    }
  });
}

/**
 * Writes a plan (template or sample) as `.xlsx` bytes. Runs in Node and in a browser (no
 * Node imports): each table sheet becomes an Excel table with a bold, frozen header, date
 * columns in dd/mm/yyyy and a drop-down on every list column; Settings a plain two-column sheet.
 */
export async function writeSheetPlan(plan: WorkbookPlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'vpwg';
  const sheets = plan.sheets.map((sheet) => {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    if (sheet.layout === 'table') writeTable(ws, sheet);
    else writeKeyValue(ws, sheet);
    boldHeader(ws, sheet.columns.length);
    return [ws, sheet] as const;
  });
  // The lists sheet comes after the contract sheets, so their tab order stays the contract's.
  const sources = listSources(wb, plan);
  for (const [ws, sheet] of sheets) formatColumns(ws, sheet, plan, sources);
  // Node hands back a Buffer, a browser an ArrayBuffer.
  const buffer: unknown = await wb.xlsx.writeBuffer();
  if (buffer instanceof Uint8Array) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return new Uint8Array(buffer as ArrayBuffer);
}
