import { normaliseName } from '../workbook/normalise';
import { cellDisplay, cellText, coerceCount, coerceRate, isBlank } from '../workbook/coerce';
import {
  DEFAULT_SETTINGS,
  SETTING_SPECS,
  type CountKind,
  type SettingKey,
  type SettingSpec,
  type Settings,
} from '../schema/settings';
import { listMatcher } from '../schema/listMatcher';
import type { RawCell } from '../workbook/rawWorkbook';
import type { Issue } from './issue';
import type { IssueSink } from './issueSink';
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

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type SpecOf<V> = Extract<
  SettingSpec,
  { readonly key: { [K in SettingKey]: Settings[K] extends V ? K : never }[SettingKey] }
>;

function isText(spec: SettingSpec): spec is SpecOf<string> {
  return spec.kind.kind === 'text';
}
function isBoolean(spec: SettingSpec): spec is SpecOf<boolean> {
  return spec.kind.kind === 'boolean';
}

/** Why a setting's cell was not read: the `cell/type` detail that says so. */
type Refusal = Extract<Issue, { code: 'cell/type' }>['detail'];

/** A count setting's value, or why it is refused: not a whole number in range, a date, above the bound. */
function readCount(kind: CountKind, cell: RawCell): number | Refusal {
  const bound = { expected: 'count', min: kind.min, max: kind.max, unit: kind.unit } as const;
  // A date typed into a number of days is not its serial (45,292 days): it is refused as a date.
  if (cell instanceof Date) return { ...bound, found: 'date' };
  const value = coerceCount(cell, kind.min);
  if (value === null) return bound;
  return value > kind.max ? { ...bound, found: 'too-large' } : value;
}

/**
 * Reads a setting's value into `settings` when the cell holds one of its kind; otherwise says
 * why not (the default stays).
 */
function readValue(settings: Mutable<Settings>, spec: SettingSpec, cell: RawCell): Refusal | null {
  if (isText(spec)) {
    const value = cellText(cell);
    if (value !== null) settings[spec.key] = value;
    return null;
  }
  if (isBoolean(spec)) {
    const value = yesNo(cell);
    if (value === null) return { expected: 'boolean' };
    settings[spec.key] = value;
    return null;
  }
  const kind = spec.kind;
  const value = kind.kind === 'rate' ? (coerceRate(cell) ?? { expected: 'rate' as const }) : readCount(kind, cell);
  if (typeof value !== 'number') return value;
  settings[spec.key] = value;
  return null;
}

/**
 * The Settings sheet: one setting per row (label in French or English, or its key), its value
 * beside it. Unknown labels are `header/unknown` (info); a value of the wrong kind or out of
 * range (a count above its bound, a date in a count) is `cell/type` on the value cell and the
 * default is used; a blank value is the default.
 */
export function readSettings(
  located: LocatedSheet | undefined,
  header: HeaderMap | undefined,
  issues: IssueSink,
): Settings {
  const settings: Mutable<Settings> = { ...DEFAULT_SETTINGS };
  if (!located || !header || !header.usable) return settings;
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
    const detail = readValue(settings, spec, cell);
    if (detail !== null) {
      issues.push({
        code: 'cell/type',
        severity: 'error',
        ...at(sheet.name, excelRow, valueColumn, spec.key, cellDisplay(cell)),
        detail,
      });
    }
  }
  return settings;
}
