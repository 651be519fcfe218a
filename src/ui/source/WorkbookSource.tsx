import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

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
});

export interface WorkbookSourceProps {
  /** The file shown, or null for the built-in sample. */
  readonly fileName: string | null;
  readonly onFile: (file: File) => void;
  readonly onSample: () => void;
}

/**
 * The web page's choice of workbook: a file picker, a drop anywhere on the page, or the
 * built-in sample. The file is handed to the page's reader; nothing is uploaded.
 */
export function WorkbookSource({ fileName, onFile, onSample }: WorkbookSourceProps) {
  const { t } = useTranslation('source');
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
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className={styles.hidden}
        tabIndex={-1}
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
      <Button onClick={onSample} disabled={fileName === null}>
        {t('sample')}
      </Button>
      <Text size={200} className={styles.note}>
        {t('drop')}
      </Text>
      <Text size={200} weight="semibold" className={styles.note} data-testid="source-name">
        {t('current', { name: fileName ?? t('sampleName') })}
      </Text>
    </div>
  );
}
