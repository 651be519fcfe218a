import { buildTemplatePlan, normaliseName, SHEETS, type Lang, type SheetKey } from '../../core';
import type { ExcelSupport } from './excelSupport';
import { BatchFailure } from './runExcel';
import { writeSheetsIn } from './writeSheets';

/** The contract sheets a workbook already has, by the contract's matching rule (EN, FR, aliases). */
export function presentSheetKeys(sheetNames: readonly string[]): Set<SheetKey> {
  const byName = new Map<string, SheetKey>();
  for (const spec of SHEETS)
    for (const n of [spec.en, spec.fr, ...spec.aliases]) byName.set(normaliseName(n), spec.key);
  const present = new Set<SheetKey>();
  for (const name of sheetNames) {
    const key = byName.get(normaliseName(name));
    if (key) present.add(key);
  }
  return present;
}

export interface CreateOptions {
  readonly support: Pick<ExcelSupport, 'api12' | 'changeEvents' | 'dataValidation'>;
  readonly cellBudget: number;
  readonly where: { sheet?: string };
  /**
   * The optional sheets added only on request (the programme's Stakeholders and Initiatives)
   * that the user asked for; without it, "the missing sheets" never include them.
   */
  readonly requested?: ReadonlySet<SheetKey>;
}

/**
 * Adds the contract sheets the workbook lacks, from the core's template plan in `lang`; a sheet
 * added only on request (`onRequest` in the schema) only when `requested` names it. Existing
 * sheets (in either language or under an alias) are not opened for writing at all. Two round
 * trips: the names, then everything written at once.
 */
export async function createMissingSheetsIn(
  context: Excel.RequestContext,
  lang: Lang,
  options: CreateOptions,
): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const tables = context.workbook.tables;
  tables.load('items/name');
  // ExcelApi 1.7: a workbook whose structure is protected refuses new sheets; say so before trying.
  const protection = options.support.changeEvents ? context.workbook.protection : null;
  protection?.load('protected');
  await context.sync();
  const present = presentSheetKeys(worksheets.items.map((w) => w.name));
  const plan = buildTemplatePlan(lang);
  const asked = (key: SheetKey) =>
    !SHEETS.find((spec) => spec.key === key)?.onRequest || (options.requested?.has(key) ?? false);
  const missing = plan.sheets.filter((sheet) => !present.has(sheet.key) && asked(sheet.key));
  if (missing.length > 0 && protection?.protected)
    throw new BatchFailure({ reason: 'protected', sheet: missing[0]!.name });
  return writeSheetsIn(context, plan, missing, {
    lang,
    date1904: false, // the template holds no dates
    support: options.support,
    cellBudget: options.cellBudget,
    tableNames: new Set(tables.items.map((t) => t.name)),
    where: options.where,
  });
}
