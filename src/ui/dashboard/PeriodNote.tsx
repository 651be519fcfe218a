import { Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../useMessages';

const useStyles = makeStyles({ note: { marginBottom: tokens.spacingVerticalL } });

export interface PeriodNoteProps {
  /** The latest held meeting, already formatted in the language shown (`12 Nov 2025`). */
  readonly latestMeeting: string;
  /** The quarter shown instead of the running one (`2025-Q4`). */
  readonly quarter: string;
  readonly onShowRunning: () => void;
}

/**
 * One line saying why the dashboard opened on an earlier quarter (the running one has no held
 * meeting yet), with the way back to the running quarter.
 */
// Multiline from the start: the automatic layout draws one line first, then wraps it, and meanwhile
// a narrow pane scrolls sideways.
export function PeriodNote({ latestMeeting, quarter, onShowRunning }: PeriodNoteProps) {
  const { t } = useMessages('dashboard');
  const styles = useStyles();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="period-note" className={styles.note}>
      <MessageBarBody>
        {t('period.withData', { date: latestMeeting, quarter })}{' '}
        <Link as="button" inline onClick={onShowRunning}>
          {t('period.showRunning')}
        </Link>
        .
      </MessageBarBody>
    </MessageBar>
  );
}
