import { issuesMessages } from './issues/issues.messages';
import { reportMessages } from './report/report.messages';
import { setupMessages } from './setup/setup.messages';

/**
 * The namespaces of the Issues, Report and Setup tabs: they travel in the tabs' own chunk
 * (lazyTabs.ts) and join the interface's i18next instances when it arrives.
 */
export const TAB_BUNDLES = {
  issues: issuesMessages,
  report: reportMessages,
  setup: setupMessages,
} as const;
