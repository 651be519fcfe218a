import type { Issue } from '../../core';
import { BatchFailure } from './runExcel';
import type { HighlightMark } from './highlightStore';
import { marksForIssues } from './highlightRanges';

/**
 * Highlights are conditional formats the add-in adds: they colour a cell without changing its
 * own format, and removing them leaves the user's formatting as it was. Each carries a marker
 * formula (always TRUE) so that clearing deletes the add-in's formats and never the user's.
 */
export const HIGHLIGHT_MARKER = 'vpwg-highlight';
export const HIGHLIGHT_FORMULA = `=ISTEXT("${HIGHLIGHT_MARKER}")`;
/** Excel's own light red of "bad" cells, readable under black text. */
export const HIGHLIGHT_FILL = '#FFC7CE';

export function isHighlightFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.toLowerCase().includes(`"${HIGHLIGHT_MARKER}"`);
}

interface SheetState {
  readonly worksheet: Excel.Worksheet;
  readonly name: string;
  readonly id: string;
  readonly protected: boolean;
  readonly ownFormats: readonly Excel.ConditionalFormat[];
}

/**
 * Two round trips whatever the workbook's size: sheet names, ids and protection; then every
 * sheet's conditional formats, of which the add-in's own are kept.
 */
async function loadSheets(context: Excel.RequestContext, withProtection: boolean): Promise<SheetState[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(withProtection ? 'items/name,items/id,items/protection/protected' : 'items/name,items/id');
  await context.sync();
  const collections = worksheets.items.map((ws) => {
    const formats = ws.getRange().conditionalFormats;
    formats.load('items/type,items/customOrNullObject/rule/formula');
    return formats;
  });
  await context.sync();
  return worksheets.items.map((worksheet, i) => ({
    worksheet,
    name: worksheet.name,
    id: worksheet.id,
    protected: withProtection && worksheet.protection.protected,
    ownFormats: collections[i]!.items.filter(
      (cf) =>
        cf.type === 'Custom' &&
        !cf.customOrNullObject.isNullObject &&
        isHighlightFormula(cf.customOrNullObject.rule.formula),
    ),
  }));
}

function refuseProtected(sheets: readonly SheetState[]): void {
  const locked = sheets.find((s) => s.protected);
  if (locked) throw new BatchFailure({ reason: 'protected', sheet: locked.name });
}

/** Removes the add-in's highlights everywhere; returns how many conditional formats went. */
export async function clearHighlightsIn(context: Excel.RequestContext, withProtection: boolean): Promise<number> {
  const sheets = await loadSheets(context, withProtection);
  refuseProtected(sheets.filter((s) => s.ownFormats.length > 0));
  const formats = sheets.flatMap((s) => s.ownFormats);
  if (formats.length === 0) return 0;
  formats.forEach((cf) => cf.delete());
  await context.sync();
  return formats.length;
}

export interface HighlightOutcome {
  /** Issue cells (or rows) now marked. */
  readonly cells: number;
  readonly marks: readonly HighlightMark[];
}

/**
 * Replaces the add-in's highlights by marks on these issues' cells (three round trips). Issues
 * on sheets the workbook does not have (a missing sheet) mark nothing.
 */
export async function highlightIn(
  context: Excel.RequestContext,
  issues: readonly Issue[],
  withProtection: boolean,
): Promise<HighlightOutcome> {
  const sheets = await loadSheets(context, withProtection);
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const wanted = marksForIssues(issues).filter((m) => byName.has(m.sheet));
  refuseProtected(sheets.filter((s) => s.ownFormats.length > 0 || wanted.some((m) => m.sheet === s.name)));

  sheets.forEach((s) => s.ownFormats.forEach((cf) => cf.delete()));
  const marks: HighlightMark[] = [];
  let cells = 0;
  for (const { sheet, addresses, cells: covered } of wanted) {
    const state = byName.get(sheet)!;
    for (const address of addresses) {
      const cf = state.worksheet.getRange(address).conditionalFormats.add('Custom');
      cf.custom.rule.formula = HIGHLIGHT_FORMULA;
      cf.custom.format.fill.color = HIGHLIGHT_FILL;
      marks.push({ sheetId: state.id, sheet, address });
    }
    cells += covered;
  }
  await context.sync();
  return { cells, marks };
}
