import { lazy } from 'react';
import { addUiBundles } from './createUiI18n';

/**
 * The Issues, Report and Setup tabs and their messages, in one chunk of their own: the first view is the dashboard,
 * so the first download over a slow link carries only what it draws. `preloadTabs` fetches the
 * chunk once that view is drawn, so a tab opened later shows at once (and works offline).
 */
const loadTabs = () =>
  import(/* webpackChunkName: "tabs" */ './tabPanels').then((tabs) => {
    // Their words first: a panel drawn before its bundle would show keys.
    addUiBundles(tabs.TAB_BUNDLES);
    return tabs;
  });

export const IssuesPanel = lazy(() => loadTabs().then((m) => ({ default: m.IssuesPanel })));
export const ReportPanel = lazy(() => loadTabs().then((m) => ({ default: m.ReportPanel })));
export const SetupPanel = lazy(() => loadTabs().then((m) => ({ default: m.SetupPanel })));

export function preloadTabs(): void {
  void loadTabs();
}
