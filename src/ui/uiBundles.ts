import { chartsMessages } from '../charts/charts.messages';
import { appMessages } from './app.messages';
import { dashboardMessages } from './dashboard/dashboard.messages';
import { issuesMessages } from './issues/issues.messages';
import { reportMessages } from './report/report.messages';
import { setupMessages } from './setup/setup.messages';
import { sourceMessages } from './source/source.messages';

/** Every namespace the interface shows, one bundle per area. */
export const UI_BUNDLES = {
  app: appMessages,
  dashboard: dashboardMessages,
  issues: issuesMessages,
  report: reportMessages,
  setup: setupMessages,
  source: sourceMessages,
  charts: chartsMessages,
} as const;
