import { useCallback, useState } from 'react';
import { langFromLocale } from '../../core/index';
import { App } from '../../ui/App';
import type { Host } from '../../ui/host';
import type { ReportBuilder } from '../../ui/report/reportBuilder';
import { WorkbookSource } from '../../ui/source/WorkbookSource';
import { createReportBuilder } from '../shared/createReportBuilder';
import { createFileHost } from './fileHost';
import { createSampleHost } from './sampleHost';

export interface WebAppProps {
  readonly today: string;
  readonly locale: string;
  /** The Report tab's builder; the browser's (canvas pictures, downloaded file) unless a test gives another. */
  readonly buildReport?: ReportBuilder;
}

const browserReportBuilder = createReportBuilder();

/** The web page: the built-in sample first, then whatever workbook the user opens. */
export function WebApp({ today, locale, buildReport = browserReportBuilder }: WebAppProps) {
  const lang = langFromLocale(locale);
  const [source, setSource] = useState<{ host: Host; fileName: string | null }>(() => ({
    host: createSampleHost(lang, today),
    fileName: null,
  }));
  const onFile = useCallback(
    (file: File) => setSource({ host: createFileHost(file, lang), fileName: file.name }),
    [lang],
  );
  const onSample = useCallback(() => setSource({ host: createSampleHost(lang, today), fileName: null }), [lang, today]);
  return (
    <App
      host={source.host}
      today={today}
      buildReport={buildReport}
      source={<WorkbookSource fileName={source.fileName} onFile={onFile} onSample={onSample} />}
    />
  );
}
