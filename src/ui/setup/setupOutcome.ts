import type { Lang } from '../../core';
import type { HostFailure } from '../../ports';
import { errorMessage, failureMessage } from '../failureMessage';
import type { Outcome } from '../OutcomeBar';
import type { UiTranslator } from '../useMessages';

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
