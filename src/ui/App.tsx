import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useMessages } from './useMessages';
import {
  createFormat,
  previousQuarterOf,
  quarterOf,
  quarterWithData,
  type Day,
  type Lang,
  type PeriodRequest,
} from '../core';
import { createUiI18n } from './createUiI18n';
import { Dashboard } from './dashboard/Dashboard';
import { PeriodNote } from './dashboard/PeriodNote';
import { errorMessage, failureMessage } from './failureMessage';
import type { Host, OfflineCopy, ReportBuilder } from '../ports';
import type { SetupMemory } from './setup/setupOutcome';
import { useTabPanels } from './lazyTabs';
import { StatusRegion } from './StatusRegion';
import { UpdateBar } from './UpdateBar';
import { useWorkbook } from './useWorkbook';

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    maxWidth: '1200px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '@media (min-width: 700px)': { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}` },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  tools: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // Wraps rather than scrolls: all four tabs stay visible in a 350 px pane.
  tabs: { flexWrap: 'wrap', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

type TabName = 'dashboard' | 'issues' | 'report' | 'setup';
const TABS: readonly TabName[] = ['dashboard', 'issues', 'report', 'setup'];

export interface AppProps {
  readonly host: Host;
  /** Today as the door sees it (the user's calendar day, or the web page's ?asOf=). */
  readonly today: Day;
  /** The web page's workbook chooser (rendered inside the providers, so it speaks the language). */
  readonly source?: ReactNode;
  /** Builds the quarterly report file for the Report tab. */
  readonly buildReport: ReportBuilder;
  /** The door's offline copy (service worker), where there is one: update notice, fetch ahead. */
  readonly offline?: OfflineCopy;
}

/** The interface of both doors: the same tabs over the host's workbook, in French or English. */
export function App({ host, today, source, buildReport, offline }: AppProps) {
  const [lang, setLang] = useState<Lang>(host.initialLang);
  // One instance for the app's life: later language changes go through changeLanguage.
  const [i18n] = useState(() => createUiI18n(host.initialLang));
  useEffect(() => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [i18n, lang]);
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <Shell
          host={host}
          today={today}
          source={source}
          buildReport={buildReport}
          offline={offline}
          lang={lang}
          onLang={setLang}
        />
      </FluentProvider>
    </I18nextProvider>
  );
}

