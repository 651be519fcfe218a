import { makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../useMessages';
import type { Indicators } from '../../core/index';
import type { ChartLabels } from '../../adapters/charts/chartLabels';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    gap: tokens.spacingVerticalS,
    margin: 0,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

type FigureKey = 'active' | 'organisations' | 'womenShare' | 'atRisk' | 'recorded' | 'overdue' | 'excluded';

/** A few plain figures that the targets don't show. */
export function KeyFigures({ indicators, labels }: { readonly indicators: Indicators; readonly labels: ChartLabels }) {
  const { t } = useMessages('dashboard');
  const styles = useStyles();
  const none = t('figures.none');
  const share = (n: number | null) => (n === null ? none : labels.percent(n));
  const excluded = Object.values(indicators.excludedRows).reduce((a, b) => a + b, 0);
  const figures: [FigureKey, string][] = [
    ['active', labels.count(indicators.membership.active)],
    ['organisations', labels.count(indicators.membership.organisations)],
    ['womenShare', share(indicators.membership.womenShare)],
    ['atRisk', labels.count(indicators.engagement.atRisk.length)],
    ['recorded', indicators.incidents ? labels.count(indicators.incidents.recorded) : none],
    ['overdue', indicators.incidents ? labels.count(indicators.incidents.overdue) : none],
    ['excluded', labels.count(excluded)],
  ];
  return (
    <dl className={styles.list}>
      {figures.map(([key, value]) => (
        <div key={key} className={styles.item} data-figure={key}>
          <dt className={styles.label}>{t(`figures.${key}`)}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
