import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useMessages } from '../useMessages';
import { SHEETS, type Lang, type ValidatedWorkbook } from '../../core';
import type { ExcelActions, HostResult } from '../../ports';
import { OutcomeBar } from '../OutcomeBar';
import { OptionalSheets, isOptionalSheet } from './OptionalSheets';
import { SettingsTable } from './SettingsTable';
import { SheetsHelp } from './SheetsHelp';
import { FRESH_SETUP, setupOutcomeText, type SetupMemory, type SetupOutcome } from './setupOutcome';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '560px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

/** Sheets of another tool under an optional sheet's name, with no sheet of vpwg's read instead. */
function foreignSheets(validated: ValidatedWorkbook): { readonly sheet: string; readonly contract: string }[] {
  return validated.issues.flatMap((i) =>
    i.code === 'sheet/foreign' && i.detail.usedSheet === null ? [{ sheet: i.sheet, contract: i.detail.contract }] : [],
  );
}

export interface SetupPanelProps {
  readonly validated: ValidatedWorkbook;
  readonly lang: Lang;
  readonly excel: ExcelActions | null;
  /** After a write, so the pane shows the new sheets. */
  readonly onWrote: () => void;
  /**
   * What the last write came to and the user's choices, kept above the tab for this workbook (null
   * before any): the re-read after a write draws the tab anew.
   */
  readonly memory: SetupMemory | null;
  readonly onMemory: (change: (kept: SetupMemory | null) => SetupMemory) => void;
}

/**
 * Create the missing sheets, the optional ones only when ticked, and insert the sample (Excel
 * only); what the optional sheets are for and the settings in use (everywhere).
 */
export function SetupPanel({ validated, lang, excel, onWrote, memory, onMemory }: SetupPanelProps) {
  const { t } = useMessages('setup');
  const styles = useStyles();
  const kept = memory ?? FRESH_SETUP;
  const sheetLang = kept.sheetLang ?? lang;
  const chosen = kept.optional;
  const remember = (change: Partial<SetupMemory>) => onMemory((was) => ({ ...(was ?? FRESH_SETUP), ...change }));
  const [busy, setBusy] = useState(false);
  const foreign = useMemo(() => foreignSheets(validated), [validated]);
  // A sheet of another tool holds the name: creating vpwg's sheet there would fail, so it is not
  // offered; the user is told to rename that sheet first.
  const absent = SHEETS.filter((s) => validated.sheetNames[s.en] === null && !foreign.some((f) => f.contract === s.en));
  const missing = absent.filter((s) => !s.onRequest);
  // The programme's optional sheets are added only when the user ticks them.
  const optional = absent.filter(isOptionalSheet).map((s) => s.key);
  const requested = optional.filter((key) => chosen.has(key));

  const write = async <T,>(action: () => Promise<HostResult<T>>, done: (value: T) => SetupOutcome) => {
    setBusy(true);
    remember({ outcome: null });
    try {
      const result = await action();
      remember({ outcome: result.ok ? done(result.value) : { kind: 'failed', failure: result.failure } });
      if (result.ok) onWrote();
    } catch (error) {
      remember({ outcome: { kind: 'error', error } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="setup-sheets">
        <Text as="h2" size={400} weight="semibold" id="setup-sheets">
          {t('sheets.title')}
        </Text>
        <Text as="p">
          {missing.length === 0
            ? t('sheets.complete')
            : t('sheets.missing', { names: missing.map((s) => s[lang]).join(', ') })}
        </Text>
        {foreign.length > 0 && (
          <Text as="p">{t('sheets.foreign', { names: foreign.map((f) => f.sheet).join(', ') })}</Text>
        )}
        {excel && (missing.length > 0 || optional.length > 0) && (
          <>
            {optional.length > 0 && (
              <OptionalSheets
                sheets={optional}
                chosen={chosen}
                onChange={(ticked) => remember({ optional: ticked })}
                disabled={busy}
              />
            )}
            <Field label={t('sheets.language')}>
              <Select value={sheetLang} onChange={(_, d) => remember({ sheetLang: d.value === 'en' ? 'en' : 'fr' })}>
                <option value="fr">{t('langs.fr')}</option>
                <option value="en">{t('langs.en')}</option>
              </Select>
            </Field>
            <Button
              appearance="primary"
              disabledFocusable={busy}
              onClick={() =>
                void write(
                  () => excel.createMissingSheets(sheetLang, requested),
                  (names) => ({ kind: 'created', names }),
                )
              }
            >
              {t('sheets.create')}
            </Button>
          </>
        )}
      </section>
      {excel ? (
        <section className={styles.section} aria-labelledby="setup-sample">
          <Text as="h2" size={400} weight="semibold" id="setup-sample">
            {t('sample.title')}
          </Text>
          <Text as="p">{t('sample.explain')}</Text>
          <Button
            disabledFocusable={busy}
            onClick={() =>
              void write(
                () => excel.insertSample(sheetLang),
                () => ({ kind: 'sample' }),
              )
            }
          >
            {t('sample.insert')}
          </Button>
          <MessageBar intent="warning">
            <MessageBarBody>{t('undoWarning')}</MessageBarBody>
          </MessageBar>
        </section>
      ) : (
        <Text as="p">{t('webOnly')}</Text>
      )}
      {busy && <Spinner size="small" label={t('working')} />}
      {/* The re-read after a write draws the tab anew, without the button pressed: the focus, left
          on the page, goes to what the write came to, where the user goes on from. */}
      <OutcomeBar outcome={setupOutcomeText(kept.outcome, t, lang)} takesLostFocus />
      <SheetsHelp lang={lang} settings={validated.settings} />
      <section className={styles.section} aria-labelledby="setup-settings" style={{ alignItems: 'stretch' }}>
        <Text as="h2" size={400} weight="semibold" id="setup-settings">
          {t('settings.title')}
        </Text>
        <SettingsTable settings={validated.settings} lang={lang} />
      </section>
    </div>
  );
}
