import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetKey, SheetSpec } from '../../core';
import { useMessages } from '../useMessages';

const useStyles = makeStyles({
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
});

/** The programme's optional sheets, described in the interface's language. */
export type OptionalSheetKey = Extract<SheetKey, 'stakeholders' | 'initiatives'>;
export function isOptionalSheet(spec: SheetSpec): spec is SheetSpec & { readonly key: OptionalSheetKey } {
  return spec.onRequest && (spec.key === 'stakeholders' || spec.key === 'initiatives');
}

/**
 * The optional sheets the workbook lacks, each a box the user ticks: nothing ticked, nothing
 * added (they are never created unasked).
 */
export function OptionalSheets({
  sheets,
  chosen,
  onChange,
  disabled,
}: {
  readonly sheets: readonly OptionalSheetKey[];
  readonly chosen: ReadonlySet<OptionalSheetKey>;
  readonly onChange: (chosen: ReadonlySet<OptionalSheetKey>) => void;
  readonly disabled: boolean;
}) {
  const { t } = useMessages('setup');
  const styles = useStyles();
  const toggle = (key: OptionalSheetKey, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    onChange(next);
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('optional.legend')}</legend>
      {sheets.map((key) => (
        <Checkbox
          key={key}
          label={t(`optional.${key}`)}
          checked={chosen.has(key)}
          disabled={disabled}
          onChange={(_, data) => toggle(key, data.checked === true)}
        />
      ))}
    </fieldset>
  );
}
