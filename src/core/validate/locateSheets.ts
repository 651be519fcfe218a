import type { RawSheet, RawWorkbook } from '../workbook/rawWorkbook';
import { normaliseName } from '../workbook/normalise';
import { SHEETS, type SheetKey, type SheetSpec } from '../schema/sheets';
import type { Issue } from './issue';
import { atSheet } from './issueFactory';

export interface LocatedSheet {
  readonly spec: SheetSpec;
  readonly sheet: RawSheet;
  /** Position of the sheet in the workbook, for sorting issues. */
  readonly order: number;
}

/**
 * Finds each contract sheet by name (English, French or alias, normalised). The first match in
 * the workbook's order is used; a later one gets `sheet/duplicate`. A missing sheet gets
 * `sheet/missing` at its spec's `whenMissing` severity: an error for a required sheet, a warning
 * for Incidents, an info for the programme's optional sheets, nothing for Settings.
 */
export function locateSheets(workbook: RawWorkbook, issues: Issue[]): Map<SheetKey, LocatedSheet> {
  const names = new Map<string, SheetSpec>();
  for (const spec of SHEETS) {
    for (const n of [spec.en, spec.fr, ...spec.aliases]) names.set(normaliseName(n), spec);
  }
  const found = new Map<SheetKey, LocatedSheet>();
  workbook.sheets.forEach((sheet, order) => {
    const spec = names.get(normaliseName(sheet.name));
    if (!spec) return;
    const first = found.get(spec.key);
    if (first) {
      issues.push({
        code: 'sheet/duplicate',
        severity: 'error',
        ...atSheet(sheet.name),
        detail: { usedSheet: first.sheet.name },
      });
    } else {
      found.set(spec.key, { spec, sheet, order });
    }
  });
  for (const spec of SHEETS) {
    if (found.has(spec.key) || spec.whenMissing === null) continue;
    issues.push({ code: 'sheet/missing', severity: spec.whenMissing, ...atSheet(spec.en) });
  }
  return found;
}
