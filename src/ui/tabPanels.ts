/** The panels loaded after the first view, with their messages (see lazyTabs.ts). */
export { IssuesPanel } from './issues/IssuesPanel';
export { ReportPanel } from './report/ReportPanel';
export { SetupPanel } from './setup/SetupPanel';
export { TAB_BUNDLES } from './tabBundles';
