import { clipText, createFormat, readFailureMessage, type Lang, type Translator } from '../core';
import type { HostFailure } from '../ports';
import type { NamespacedKey } from './useMessages';

/** Any translator of the interface: these sentences are the app's own. */
type FailureTranslator = Translator<NamespacedKey<'app'>>;

/** One sentence, in the user's language, for what the host could not do (an Excel write, a file read). */
export function failureMessage(failure: HostFailure, t: FailureTranslator, lang: Lang): string {
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
    case 'too-large': {
      const format = createFormat(lang);
      return t('app:failure.tooLarge', {
        sheet: clipText(failure.sheet),
        cells: format.count(failure.cells),
        limit: format.count(failure.limit),
      });
    }
    case 'unreadable':
      // The reader knows why (encrypted, .xls, damaged…): its sentence says what to do.
      return readFailureMessage(failure.cause, failure.file, lang);
  }
}

/** One sentence for anything thrown at a door (a bug): never a stack trace, never silence. */
export function errorMessage(error: unknown, t: FailureTranslator): string {
  const detail = error instanceof Error ? error.message : String(error);
  return t('app:failure.unexpected', { detail });
}
