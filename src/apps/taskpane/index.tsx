import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../../adapters/office/excelHost';
import { App } from '../../ui/App';
import { localToday } from '../../ui/localToday';
import { createReportBuilder } from '../shared/createReportBuilder';

// The task pane's composition root: Office.onReady exactly once, then the same interface as
// the web page over the Excel host (the only place that touches Office.js); the report opens
// as a new workbook where Excel can, else it is downloaded.
void Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <App host={createExcelHost()} today={localToday()} buildReport={createReportBuilder()} />,
  );
});
