import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { StatusRegion } from './StatusRegion';

/** What came of an action the user started (an export, an Excel write), in one sentence. */
export type Outcome = { readonly intent: 'success' | 'error'; readonly text: string } | null;

/**
 * The outcome, shown and announced: its live region is there before the message arrives. A bar
 * drawn with its message already (a tab drawn anew by the re-read after an Excel write) puts it
 * in just after the region, so that it is announced all the same.
 */
export function OutcomeBar({ outcome }: { readonly outcome: Outcome }) {
  const [regionThere, setRegionThere] = useState(false);
  useEffect(() => setRegionThere(true), []);
  return (
    <StatusRegion>
      {regionThere && outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </StatusRegion>
  );
}
