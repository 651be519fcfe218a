import type { WorkbookReadFailure } from '../../../adapters/xlsx/workbookReadError';
import type { PackedRows } from './packRows';

/**
 * What the page's reading worker says, in order: progress while it reads, then each sheet and
 * its rows in packed batches (packRows.ts: so that the page never spends long taking one message
 * in, and its garbage collector has few objects to move), then the end,
 * or why the file could not be read.
 */
export type ReaderMessage =
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'sheet'; readonly name: string; readonly hidden: boolean }
  | { readonly type: 'rows'; readonly start: number; readonly rows: PackedRows }
  | { readonly type: 'done'; readonly date1904: boolean }
  | { readonly type: 'failed'; readonly failure: WorkbookReadFailure }
  | { readonly type: 'error'; readonly message: string };

/** What the page asks of the worker: read this file (a File is passed to a worker without copying it). */
export interface ReadRequest {
  readonly file: Blob;
}

/** Rows per message: a few milliseconds for the page to take in, even on a slow computer. */
export const ROWS_PER_MESSAGE = 5_000;
