import { createRoot } from 'react-dom/client';
import { localToday } from '../../ui/localToday';
import type { OfflineCopy } from '../../ports';
import { browserEnvironment, startOffline } from '../offline/startOffline';
import { followManifestLanguage } from './manifestLanguage';
import { todayFromUrl } from './todayFromUrl';
import { WebApp } from './WebApp';

// The web page's composition root: no office.js here; the file reader is loaded on demand.
// The offline copy in production builds (the dev server always serves fresh files). Once the
// first view is drawn, the page also links its app manifest (which the browser reads, with an
// icon, to offer the install): nothing of that competes with the first view on a slow link.
const worker = process.env.NODE_ENV === 'production' ? startOffline(browserEnvironment()) : undefined;
let linked = false;
const offline: OfflineCopy | undefined = worker && {
  ...worker,
  drawn: () => {
    worker.drawn();
    if (!linked) followManifestLanguage(document, location.protocol);
    linked = true;
  },
};
const container = document.getElementById('root');
if (container)
  createRoot(container).render(
    <WebApp
      today={todayFromUrl(window.location.search) ?? localToday()}
      locale={navigator.language}
      offline={offline}
    />,
  );
