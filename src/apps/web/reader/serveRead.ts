import { readWorkbookBytes } from '../../../adapters/xlsx/readWorkbook';
import { WorkbookReadError } from '../../../adapters/xlsx/workbookReadError';
import { packedBuffers, packRows } from './packRows';
import { ROWS_PER_MESSAGE, type ReaderMessage } from './protocol';

/** Progress is told at most this often: each message costs the page a moment. */
const PROGRESS_EVERY_MS = 100;

/**
 * Reads a workbook file and tells it through `post`, message by message (protocol.ts). Runs in
 * the page's worker; in a browser without workers (none that the page supports), in the page.
 */
export async function serveRead(
  file: Blob,
  post: (message: ReaderMessage, transfer?: Transferable[]) => void,
): Promise<void> {
  let told = 0;
  try {
    const raw = await readWorkbookBytes(new Uint8Array(await file.arrayBuffer()), {
      onProgress: (fraction) => {
        const now = Date.now();
        if (now - told < PROGRESS_EVERY_MS) return;
        told = now;
        post({ type: 'progress', fraction });
      },
    });
    for (const sheet of raw.sheets) {
      post({ type: 'sheet', name: sheet.name, hidden: sheet.hidden === true });
      for (let start = 0; start < sheet.rows.length; start += ROWS_PER_MESSAGE) {
        const rows = packRows(sheet.rows.slice(start, start + ROWS_PER_MESSAGE));
        post({ type: 'rows', start, rows }, packedBuffers(rows));
      }
    }
    post({ type: 'done', date1904: raw.date1904 });
  } catch (error) {
    if (error instanceof WorkbookReadError) post({ type: 'failed', failure: error.failure });
    else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
