import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { StatusRegion } from './StatusRegion';

/** What came of an action the user started (an export, an Excel write), in one sentence. */
export type Outcome = { readonly intent: 'success' | 'error'; readonly text: string } | null;

/** The outcome, shown and announced: its live region is there before the message arrives. */
export function OutcomeBar({ outcome }: { readonly outcome: Outcome }) {
  return (
    <StatusRegion>
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </StatusRegion>
  );
}
