import type { Lang } from '../../core/index';
import type { Host } from '../../ui/host';
import { WorkbookFileError } from '../../ui/readError';

/**
 * A workbook file the user picked or dropped, read in the page's worker: nothing is uploaded,
 * and the tab answers the user while it reads. The worker's code (the reader, no exceljs) is
 * fetched on first use, in its own small chunk. `signal` cancels the reading.
 */
export function createFileHost(file: File, lang: Lang, signal?: AbortSignal): Host {
  return {
    kind: 'web',
    initialLang: lang,
    excel: null,
    readWorkbook: async (onProgress) => {
      onProgress?.({ step: 'parse', fraction: null });
      const { readInWorker } = await import(/* webpackChunkName: "reader" */ './reader/readInWorker');
      try {
        return await readInWorker(file, {
          onProgress: (fraction) => onProgress?.({ step: 'parse', fraction }),
          ...(signal ? { signal } : {}),
        });
      } catch (cause) {
        if (signal?.aborted) throw cause;
        throw new WorkbookFileError(file.name, cause);
      }
    },
  };
}
