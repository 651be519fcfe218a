import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, ValidatedWorkbook } from '../../core/index';
import type { ExcelActions } from '../host';
import { errorMessage, failureMessage } from '../failureMessage';
import { recentQuarters } from '../dashboard/PeriodPicker';
import type { ReportAudienceChoice, ReportBuilder } from './reportBuilder';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '480px' },
});

type Outcome = { readonly intent: 'success' | 'error'; readonly text: string } | null;

/** Starts a browser download of the bytes (the web page: nothing leaves the computer). */
function download(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
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
  readonly today: string;
  readonly excel: ExcelActions | null;
  /** Absent until the report builder is wired in: the tab then says the export is coming. */
  readonly buildReport?: ReportBuilder;
}

/** Quarter, language and audience; Export builds the report and opens or downloads it. */
export function ReportPanel({ validated, lang, today, excel, buildReport }: ReportPanelProps) {
  const { t } = useTranslation('report');
  const styles = useStyles();
  const quarters = recentQuarters(today);
  const [quarter, setQuarter] = useState(quarters[1] ?? quarters[0] ?? '');
  const [reportLang, setReportLang] = useState<Lang>(lang);
  const [audience, setAudience] = useState<ReportAudienceChoice>('internal');
  const [progress, setProgress] = useState<number | null | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const busy = progress !== undefined;

  const exportReport = async () => {
    if (!buildReport) return;
    setOutcome(null);
    setProgress(null);
    try {
      const report = await buildReport(validated, { quarter, lang: reportLang, audience, today }, setProgress);
      if (excel?.openWorkbook && excel.supports.createWorkbook) {
        const opened = await excel.openWorkbook(report.bytes);
        setOutcome(opened.ok ? { intent: 'success', text: t('opened') } : { intent: 'error', text: failureMessage(opened.failure, t) });
      } else {
        download(report.bytes, report.fileName);
        setOutcome({ intent: 'success', text: t('downloaded', { name: report.fileName }) });
      }
    } catch (error) {
      setOutcome({ intent: 'error', text: t('failed', { detail: errorMessage(error, t, lang) }) });
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <div className={styles.root}>
      <Text as="p">{t('intro')}</Text>
      <Field label={t('quarter')}>
        <Select value={quarter} onChange={(_, d) => setQuarter(d.value)}>
          {quarters.map((q) => (
            <option key={q} value={q}>
              {q === quarters[0] ? t('dashboard:period.soFar', { label: q }) : q}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('language')}>
        <Select value={reportLang} onChange={(_, d) => setReportLang(d.value === 'en' ? 'en' : 'fr')}>
          <option value="fr">{t('langs.fr')}</option>
          <option value="en">{t('langs.en')}</option>
        </Select>
      </Field>
      <Field label={t('audience')}>
        <Select value={audience} onChange={(_, d) => setAudience(d.value === 'donor' ? 'donor' : 'internal')}>
          <option value="internal">{t('audiences.internal')}</option>
          <option value="donor">{t('audiences.donor')}</option>
        </Select>
      </Field>
      {buildReport ? (
        <Button appearance="primary" disabled={busy} onClick={() => void exportReport()}>
          {t('export')}
        </Button>
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{t('coming')}</MessageBarBody>
        </MessageBar>
      )}
      {busy && (
        <Field validationMessage={t('building')} validationState="none">
          <ProgressBar value={progress ?? undefined} aria-label={t('building')} />
        </Field>
      )}
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
