import { normaliseName } from '../workbook/normalise';
import { cellDisplay, cellText, coerceCount, coerceRate, isBlank } from '../workbook/coerce';
import { DEFAULT_SETTINGS, SETTING_SPECS, type SettingKey, type SettingSpec, type Settings } from '../schema/settings';
import { listMatcher } from '../schema/listMatcher';
import type { RawCell } from '../workbook/rawWorkbook';
import type { Issue } from './issue';
import { at } from './issueFactory';
import type { HeaderMap } from './headers';
import type { LocatedSheet } from './locateSheets';

const SETTING_NAMES = new Map<string, SettingSpec>();
for (const s of SETTING_SPECS) {
  for (const n of [s.en, s.fr, s.key]) SETTING_NAMES.set(normaliseName(n), s);
}

const BOOLEAN = listMatcher('boolean');

/** Yes or no as the `boolean` list reads it (an Excel TRUE/FALSE too); null when it is neither. */
function yesNo(cell: RawCell): boolean | null {
  const text = typeof cell === 'boolean' ? (cell ? 'yes' : 'no') : cellText(cell);
  const m = text === null ? null : BOOLEAN.match(text);
  return m !== null && m.ok ? m.code === 'yes' : null;
}

/**
 * The Settings sheet: one setting per row (label in French or English, or its key), its value
 * beside it. Unknown labels are `header/unknown` (info); a value of the wrong kind or out of
 * range is `cell/type` on the value cell and the default is used; a blank value is the default.
 */
export function readSettings(
  located: LocatedSheet | undefined,
  header: HeaderMap | undefined,
  issues: Issue[],
): Settings {
  const settings: Record<SettingKey, string | number | boolean> = { ...DEFAULT_SETTINGS };
  if (!located || !header || !header.usable) return settings as unknown as Settings;
  const { sheet } = located;
  const keyColumn = header.columns.get('setting')!;
  const valueColumn = header.columns.get('value')!;
  const seen = new Map<SettingKey, number>();

  for (let r = header.headerIndex + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells || cells.every(isBlank)) continue;
    const excelRow = r + 1;
    const label = cellText(cells[keyColumn] ?? null);
    if (label === null) continue;
    const spec = SETTING_NAMES.get(normaliseName(label));
    if (!spec) {
      issues.push({
        code: 'header/unknown',
        severity: 'info',
        ...at(sheet.name, excelRow, keyColumn, null, label),
        detail: { kind: 'setting' },
      });
      continue;
    }
    const firstRow = seen.get(spec.key);
    if (firstRow !== undefined) {
      issues.push({
        code: 'cell/unique',
        severity: 'error',
        ...at(sheet.name, excelRow, keyColumn, spec.key, label),
        detail: { firstRow },
      });
      continue;
    }
    seen.set(spec.key, excelRow);
    const cell = cells[valueColumn] ?? null;
    if (isBlank(cell)) continue;
    const kind = spec.kind;
    let value: string | number | boolean | null;
    if (kind.kind === 'text') value = cellText(cell);
    else if (kind.kind === 'rate') value = coerceRate(cell);
    else if (kind.kind === 'boolean') value = yesNo(cell);
    else value = coerceCount(cell, kind.min);
    if (value === null) {
      const detail =
        kind.kind === 'count'
          ? { expected: 'count' as const, min: kind.min }
          : { expected: kind.kind === 'boolean' ? ('boolean' as const) : ('rate' as const) };
      issues.push({
        code: 'cell/type',
        severity: 'error',
        ...at(sheet.name, excelRow, valueColumn, spec.key, cellDisplay(cell)),
        detail,
      });
    } else {
      settings[spec.key] = value;
    }
  }
  return settings as unknown as Settings;
}
