import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { langFromLocale, type Day } from '../../core';
import type { Host, OfflineCopy, ReportBuilder } from '../../ports';
import { App } from '../../ui/App';
import { WorkbookSource, type WorkbookSourceProps } from '../../ui/source/WorkbookSource';
import { createReportBuilder } from '../shared/createReportBuilder';
import { createAttemptStore, type AttemptStore } from './attemptStore';
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

/** The source line, re-rendered alone as the file being opened progresses. */
function LiveSource({ attempts, ...props }: Omit<WorkbookSourceProps, 'attempt'> & { attempts: AttemptStore }) {
  const attempt = useSyncExternalStore(attempts.subscribe, attempts.get);
  return <WorkbookSource {...props} attempt={attempt} />;
}

/**
 * The web page: the built-in sample first, then whatever workbook the user opens. A file is
 * read (in a worker) before it replaces the workbook shown, so a file that is not a workbook
 * costs the user one sentence, never the dashboard they were looking at; the user may cancel.
 */
export function WebApp({ today, locale, buildReport = browserReportBuilder, offline }: WebAppProps) {
  const lang = langFromLocale(locale);
  const [source, setSource] = useState<{ host: Host; fileName: string | null }>(() => ({
    host: createSampleHost(lang, today),
    fileName: null,
  }));
  const attempts = useMemo(createAttemptStore, []);
  // A newer choice (another file, the sample) wins over a file still being read, and stops it.
  const generation = useRef(0);
  const reading = useRef<AbortController | null>(null);

  const onFile = useCallback(
    (file: File) => {
      const mine = ++generation.current;
      const current = () => generation.current === mine;
      reading.current?.abort();
      const controller = new AbortController();
      reading.current = controller;
      attempts.set({ status: 'opening', name: file.name, fraction: null });
      createFileHost(file, lang, controller.signal)
        .readWorkbook((p) => {
          if (current()) attempts.set({ status: 'opening', name: file.name, fraction: p.fraction });
        })
        .then(
          (read) => {
            if (!current()) return;
            reading.current = null;
            if (!read.ok) return attempts.set({ status: 'failed', failure: read.failure });
            attempts.set(null);
            // Refresh reads the file again, with no tie to this first reading's cancel.
            setSource({ host: preReadHost(createFileHost(file, lang), read.value), fileName: file.name });
          },
          (error: unknown) => {
            if (current()) attempts.set({ status: 'broken', error });
          },
        );
    },
    [lang, attempts],
  );
  const onCancel = useCallback(() => {
    const attempt = attempts.get();
    generation.current++;
    reading.current?.abort();
    attempts.set({ status: 'cancelled', name: attempt?.status === 'opening' ? attempt.name : '' });
  }, [attempts]);
  const onSample = useCallback(() => {
    generation.current++;
    reading.current?.abort();
    attempts.set(null);
    setSource({ host: createSampleHost(lang, today), fileName: null });
  }, [lang, today, attempts]);
  return (
    <App
      host={source.host}
      today={today}
      buildReport={buildReport}
      offline={offline}
      source={
        <LiveSource
          attempts={attempts}
          fileName={source.fileName}
          onFile={onFile}
          onSample={onSample}
          onCancel={onCancel}
        />
      }
    />
  );
}
