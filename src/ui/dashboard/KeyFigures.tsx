import { makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../useMessages';
import type { Figure } from './measureFigures';

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

/** A few plain figures that the targets don't show, each named above its value (the measure's heading says whose). */
export function KeyFigures({ figures }: { readonly figures: readonly Figure[] }) {
  const { t } = useMessages('dashboard');
  const styles = useStyles();
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
