import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useMessages } from '../useMessages';
import { createFormat, type Day, type Lang, type ReportAudience, type ValidatedWorkbook } from '../../core';
import type { ExcelActions } from '../../ports';
import { errorMessage, failureMessage } from '../failureMessage';
import { OutcomeBar, type Outcome } from '../OutcomeBar';
import { quarterChoices } from '../dashboard/PeriodPicker';
import type { BuiltReport, ReportBuilder } from '../../ports';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '480px' },
  // A select is as wide as its longest choice unless allowed to shrink: at 320 px it would scroll sideways.
  select: { minWidth: 0 },
});

/** Starts a browser download of the bytes (the web page: nothing leaves the computer). */
function download(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface ReportPanelProps {
  readonly validated: ValidatedWorkbook;
  readonly lang: Lang;
  readonly today: Day;
  readonly excel: ExcelActions | null;
  /** Builds the report file (each door passes its own: download on the web, Excel in the pane). */
  readonly buildReport: ReportBuilder;
  /** The quarter chosen first: the last complete one, or the dashboard's quarter with data when older. */
  readonly defaultQuarter: string;
}

/**
 * Quarter, language and audience (the choices of `vpwg report --quarter --lang --audience`);
 * Export builds the report and opens it as a new workbook in Excel (ExcelApi 1.8), or
 * downloads it (the web page, an older Excel, or when Excel could not open it).
 */
export function ReportPanel({ validated, lang, today, excel, buildReport, defaultQuarter }: ReportPanelProps) {
  const { t } = useMessages('report');
  const format = createFormat(lang);
  const styles = useStyles();
  const quarters = quarterChoices(today, defaultQuarter);
  const [quarter, setQuarter] = useState(defaultQuarter);
  const [reportLang, setReportLang] = useState<Lang>(lang);
  // Donors by default, as `vpwg report`: the safer report is the one sent by mistake.
  const [audience, setAudience] = useState<ReportAudience>('donor');
  const [progress, setProgress] = useState<number | null | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Kept when Excel could not open it, so the user can still save it without building it again.
  const [unopened, setUnopened] = useState<BuiltReport | null>(null);
  const busy = progress !== undefined;
  // In Excel before ExcelApi 1.8 the add-in cannot open a workbook: the report is downloaded instead.
  const canOpen = Boolean(excel?.openWorkbook && excel.supports.createWorkbook);

  const offerDownload = (report: BuiltReport) => {
    download(report.bytes, report.fileName);
    setOutcome({
      intent: 'success',
      text: t(excel && !canOpen ? 'downloadedNoExcel' : 'downloaded', { name: report.fileName }),
    });
  };

  const exportReport = async () => {
    setOutcome(null);
    setUnopened(null);
    setProgress(null);
    try {
      const report = await buildReport(validated, { quarter, lang: reportLang, audience, today }, setProgress);
      if (canOpen && excel?.openWorkbook) {
        const opened = await excel.openWorkbook(report.bytes);
        if (opened.ok) setOutcome({ intent: 'success', text: t('opened') });
        else {
          setOutcome({ intent: 'error', text: failureMessage(opened.failure, t, lang) });
          setUnopened(report);
        }
      } else offerDownload(report);
    } catch (error) {
      setOutcome({ intent: 'error', text: t('failed', { detail: errorMessage(error, t) }) });
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <div className={styles.root}>
      <Text as="p">{t('intro')}</Text>
      <Field label={t('quarter')}>
        <Select className={styles.select} value={quarter} onChange={(_, d) => setQuarter(d.value)}>
          {quarters.map((q) => (
            <option key={q} value={q}>
              {q === quarters[0] ? format.running(q) : q}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('language')}>
        <Select
          className={styles.select}
          value={reportLang}
          onChange={(_, d) => setReportLang(d.value === 'en' ? 'en' : 'fr')}
        >
          <option value="fr">{t('langs.fr')}</option>
          <option value="en">{t('langs.en')}</option>
        </Select>
      </Field>
      <Field label={t('audience')} hint={t(`audienceHints.${audience}`)}>
        <Select
          className={styles.select}
          value={audience}
          onChange={(_, d) => setAudience(d.value === 'donor' ? 'donor' : 'internal')}
        >
          <option value="donor">{format.audience('donor')}</option>
          <option value="internal">{format.audience('internal')}</option>
        </Select>
      </Field>
      {excel && !canOpen && (
        <MessageBar intent="info">
          <MessageBarBody>{t('noCreateWorkbook')}</MessageBarBody>
        </MessageBar>
      )}
      {/* Focusable while it builds: a disabled button would drop the keyboard focus to the page. */}
      <Button appearance="primary" disabledFocusable={busy} onClick={() => void exportReport()}>
        {t(canOpen ? 'open' : 'export')}
      </Button>
      {busy && (
        <Field validationMessage={t('building')} validationState="none">
          <ProgressBar value={progress ?? undefined} aria-label={t('building')} />
        </Field>
      )}
      <OutcomeBar outcome={outcome} />
      {unopened && !busy && <Button onClick={() => offerDownload(unopened)}>{t('downloadInstead')}</Button>}
    </div>
  );
}
