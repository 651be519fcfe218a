import { makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../useMessages';
import type { Format, Indicators } from '../../core';

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
export function KeyFigures({ indicators, format }: { readonly indicators: Indicators; readonly format: Format }) {
  const { t } = useMessages('dashboard');
  const styles = useStyles();
  const { none, count } = format;
  const excluded = Object.values(indicators.excludedRows).reduce((a, b) => a + b, 0);
  const figures: [FigureKey, string][] = [
    ['active', count(indicators.membership.active)],
    ['organisations', count(indicators.membership.organisations)],
    ['womenShare', format.percent(indicators.membership.womenShare)],
    ['atRisk', count(indicators.engagement.atRisk.length)],
    ['recorded', indicators.incidents ? count(indicators.incidents.recorded) : none],
    ['overdue', indicators.incidents ? count(indicators.incidents.overdue) : none],
    ['excluded', count(excluded)],
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
