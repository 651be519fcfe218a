import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { SHEETS, createFormat, type Lang, type Settings } from '../../core';
import { useMessages } from '../useMessages';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * In-app help for a secretariat that has never used the programme's optional sheets: what each
 * one holds, what the dashboard makes of it, and that the personal columns never leave the workbook.
 */
export function SheetsHelp({ lang, settings }: { readonly lang: Lang; readonly settings: Settings }) {
  const { t } = useMessages('setup');
  const styles = useStyles();
  const name = (key: 'stakeholders' | 'initiatives' | 'meetings') =>
    SHEETS.find((spec) => spec.key === key)?.[lang] ?? key;
  return (
    <section className={styles.section} aria-labelledby="setup-help">
      <Text as="h2" size={400} weight="semibold" id="setup-help">
        {t('help.title')}
      </Text>
      <Text as="p">{t('help.intro')}</Text>
      <Text as="p">{t('help.stakeholders', { sheet: name('stakeholders') })}</Text>
      <Text as="p">
        {t('help.initiatives', {
          sheet: name('initiatives'),
          meetings: name('meetings'),
          days: createFormat(lang).count(settings.dormantDays),
        })}
      </Text>
      <Text as="p">{t('help.meetings', { meetings: name('meetings') })}</Text>
    </section>
  );
}
