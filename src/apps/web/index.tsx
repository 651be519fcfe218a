import { createRoot } from 'react-dom/client';
import { localToday } from '../../ui/localToday';
import { followManifestLanguage } from './manifestLanguage';
import { todayFromUrl } from './todayFromUrl';
import { WebApp } from './WebApp';

// The web page's composition root: no office.js here; the file reader is loaded on demand.
followManifestLanguage(document);
const container = document.getElementById('root');
if (container)
  createRoot(container).render(
    <WebApp today={todayFromUrl(window.location.search) ?? localToday()} locale={navigator.language} />,
  );
