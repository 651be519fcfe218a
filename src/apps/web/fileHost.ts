import type { Lang, WorkbookReadFailure } from '../../core';
import type { Host, HostResult } from '../../ports';

/**
 * A workbook file the user picked or dropped, read in the page's worker: nothing is uploaded,
 * and the tab answers the user while it reads. The worker's code (the reader, no exceljs) is
 * fetched on first use, in its own small chunk. `signal` cancels the reading. A file that is
 * not a readable workbook is a failure the interface words, not a throw.
 */
export function createFileHost(file: File, lang: Lang, signal?: AbortSignal): Host {
  const unreadable = <T>(cause: WorkbookReadFailure): HostResult<T> => ({
    ok: false,
    failure: { reason: 'unreadable', file: file.name, cause },
  });
  return {
    kind: 'web',
    initialLang: lang,
    excel: null,
    readWorkbook: async (onProgress) => {
      onProgress?.({ step: 'parse', fraction: null });
      const [{ readInWorker }, { WorkbookReadError }] = await Promise.all([
        import(/* webpackChunkName: "reader" */ './reader/readInWorker'),
        import(/* webpackChunkName: "reader" */ '../../adapters/xlsx/workbookReadError'),
      ]);
      try {
        const raw = await readInWorker(file, {
          onProgress: (fraction) => onProgress?.({ step: 'parse', fraction }),
          ...(signal ? { signal } : {}),
        });
        return { ok: true, value: raw };
      } catch (cause) {
        if (signal?.aborted) throw cause;
        if (cause instanceof WorkbookReadError) return unreadable(cause.failure);
        // The worker itself gave up on the file (a script error while parsing): the file is
        // the likely cause, and the user's remedy is the same as for a damaged workbook.
        return unreadable({ reason: 'corrupt', detail: cause instanceof Error ? cause.message : String(cause) });
      }
    },
  };
}
