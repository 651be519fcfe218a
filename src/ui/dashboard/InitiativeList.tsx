import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Format, LinkedInitiative, Links } from '../../core';
import { useMessages } from '../useMessages';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `4px solid transparent`,
    overflowWrap: 'anywhere',
  },
  // The colour only repeats what the words say: the dormant line is written out in full.
  dormant: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  detail: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  dormantText: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * Measure 4: every initiative with its linked meetings in the period and its last meeting; a
 * dormant one (no meeting for longer than the `dormantDays` setting) says so in words.
 */
export function InitiativeList({ links, format }: { readonly links: Links; readonly format: Format }) {
  const { t } = useMessages('dashboard');
  const styles = useStyles();
  const headingId = useId();
  const dormant = new Set(links.dormant);
  const status = (initiative: LinkedInitiative): string | null => {
    if (!dormant.has(initiative.name)) return null;
    return initiative.lastMeeting === null
      ? t('initiatives.dormantNever')
      : t('initiatives.dormantSince', { date: format.date(initiative.lastMeeting) });
  };
  return (
    <section aria-labelledby={headingId}>
      <Text as="h3" weight="semibold" size={300} id={headingId} block>
        {t('initiatives.title')}
      </Text>
      {links.initiatives.length === 0 ? (
        <Text as="p">{t('initiatives.none')}</Text>
      ) : (
        <ul className={styles.list}>
          {links.initiatives.map((initiative) => {
            const dormantLine = status(initiative);
            const kind = [
              initiative.kind === null ? null : format.list('initiativeKind', initiative.kind),
              initiative.known ? null : t('initiatives.notListed'),
            ].filter((part) => part !== null);
            return (
              <li
                key={initiative.name}
                className={mergeClasses(styles.item, dormantLine !== null && styles.dormant)}
                data-initiative={initiative.name}
              >
                <Text weight="semibold">{initiative.name}</Text>
                {kind.length > 0 && <Text className={styles.detail}>{kind.join(' · ')}</Text>}
                <Text className={styles.detail}>
                  {t('initiatives.meetings', { n: format.count(initiative.meetings) })}
                </Text>
                {dormantLine !== null ? (
                  <Text className={styles.dormantText} data-dormant>
                    {dormantLine}
                  </Text>
                ) : (
                  <Text className={styles.detail}>
                    {initiative.lastMeeting === null
                      ? t('initiatives.never')
                      : t('initiatives.last', { date: format.date(initiative.lastMeeting) })}
                  </Text>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
