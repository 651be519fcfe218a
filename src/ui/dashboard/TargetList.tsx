import { Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages, type UiTranslator } from '../useMessages';
import { TARGET_KEYS, type Indicators, type TargetKey, type TargetStatus } from '../../core/index';
import type { ChartLabels } from '../../adapters/charts/chartLabels';

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

/** Counts for meetings and pillars, shares as percentages. */
const COUNT_TARGETS: readonly TargetKey[] = ['meetings', 'pillarsAtMinimum'];

export function targetText(
  key: TargetKey,
  indicators: Indicators,
  labels: ChartLabels,
  t: UiTranslator<'dashboard'>,
): string {
  const { value, target } = indicators.targets[key];
  const format = (n: number) => (COUNT_TARGETS.includes(key) ? labels.count(n) : labels.percent(n));
  return value === null
    ? t('targets.noValue', { target: format(target) })
    : t('targets.valueOfTarget', { value: format(value), target: format(target) });
}

/**
 * The six targets as progress bars. The status is said in words beside its colour (and
 * Fluent adds an icon), so colour is never the only signal.
 */
export function TargetList({ indicators, labels }: { readonly indicators: Indicators; readonly labels: ChartLabels }) {
  const { t } = useMessages('dashboard');
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t('targets.title')}>
      {TARGET_KEYS.map((key) => {
        const target = indicators.targets[key];
        const text = targetText(key, indicators, labels, t);
        return (
          <li key={key} data-target={key}>
            <Field
              label={t(`targets.${key}`)}
              validationState={STATE[target.status]}
              // A status, not a form error: Fluent would make an at-risk or off-track line an alert,
              // read out over everything each time the dashboard is drawn.
              validationMessage={{ children: `${t(`targets.status.${target.status}`)} — ${text}`, role: undefined }}
            >
              <ProgressBar
                value={Math.max(0, Math.min(1, target.ratio ?? 0))}
                max={1}
                thickness="large"
                aria-valuetext={`${t(`targets.status.${target.status}`)}, ${text}`}
              />
            </Field>
          </li>
        );
      })}
    </ul>
  );
}
