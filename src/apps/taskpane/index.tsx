import { createRoot } from 'react-dom/client';
import { langFromLocale, translator } from '../../core';
import { createExcelHost } from '../../adapters/office/excelHost';
import { App } from '../../ui/App';
import { appMessages } from '../../ui/app.messages';
import { localToday } from '../../ui/localToday';
import { browserEnvironment, startOffline } from '../offline/startOffline';
import { createReportBuilder } from '../shared/createReportBuilder';

// The task pane's composition root: Office.onReady exactly once, then the same interface as
// the web page over the Excel host (the only place that touches Office.js); the report opens
// as a new workbook where Excel can, else it is downloaded.
const container = document.getElementById('root');
if (container && typeof Office === 'undefined') {
  // office.js comes from Microsoft's CDN; an Excel that never loaded it, offline, has none.
  const lang = langFromLocale(navigator.language);
  document.documentElement.lang = lang;
  const t = translator(appMessages)(lang);
  createRoot(container).render(<p style={{ padding: '16px', lineHeight: 1.4 }}>{t('officeMissing')}</p>);
} else {
  // The same offline copy as the web page where the host allows a service worker (Excel on the
  // web, WebView2); where it does not, nothing happens and the pane says nothing.
  const offline = process.env.NODE_ENV === 'production' ? startOffline(browserEnvironment()) : undefined;
  void Office.onReady(() => {
    if (!container) return;
    createRoot(container).render(
      <App host={createExcelHost()} today={localToday()} buildReport={createReportBuilder()} offline={offline} />,
    );
  });
}
