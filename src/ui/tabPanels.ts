/** The panels loaded after the first view (see lazyTabs.ts). */
export { IssuesPanel } from './issues/IssuesPanel';
export { ReportPanel } from './report/ReportPanel';
export { SetupPanel } from './setup/SetupPanel';
