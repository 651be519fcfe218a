import { HostFailureError, type HostFailure } from './host';
import type { Lang } from '../core/index';
import { WorkbookReadError } from '../adapters/xlsx/workbookReadError';
import { workbookReadMessage } from '../adapters/xlsx/readWorkbook.messages';
import { WorkbookFileError } from './readError';
import type { NamespacedKey } from './useMessages';
import type { Translator } from '../core/index';

/** Any translator of the interface: these sentences are the app's and the source's own. */
type FailureTranslator = Translator<NamespacedKey<'app' | 'source'>>;

/** One sentence, in the user's language, for an Excel write that could not happen. */
export function failureMessage(failure: HostFailure, t: FailureTranslator): string {
  switch (failure.reason) {
    case 'protected':
      return t('app:failure.protected', { sheet: failure.sheet });
    case 'editing':
      return t('app:failure.editing');
    case 'unsupported':
      return t('app:failure.unsupported', { requirement: failure.requirement });
    case 'not-empty':
      return t('app:failure.notEmpty');
    case 'excel':
      return t('app:failure.excel', { message: failure.message, code: failure.code });
  }
}

/** One sentence for anything thrown at a door (I/O, a bug): never a stack trace, never silence. */
export function errorMessage(error: unknown, t: FailureTranslator, lang: Lang): string {
  if (error instanceof HostFailureError) return failureMessage(error.failure, t);
  if (error instanceof WorkbookFileError) {
    // The reader knows why (encrypted, .xls, damaged…): its sentence says what to do.
    return error.cause instanceof WorkbookReadError
      ? workbookReadMessage(error.cause.failure, error.fileName, lang)
      : t('source:notWorkbook', { name: error.fileName });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return t('app:failure.unexpected', { detail });
}
