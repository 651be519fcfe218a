import { lazy } from 'react';

/**
 * The Issues, Report and Setup tabs, in one chunk of their own: the first view is the dashboard,
 * so the first download over a slow link carries only what it draws. `preloadTabs` fetches the
 * chunk once that view is drawn, so a tab opened later shows at once (and works offline).
 */
const loadTabs = () => import(/* webpackChunkName: "tabs" */ './tabPanels');

export const IssuesPanel = lazy(() => loadTabs().then((m) => ({ default: m.IssuesPanel })));
export const ReportPanel = lazy(() => loadTabs().then((m) => ({ default: m.ReportPanel })));
export const SetupPanel = lazy(() => loadTabs().then((m) => ({ default: m.SetupPanel })));

export function preloadTabs(): void {
  void loadTabs();
}
