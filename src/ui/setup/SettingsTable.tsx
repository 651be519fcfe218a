import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../useMessages';
import { createFormat, SETTING_SPECS, type Lang, type Settings } from '../../core';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '4px',
    textAlign: 'left',
    fontWeight: 'normal',
    verticalAlign: 'top',
  },
  value: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '4px',
    textAlign: 'right',
    whiteSpace: 'nowrap',
  },
});

/** The settings the figures use, each with its label in the language and its formatted value. */
export function SettingsTable({ settings, lang }: { readonly settings: Settings; readonly lang: Lang }) {
  const { t } = useMessages('setup');
  const styles = useStyles();
  const format = createFormat(lang);
  return (
    <>
      <table className={styles.table} data-testid="settings">
        <caption style={{ textAlign: 'left' }}>
          <Text size={200}>{t('settings.note')}</Text>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              {t('settings.setting')}
            </th>
            <th scope="col" className={styles.value}>
              {t('settings.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {SETTING_SPECS.map((spec) => {
            const value = settings[spec.key];
            const shown =
              typeof value === 'string'
                ? value
                : typeof value === 'boolean'
                  ? format.list('boolean', value ? 'yes' : 'no')
                  : spec.kind.kind === 'rate'
                    ? format.percent(value)
                    : format.count(value);
            return (
              <tr key={spec.key}>
                <th scope="row" className={styles.cell}>
                  {spec[lang]}
                </th>
                <td className={styles.value}>{shown}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
