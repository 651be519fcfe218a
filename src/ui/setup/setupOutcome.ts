import type { Lang } from '../../core';
import type { HostFailure } from '../../ports';
import { errorMessage, failureMessage } from '../failureMessage';
import type { Outcome } from '../OutcomeBar';
import type { UiTranslator } from '../useMessages';
import type { OptionalSheetKey } from './OptionalSheets';

/**
 * What the Setup tab's last write came to, as data: the shell keeps it, because the pane reads
 * the workbook again after each write and draws the tab anew, and the user must still see what
 * was done (until they start another write or go to another tab). Worded at each drawing, so a
 * change of language words it again.
 */
export type SetupOutcome =
  | { readonly kind: 'created'; readonly names: readonly string[] }
  | { readonly kind: 'sample' }
  | { readonly kind: 'failed'; readonly failure: HostFailure }
  | { readonly kind: 'error'; readonly error: unknown };

/**
 * What the Setup tab keeps for the workbook it is used on, in the pane's shell: the re-read after
 * a write (or an edit in Excel) draws the tab anew, and the user finds the tab as they left it.
 */
export interface SetupMemory {
  /** What the last write came to; gone when the user goes to another tab. */
  readonly outcome: SetupOutcome | null;
  /** The language of the new sheets' headers; null until the user picks one (the pane's language). */
  readonly sheetLang: Lang | null;
  /** The optional sheets ticked (one already in the workbook is no longer offered, nor added). */
  readonly optional: ReadonlySet<OptionalSheetKey>;
}

/** The tab as the user first finds it on a workbook. */
export const FRESH_SETUP: SetupMemory = { outcome: null, sheetLang: null, optional: new Set() };

/** The outcome in one sentence, in the interface's language. */
export function setupOutcomeText(outcome: SetupOutcome | null, t: UiTranslator<'setup'>, lang: Lang): Outcome {
  if (outcome === null) return null;
  switch (outcome.kind) {
    case 'created':
      return {
        intent: 'success',
        text:
          outcome.names.length === 0
            ? t('sheets.createdNone')
            : t('sheets.created', { names: outcome.names.join(', ') }),
      };
    case 'sample':
      return { intent: 'success', text: t('sample.inserted') };
    case 'failed':
      return { intent: 'error', text: failureMessage(outcome.failure, t, lang) };
    case 'error':
      return { intent: 'error', text: errorMessage(outcome.error, t) };
  }
}
