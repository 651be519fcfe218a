import {
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../useMessages';
import { errorMessage, failureMessage } from '../failureMessage';
import type { HostFailure } from '../../ports';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalM,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  note: { flexBasis: '100%', color: tokens.colorNeutralForeground2 },
  line: { flexBasis: '100%', minWidth: 0 },
});

/** A file being read before it replaces the workbook shown, or the reason it could not be. */
export type OpenAttempt =
  | { readonly status: 'opening'; readonly name: string; readonly fraction: number | null }
  | { readonly status: 'cancelled'; readonly name: string }
  /** The file is not a readable workbook (the host says why). */
  | { readonly status: 'failed'; readonly failure: HostFailure }
  /** Reading it went wrong in a way nobody foresaw (a bug). */
  | { readonly status: 'broken'; readonly error: unknown }
  | null;

export interface WorkbookSourceProps {
  /** The file shown, or null for the built-in sample. */
  readonly fileName: string | null;
  /** The file being opened, or why the last one could not be (the workbook shown stays). */
  readonly attempt?: OpenAttempt;
  readonly onFile: (file: File) => void;
  readonly onSample: () => void;
  /** Stops the file being opened (the workbook shown stays). */
  readonly onCancel?: () => void;
}

/**
 * The web page's choice of workbook: a file picker, a drop anywhere on the page, or the
 * built-in sample. The file is handed to the page's reader; nothing is uploaded.
 */
export function WorkbookSource({ fileName, attempt = null, onFile, onSample, onCancel }: WorkbookSourceProps) {
  const { t, lang } = useMessages('source');
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      e.preventDefault();
      setOver(true);
    };
    const onDragLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFile]);

  return (
    <div className={mergeClasses(styles.zone, over && styles.over)} data-testid="source">
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        className={styles.hidden}
        tabIndex={-1}
        // The button below opens it: one control, so a screen reader lists one "open" button, not two.
        aria-hidden="true"
        aria-label={t('open')}
        data-testid="file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
      <Button appearance="primary" onClick={() => input.current?.click()}>
        {t('open')}
      </Button>
      {/* Focusable while unavailable: pressing it must not drop the keyboard focus to the page. */}
      <Button onClick={onSample} disabledFocusable={fileName === null}>
        {t('sample')}
      </Button>
      <Text size={200} className={styles.note}>
        {t('drop')}
      </Text>
      <Text size={200} weight="semibold" className={styles.note} data-testid="source-name">
        {t('current', { name: fileName ?? t('sampleName') })}
      </Text>
      {attempt?.status === 'opening' && (
        <div role="status" className={styles.line}>
          <Text size={200}>{t('opening', { name: attempt.name })}</Text>
          <ProgressBar value={attempt.fraction ?? undefined} aria-label={t('opening', { name: attempt.name })} />
          {onCancel && <Button onClick={onCancel}>{t('cancel')}</Button>}
        </div>
      )}
      {attempt?.status === 'cancelled' && (
        <Text role="status" size={200} className={styles.line}>
          {t('cancelled', { name: attempt.name })}
        </Text>
      )}
      {(attempt?.status === 'failed' || attempt?.status === 'broken') && (
        <MessageBar intent="error" role="alert" className={styles.line}>
          <MessageBarBody>
            {attempt.status === 'failed' ? failureMessage(attempt.failure, t, lang) : errorMessage(attempt.error, t)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
