import { createRoot } from 'react-dom/client';
import { localToday } from '../../ui/localToday';
import { WebApp } from './WebApp';

// The web page's composition root: no office.js here; the file reader is loaded on demand.
const container = document.getElementById('root');
if (container) createRoot(container).render(<WebApp today={localToday()} locale={navigator.language} />);
