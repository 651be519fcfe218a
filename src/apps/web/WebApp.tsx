import { useCallback, useRef, useState } from 'react';
import { langFromLocale, type Day } from '../../core/index';
import { App } from '../../ui/App';
import type { Host } from '../../ui/host';
import type { OfflineCopy } from '../../ui/offlineCopy';
import type { ReportBuilder } from '../../ui/report/reportBuilder';
import { WorkbookSource, type OpenAttempt } from '../../ui/source/WorkbookSource';
import { createReportBuilder } from '../shared/createReportBuilder';
import { createFileHost } from './fileHost';
import { preReadHost } from './preReadHost';
import { createSampleHost } from './sampleHost';

export interface WebAppProps {
  readonly today: Day;
  readonly locale: string;
  /** The Report tab's builder; the browser's (canvas pictures, downloaded file) unless a test gives another. */
  readonly buildReport?: ReportBuilder;
  /** The page's offline copy (service worker), when served over http(s). */
  readonly offline?: OfflineCopy;
}

const browserReportBuilder = createReportBuilder();

/**
 * The web page: the built-in sample first, then whatever workbook the user opens. A file is
 * read before it replaces the workbook shown, so a file that is not a workbook costs the user
 * one sentence, never the dashboard they were looking at.
 */
export function WebApp({ today, locale, buildReport = browserReportBuilder, offline }: WebAppProps) {
  const lang = langFromLocale(locale);
  const [source, setSource] = useState<{ host: Host; fileName: string | null }>(() => ({
    host: createSampleHost(lang, today),
    fileName: null,
  }));
  const [attempt, setAttempt] = useState<OpenAttempt>(null);
  // A newer choice (another file, the sample) wins over a file still being read.
  const generation = useRef(0);

  const onFile = useCallback(
    (file: File) => {
      const mine = ++generation.current;
      const current = () => generation.current === mine;
      const host = createFileHost(file, lang);
      setAttempt({ status: 'opening', name: file.name, fraction: null });
      host
        .readWorkbook((p) => {
          if (current()) setAttempt({ status: 'opening', name: file.name, fraction: p.fraction });
        })
        .then(
          (raw) => {
            if (!current()) return;
            setAttempt(null);
            setSource({ host: preReadHost(host, raw), fileName: file.name });
          },
          (error: unknown) => {
            if (current()) setAttempt({ status: 'failed', error });
          },
        );
    },
    [lang],
  );
  const onSample = useCallback(() => {
    generation.current++;
    setAttempt(null);
    setSource({ host: createSampleHost(lang, today), fileName: null });
  }, [lang, today]);
  return (
    <App
      host={source.host}
      today={today}
      buildReport={buildReport}
      offline={offline}
      source={<WorkbookSource fileName={source.fileName} attempt={attempt} onFile={onFile} onSample={onSample} />}
    />
  );
}
