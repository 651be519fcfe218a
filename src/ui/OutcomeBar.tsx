import { MessageBar, MessageBarBody, createFocusOutlineStyle, makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { StatusRegion } from './StatusRegion';

/** What came of an action the user started (an export, an Excel write), in one sentence. */
export type Outcome = { readonly intent: 'success' | 'error'; readonly text: string } | null;

const useStyles = makeStyles({
  // Seen when it takes the focus from the keyboard, like the buttons' focus (WCAG 2.4.7).
  focusable: createFocusOutlineStyle(),
});

/**
 * The outcome, shown and announced: its live region is there before the message arrives. A bar
 * drawn with its message already (a tab drawn anew by the re-read after an Excel write) puts it
 * in just after the region, so that it is announced all the same. With `takesLostFocus`, the
 * message then takes the keyboard focus if the redrawing left it on the page's body (the button
 * pressed is gone), never from where the user has put it.
 */
export function OutcomeBar({
  outcome,
  takesLostFocus = false,
}: {
  readonly outcome: Outcome;
  readonly takesLostFocus?: boolean;
}) {
  const styles = useStyles();
  const [regionThere, setRegionThere] = useState(false);
  useEffect(() => setRegionThere(true), []);
  const bar = useRef<HTMLDivElement>(null);
  const shown = regionThere && outcome !== null;
  useEffect(() => {
    const focused = document.activeElement;
    if (shown && takesLostFocus && (focused === null || focused === document.body)) bar.current?.focus();
  }, [shown, takesLostFocus]);
  return (
    <StatusRegion>
      {shown && (
        <MessageBar
          ref={bar}
          intent={outcome.intent}
          {...(takesLostFocus ? { tabIndex: -1, className: styles.focusable } : {})}
        >
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </StatusRegion>
  );
}
