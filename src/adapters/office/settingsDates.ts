import { dayFromSerial, dayToDate, normaliseName, SETTINGS, type RawCell } from '../../core';
import { isDateFormat } from '../xlsx/read/numberFormats';
import { blockAddress } from './blockAddress';
import type { SheetExtent } from './readPlan';

/** The rows of a Settings sheet whose number formats are read: the template writes fifteen. */
export const SETTINGS_FORMAT_ROWS = 200;

const SETTINGS_NAMES = new Set([SETTINGS.en, SETTINGS.fr, ...SETTINGS.aliases].map(normaliseName));

export interface SettingsDates {
  /** Whether any Settings sheet's formats wait for a sync. */
  readonly queued: boolean;
  /** After the sync: date-formatted numbers of the Settings sheets' rows become dates. */
  apply(rows: (RawCell[] | undefined)[][], date1904: boolean): void;
}

interface Pending {
  readonly sheet: number;
  readonly extent: SheetExtent;
  readonly range: Excel.Range;
}

/**
 * Excel's `values` give a date as its serial number: only the cell's number format says it is a
 * date. The file reader tells dates apart by their format; so that the pane reads a Settings
 * sheet the same way (a date typed where a number of days is expected is refused as a date, not
 * read as 45,292 days), this queues a load of the number formats of each sheet named like
 * Settings, its first SETTINGS_FORMAT_ROWS rows only: a small response that rides with the next
 * sync (the values'). Once that sync succeeded, `apply` turns the date-formatted numbers of those
 * rows into dates, as the file reader does (a serial that is no day stays a number). A sync that
 * failed drops what it carried: queue again before the next one.
 */
export function queueSettingsDates(
  worksheets: readonly Excel.Worksheet[],
  extents: readonly SheetExtent[],
): SettingsDates {
  const pending: Pending[] = [];
  for (const extent of extents) {
    const sheet = worksheets[extent.sheet];
    if (!sheet || !SETTINGS_NAMES.has(normaliseName(sheet.name))) continue;
    if (extent.rowCount === 0 || extent.columnCount === 0) continue;
    const block = { ...extent, rowCount: Math.min(extent.rowCount, SETTINGS_FORMAT_ROWS) };
    const range = sheet.getRange(blockAddress(block));
    range.load('numberFormat');
    pending.push({ sheet: extent.sheet, extent: block, range });
  }
  const apply = (rows: (RawCell[] | undefined)[][], date1904: boolean) => {
    for (const { sheet, extent, range } of pending) {
      const formats = range.numberFormat as unknown[][];
      formats.forEach((line, r) => {
        const row = rows[sheet]?.[extent.rowIndex + r];
        if (!row) return;
        line.forEach((format, c) => {
          const at = extent.columnIndex + c;
          const cell = row[at];
          if (typeof cell !== 'number' || typeof format !== 'string' || !isDateFormat(format)) return;
          const day = dayFromSerial(cell, date1904);
          if (day.ok) row[at] = dayToDate(day.day);
        });
      });
    }
  };
  return { queued: pending.length > 0, apply };
}
