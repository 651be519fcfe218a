import { chartsMessages } from '../charts/charts.messages';
import { appMessages } from './app.messages';
import { dashboardMessages } from './dashboard/dashboard.messages';
import { sourceMessages } from './source/source.messages';
import type { TAB_BUNDLES } from './tabBundles';

/** The namespaces of the first view, one bundle per area, loaded with the interface. */
export const UI_BUNDLES = {
  app: appMessages,
  dashboard: dashboardMessages,
  source: sourceMessages,
  charts: chartsMessages,
} as const;

/** Every namespace the interface shows: the first view's and the later tabs' (TAB_BUNDLES, loaded with them). */
export type AllBundles = typeof UI_BUNDLES & typeof TAB_BUNDLES;
