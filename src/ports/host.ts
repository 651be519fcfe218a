import type { Issue, Lang, RawWorkbook, SheetKey, WorkbookReadFailure } from '../core';

/*
 * The host port: what a door gives the interface. The task pane passes an Excel host
 * (adapters/office), the web page a file host (apps/web over adapters/xlsx). Components receive
 * it through props and never touch Office.js, a reader or files themselves. Types only: the
 * adapters implement it and the interface calls it, so neither floor imports the other.
 */
export interface ReadProgress {
  /** 0..1 when known. */
  readonly fraction: number | null;
  readonly step: 'names' | 'values' | 'parse';
}

/**
 * Why the host could not do what was asked, as data: the interface renders one clear sentence
 * from the reason. Excel's refusals, and a workbook file that could not be read.
 */
export type HostFailure =
  | { readonly reason: 'protected'; readonly sheet: string }
  | { readonly reason: 'editing' }
  | { readonly reason: 'unsupported'; readonly requirement: string }
  | { readonly reason: 'not-empty' }
  | { readonly reason: 'excel'; readonly code: string; readonly message: string }
  /** The open workbook is larger than the pane reads (`cells` to read, past `limit`; `sheet` the largest). */
  | { readonly reason: 'too-large'; readonly sheet: string; readonly cells: number; readonly limit: number }
  /** The file (as the user named it) is not a readable workbook; `cause` says why. */
  | { readonly reason: 'unreadable'; readonly file: string; readonly cause: WorkbookReadFailure };

export type HostResult<T = void> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: HostFailure };

/**
 * Excel-only actions. Absent on the web page, where the interface hides them. Office.js writes
 * clear Excel's undo history (highlight, clearHighlights, createMissingSheets, insertSample):
 * the interface warns before calling them; selectCell and reading leave it intact.
 */
export interface ExcelActions {
  /** Activate the sheet and select the cell of an issue. */
  selectCell(sheet: string, cell: string): Promise<HostResult>;
  /** Mark the cells of these issues (marks the add-in can remove; the user's formatting is untouched). */
  highlight(issues: readonly Issue[]): Promise<HostResult<number>>;
  clearHighlights(): Promise<HostResult<number>>;
  /**
   * Create the missing contract sheets as tables, in the language; returns the names created. The
   * optional sheets (`onRequest` in the schema: the mapping, the initiatives) only when `optional`
   * names them, as the user ticked them.
   */
  createMissingSheets(lang: Lang, optional?: readonly SheetKey[]): Promise<HostResult<readonly string[]>>;
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
  /**
   * Read the current workbook into the neutral form. A refusal (Excel busy, a file that is not a
   * workbook) is a failure like any other; only a bug rejects.
   */
  readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<HostResult<RawWorkbook>>;
  readonly excel: ExcelActions | null;
}
