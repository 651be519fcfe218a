import type { RawSheet, RawWorkbook } from '../workbook/rawWorkbook';
import { normaliseName } from '../workbook/normalise';
import { SHEETS, type SheetKey, type SheetSpec } from '../schema/sheets';
import type { DuplicateHidden } from './issue';
import type { IssueSink } from './issueSink';
import { atSheet, issue } from './issueFactory';
import { absentRequiredColumns, findHeaderRow } from './headers';

export interface LocatedSheet {
  readonly spec: SheetSpec;
  readonly sheet: RawSheet;
  /** Position of the sheet in the workbook, for sorting issues. */
  readonly order: number;
}

interface Candidate {
  readonly sheet: RawSheet;
  readonly order: number;
}

/** Which copy is hidden, said in `sheet/duplicate`: a visible one is always read first. */
function hiddenOf(copy: RawSheet, used: RawSheet): DuplicateHidden {
  if (copy.hidden !== true) return 'none';
  return used.hidden === true ? 'both' : 'this';
}

/**
 * Finds each contract sheet by name (English, French or alias, normalised). Of several sheets
 * with a name of the same contract sheet:
 * - an optional sheet's name on a sheet without its header row (another tool's "Paramètres")
 *   is not read: `sheet/foreign`, a warning, or a note when another sheet is read instead;
 * - of the others, the first visible one in the workbook's order is read (the first one when all
 *   are hidden); each other one gets `sheet/duplicate`, saying which one is hidden.
 * A contract sheet with no sheet at all gets `sheet/missing` at its spec's `whenMissing`
 * severity: an error for a required sheet, a warning for Incidents, an info for the programme's
 * optional sheets, nothing for Settings.
 */
export function locateSheets(workbook: RawWorkbook, issues: IssueSink): Map<SheetKey, LocatedSheet> {
  const names = new Map<string, SheetSpec>();
  for (const spec of SHEETS) {
    for (const n of [spec.en, spec.fr, ...spec.aliases]) names.set(normaliseName(n), spec);
  }
  const candidates = new Map<SheetKey, Candidate[]>();
  workbook.sheets.forEach((sheet, order) => {
    const spec = names.get(normaliseName(sheet.name));
    if (spec) candidates.set(spec.key, [...(candidates.get(spec.key) ?? []), { sheet, order }]);
  });

  const found = new Map<SheetKey, LocatedSheet>();
  for (const spec of SHEETS) {
    const all = candidates.get(spec.key) ?? [];
    const foreign = spec.required ? [] : all.filter((c) => findHeaderRow(spec, c.sheet) < 0);
    const readable = all.filter((c) => !foreign.includes(c));
    const used = readable.find((c) => c.sheet.hidden !== true) ?? readable[0];
    if (used) found.set(spec.key, { spec, ...used });
    for (const c of foreign) {
      const absent = absentRequiredColumns(spec, c.sheet);
      const required = spec.fields.filter((f) => f.required).map((f) => f.key);
      issues.push(
        issue('sheet/foreign', used ? 'info' : 'warning', atSheet(c.sheet.name), {
          contract: spec.en,
          missing: absent.length > 0 ? absent : required,
          usedSheet: used?.sheet.name ?? null,
        }),
      );
    }
    for (const c of readable) {
      if (c === used || !used) continue;
      issues.push(
        issue('sheet/duplicate', 'error', atSheet(c.sheet.name), {
          usedSheet: used.sheet.name,
          hidden: hiddenOf(c.sheet, used.sheet),
        }),
      );
    }
    if (all.length === 0 && spec.whenMissing !== null) {
      issues.push(issue('sheet/missing', spec.whenMissing, atSheet(spec.en)));
    }
  }
  return found;
}
