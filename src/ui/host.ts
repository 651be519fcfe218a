import type { RawWorkbook } from '../core/workbook/rawWorkbook';
import type { Issue } from '../core/validate/issue';
import type { Lang } from '../core/i18n/i18n';

/**
 * What a door gives the interface. The task pane passes an Excel host (adapters/office), the web
 * page a file host (adapters/xlsx). Components receive it through props or context and never
 * touch Office.js, exceljs or files themselves.
 */
export interface ReadProgress {
  /** 0..1 when known. */
  readonly fraction: number | null;
  readonly step: 'names' | 'values' | 'parse';
}

/** Why an Excel write could not happen: a clear sentence is rendered from the reason. */
export type HostFailure =
  | { readonly reason: 'protected'; readonly sheet: string }
  | { readonly reason: 'editing' }
  | { readonly reason: 'unsupported'; readonly requirement: string }
  | { readonly reason: 'not-empty' }
  | { readonly reason: 'excel'; readonly code: string; readonly message: string };

export type HostResult<T = void> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: HostFailure };

/** What `readWorkbook` rejects with when Excel refuses (editing, unsupported…): render `failure`. */
export class HostFailureError extends Error {
  constructor(readonly failure: HostFailure) {
    super(failure.reason === 'excel' ? `${failure.code}: ${failure.message}` : failure.reason);
    this.name = 'HostFailureError';
  }
}

/**
 * The Excel actions that write to the workbook. Office.js writes clear Excel's undo history, so
 * the interface warns before calling these; the others (select a cell, read) leave it intact.
 */
export const UNDO_CLEARING_ACTIONS = ['highlight', 'clearHighlights', 'createMissingSheets', 'insertSample'] as const;
export type UndoClearingAction = (typeof UNDO_CLEARING_ACTIONS)[number];

/** Excel-only actions. Absent on the web page, where the interface hides them. */
export interface ExcelActions {
  /** Activate the sheet and select the cell of an issue. */
  selectCell(sheet: string, cell: string): Promise<HostResult>;
  /** Mark the cells of these issues (marks the add-in can remove; the user's formatting is untouched). */
  highlight(issues: readonly Issue[]): Promise<HostResult<number>>;
  clearHighlights(): Promise<HostResult<number>>;
  /** Create the missing contract sheets as tables, in the language; returns the names created. */
  createMissingSheets(lang: Lang): Promise<HostResult<readonly string[]>>;
  /** Write the built-in sample into an empty workbook. */
  insertSample(lang: Lang): Promise<HostResult>;
  /** Open the report (xlsx bytes) as a new workbook, where Excel supports it. */
  openWorkbook?(bytes: Uint8Array): Promise<HostResult>;
  /** Call back (debounced) after the user edits the workbook; returns an unsubscribe. */
  onChanged(callback: () => void): () => void;
  /** Features detected at run time with isSetSupported. */
  readonly supports: {
    readonly dataValidation: boolean;
    readonly createWorkbook: boolean;
    readonly changeEvents: boolean;
  };
}

export interface Host {
  readonly kind: 'excel' | 'web';
  /** The language of Office's display (or the browser's), before any switch by the user. */
  readonly initialLang: Lang;
  /** Read the current workbook into the neutral form. */
  readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<RawWorkbook>;
  readonly excel: ExcelActions | null;
}
