import { Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages, type UiTranslator } from '../useMessages';
import {
  MEASURE_TARGETS,
  type Format,
  type Indicators,
  type Measure,
  type TargetKey,
  type TargetStatus,
} from '../../core';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
});

const STATE: Record<TargetStatus, 'success' | 'warning' | 'error' | 'none'> = {
  on_track: 'success',
  at_risk: 'warning',
  off_track: 'error',
  no_data: 'none',
};

export function targetText(
  key: TargetKey,
  indicators: Indicators,
  format: Format,
  t: UiTranslator<'dashboard'>,
): string {
  const { value, target } = indicators.targets[key];
  const goal = format.targetValue(key, target);
  return value === null
    ? t('targets.noValue', { target: goal })
    : t('targets.valueOfTarget', { value: format.targetValue(key, value), target: goal });
}

/**
 * A measure's targets (grouped as the core's MEASURE_TARGETS says) as progress bars. The status
 * is said in words beside its colour (and Fluent adds an icon), so colour is never the only signal.
 */
export function TargetList({
  measure,
  indicators,
  format,
}: {
  readonly measure: Measure;
  readonly indicators: Indicators;
  readonly format: Format;
}) {
  const { t } = useMessages('dashboard');
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t('targets.title', { measure })}>
      {MEASURE_TARGETS[measure].map((key) => {
        const target = indicators.targets[key];
        const text = targetText(key, indicators, format, t);
        return (
          <li key={key} data-target={key}>
            <Field
              label={format.target(key)}
              validationState={STATE[target.status]}
              // A status, not a form error: Fluent would make an at-risk or off-track line an alert,
              // read out over everything each time the dashboard is drawn.
              validationMessage={{ children: `${format.status(target.status)} — ${text}`, role: undefined }}
            >
              <ProgressBar
                value={Math.max(0, Math.min(1, target.ratio ?? 0))}
                max={1}
                thickness="large"
                aria-valuetext={`${format.status(target.status)}, ${text}`}
              />
            </Field>
          </li>
        );
      })}
    </ul>
  );
}
