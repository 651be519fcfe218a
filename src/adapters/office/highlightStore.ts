import type { HostFailure } from '../../ports';
import type { DocumentSettings } from './excelEnvironment';

/**
 * The add-in's memory of the highlights it added, kept in the workbook's own settings (they are
 * saved with the file), so that a reloaded pane, or another computer, can still remove them.
 */
export const HIGHLIGHTS_SETTING = 'vpwg.highlights';

export interface HighlightMark {
  /** The worksheet's id survives a rename; the name is kept for people reading the settings. */
  readonly sheetId: string;
  readonly sheet: string;
  readonly address: string;
}

export interface HighlightRecord {
  readonly version: 1;
  readonly marks: readonly HighlightMark[];
}

function isMark(value: unknown): value is HighlightMark {
  const v = value as Partial<Record<keyof HighlightMark, unknown>> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.sheetId === 'string' &&
    typeof v.sheet === 'string' &&
    typeof v.address === 'string'
  );
}

/** The stored record, or null when the add-in has no highlights in this workbook. */
export function readHighlightRecord(settings: DocumentSettings): HighlightRecord | null {
  const value = settings.get(HIGHLIGHTS_SETTING) as { version?: unknown; marks?: unknown } | null | undefined;
  if (!value || value.version !== 1 || !Array.isArray(value.marks)) return null;
  return { version: 1, marks: value.marks.filter(isMark) };
}

/** Settings live in memory until saveAsync writes them into the document. */
function save(settings: DocumentSettings): Promise<HostFailure | null> {
  return new Promise((resolve) => {
    settings.saveAsync((result) => {
      if (result.status === 'succeeded') resolve(null);
      else
        resolve({
          reason: 'excel',
          code: String(result.error?.code ?? 'SettingsSaveFailed'),
          message: result.error?.message ?? 'The settings could not be saved.',
        });
    });
  });
}

export function writeHighlightRecord(
  settings: DocumentSettings,
  marks: readonly HighlightMark[],
): Promise<HostFailure | null> {
  if (marks.length === 0) settings.remove(HIGHLIGHTS_SETTING);
  else settings.set(HIGHLIGHTS_SETTING, { version: 1, marks } satisfies HighlightRecord);
  return save(settings);
}
