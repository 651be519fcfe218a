import type { Lang } from '../../core/index';
import type { Host } from '../../ui/host';
import { WorkbookFileError } from '../../ui/readError';
import { readFileBytes } from './readFileBytes';

/**
 * A workbook file the user picked or dropped, read in the page: nothing is uploaded. The
 * reader (and exceljs with it) is loaded on first use, in its own chunk, so the first
 * download stays small.
 */
export function createFileHost(file: File, lang: Lang): Host {
  return {
    kind: 'web',
    initialLang: lang,
    excel: null,
    readWorkbook: async (onProgress) => {
      onProgress?.({ step: 'values', fraction: 0 });
      const bytes = await readFileBytes(file, (fraction) => onProgress?.({ step: 'values', fraction }));
      onProgress?.({ step: 'parse', fraction: null });
      const reader = await import(/* webpackChunkName: "xlsx" */ '../../adapters/xlsx/readWorkbook');
      try {
        return await reader.readWorkbookBytes(bytes);
      } catch (cause) {
        throw new WorkbookFileError(file.name, cause);
      }
    },
  };
}
