import type { RawSheet, RawWorkbook } from '../../../core';
import { WorkbookReadError } from '../../../adapters/xlsx/workbookReadError';
import { PackedSheet } from './packedSheet';
import type { ReaderMessage } from './protocol';
import workerSource from './worker?worker-source';

export interface ReadOptions {
  readonly onProgress?: (fraction: number) => void;
  /** Aborting stops the reading at once (the worker is ended). */
  readonly signal?: AbortSignal;
}

/** Where the messages come from: the worker, or (without one) the same code in the page. */
type Start = (file: Blob, receive: (message: ReaderMessage) => void) => () => void;

const inWorker: Start = (file, receive) => {
  // A Blob URL, not a file next to the page: a page opened from file:// may not load a worker
  // script from disk, but may run one it made itself.
  const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  const worker = new Worker(url);
  worker.onmessage = (event: MessageEvent<ReaderMessage>) => receive(event.data);
  worker.onerror = (event) => receive({ type: 'error', message: event.message });
  worker.postMessage({ file });
  return () => {
    worker.terminate();
    URL.revokeObjectURL(url);
  };
};

const inPage: Start = (file, receive) => {
  let stopped = false;
  void import('./serveRead').then(({ serveRead }) =>
    serveRead(file, (message) => {
      if (!stopped) receive(message);
    }),
  );
  return () => {
    stopped = true;
  };
};

/**
 * A workbook file read in a Web Worker, so that the tab answers the user all along: progress as
 * it goes, the sheets as they come, a WorkbookReadError when it is no readable workbook.
 */
export function readInWorker(file: Blob, { onProgress, signal }: ReadOptions = {}): Promise<RawWorkbook> {
  const start = typeof Worker === 'function' && workerSource !== '' ? inWorker : inPage;
  return new Promise((resolve, reject) => {
    // Kept packed until the engine reads them (packedSheet.ts).
    const sheets: { name: string; hidden: boolean; packed: PackedSheet }[] = [];
    const stop = start(file, (message) => {
      switch (message.type) {
        case 'progress':
          onProgress?.(message.fraction);
          return;
        case 'sheet':
          sheets.push({ name: message.name, hidden: message.hidden, packed: new PackedSheet() });
          return;
        case 'rows': {
          sheets[sheets.length - 1]?.packed.add(message.start, message.rows);
          return;
        }
        case 'done':
          finish();
          resolve({
            sheets: sheets.map(({ name, hidden, packed }): RawSheet => ({
              name,
              rows: packed.asArray(),
              ...(hidden ? { hidden } : {}),
            })),
            date1904: message.date1904,
          });
          return;
        case 'failed':
          finish();
          reject(new WorkbookReadError(message.failure.reason, message.failure.detail));
          return;
        case 'error':
          finish();
          reject(new Error(message.message));
      }
    });
    const onAbort = () => {
      finish();
      reject(signal?.reason ?? new DOMException('The read was cancelled.', 'AbortError'));
    };
    function finish(): void {
      stop();
      signal?.removeEventListener('abort', onAbort);
    }
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort);
  });
}