function Shell({
  host,
  today,
  source,
  buildReport,
  offline,
  lang,
  onLang,
}: AppProps & { readonly lang: Lang; readonly onLang: (lang: Lang) => void }) {
  const { t } = useMessages('app');
  const styles = useStyles();
  const [tab, setTab] = useState<TabName>('dashboard');
  const { state, refresh } = useWorkbook(host, today);
  const validated = state.status === 'ready' ? state.validated : null;
  // Until the user picks a period, the dashboard shows the quarter that has data (the running
  // one, or the latest with a held meeting); recomputed on each read, so a meeting just added
  // in Excel brings the running quarter back.
  const withData = useMemo(() => (validated ? quarterWithData(validated.meetings, today) : null), [validated, today]);
  // The user's choice is kept here, for the workbook it was made on: it survives a visit to
  // another tab or a re-read, and another workbook opens on its own period with data.
  const [chosen, setChosen] = useState<{ readonly host: Host; readonly request: PeriodRequest } | null>(null);
  const userPeriod = chosen?.host === host ? chosen.request : null;
  const defaultQuarter = withData?.quarter ?? quarterOf(today);
  // The same request object from one render to the next: the dashboard's figures and charts are
  // computed again only when the period or the workbook changes (a million rows take a moment).
  const period: PeriodRequest = useMemo(
    () => userPeriod ?? { kind: 'quarter', quarter: defaultQuarter },
    [userPeriod, defaultQuarter],
  );
  const earlier = withData && withData.quarter !== withData.running ? withData : null;
  const quarterRef = useRef<HTMLSelectElement>(null);
  // Once the first view is drawn (the dashboard, or why there is none), the offline copy may
  // download in the background: nothing it fetches competes with the first view.
  const settled = state.status !== 'loading';
  useEffect(() => {
    if (settled) offline?.drawn();
  }, [offline, settled]);
  // The other tabs' chunk: fetched when the user points at or moves into the tabs, or picks one
  // (and by the offline copy in the background); tried again at each change of tab if it failed.
  const [intent, setIntent] = useState(false);
  const panels = useTabPanels(intent || tab !== 'dashboard', tab);
  // The Setup tab's last outcome and the user's choices there, kept here for the workbook they
  // were made on: the re-read that follows a write draws the tab anew, and the user must still
  // see what was done (until they go to another tab) and find their choices as they left them.
  const [setupKept, setSetupKept] = useState<{ readonly host: Host; readonly memory: SetupMemory } | null>(null);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          {t('title')}
        </Text>
        <div className={styles.tools}>
          {/* Focusable while it waits: a disabled button would drop the keyboard focus to the page. */}
          <Button size="small" onClick={refresh} disabledFocusable={state.status === 'loading'}>
            {t('refresh')}
          </Button>
          <Select
            size="small"
            aria-label={t('language')}
            value={lang}
            onChange={(_, d) => onLang(d.value === 'en' ? 'en' : 'fr')}
          >
            <option value="fr" lang="fr">
              Français
            </option>
            <option value="en" lang="en">
              English
            </option>
          </Select>
        </div>
      </header>
      <UpdateBar offline={offline} />
      {source}
      <TabList
        size="small"
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => {
          if (d.value === tab) return;
          setTab(d.value as TabName);
          setSetupKept((kept) => kept && { ...kept, memory: { ...kept.memory, outcome: null } });
        }}
        onFocus={() => setIntent(true)}
        onPointerEnter={() => setIntent(true)}
        aria-label={t('tabs.label')}
      >
        {TABS.map((name) => (
          <Tab key={name} value={name} id={`tab-${name}`}>
            {t(`tabs.${name}`)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-labelledby={`tab-${tab}`} aria-busy={state.status === 'loading'}>
        {/* In the page before the dashboard is drawn, so that the note is announced when it appears. */}
        <StatusRegion>
          {tab === 'dashboard' && !userPeriod && earlier && earlier.latestMeeting !== null && (
            <PeriodNote
              latestMeeting={createFormat(lang).date(earlier.latestMeeting)}
              quarter={earlier.quarter}
              onShowRunning={() => {
                setChosen({ host, request: { kind: 'quarter', quarter: earlier.running } });
                // The note goes; the focus moves to the quarter select, which now reads the running quarter.
                quarterRef.current?.focus();
              }}
            />
          )}
        </StatusRegion>
        {state.status === 'loading' && (
          <div role="status">
            <Spinner size="small" label={t(`reading.${state.step}`)} />
            {state.fraction !== null && <ProgressBar value={state.fraction} aria-label={t(`reading.${state.step}`)} />}
          </div>
        )}
        {state.status === 'failed' && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{failureMessage(state.failure, t, lang)}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === 'error' && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{errorMessage(state.error, t)}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === 'ready' && tab === 'dashboard' && (
          <Dashboard
            validated={state.validated}
            today={today}
            lang={lang}
            request={period}
            onRequest={(request) => setChosen({ host, request })}
            quarterRef={quarterRef}
          />
        )}
        {state.status === 'ready' && tab !== 'dashboard' && panels.status === 'waiting' && (
          // Busy until the tab's chunk is there, so nothing reads or measures a half-drawn tab.
          <div aria-busy="true">
            <Spinner size="small" label={t('loadingTab')} />
          </div>
        )}
        {state.status === 'ready' && tab !== 'dashboard' && panels.status === 'failed' && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{t('tabFailed')}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === 'ready' && panels.status === 'ready' && tab === 'issues' && (
          <panels.panels.IssuesPanel validated={state.validated} lang={lang} excel={host.excel} />
        )}
        {state.status === 'ready' && panels.status === 'ready' && tab === 'report' && (
          <panels.panels.ReportPanel
            validated={state.validated}
            lang={lang}
            today={today}
            excel={host.excel}
            buildReport={buildReport}
            defaultQuarter={earlier?.quarter ?? previousQuarterOf(today)}
          />
        )}
        {state.status === 'ready' && panels.status === 'ready' && tab === 'setup' && (
          <panels.panels.SetupPanel
            validated={state.validated}
            lang={lang}
            excel={host.excel}
            onWrote={refresh}
            memory={setupKept?.host === host ? setupKept.memory : null}
            onMemory={(change) =>
              setSetupKept((kept) => ({ host, memory: change(kept?.host === host ? kept.memory : null) }))
            }
          />
        )}
      </div>
    </main>
  );
}
