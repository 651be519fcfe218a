import { useEffect, useState } from 'react';
import { addUiBundles } from './createUiI18n';

/** The Issues, Report and Setup panels with their messages (tabPanels.ts). */
export type TabPanels = typeof import('./tabPanels');

let loaded: TabPanels | null = null;
let loading: Promise<TabPanels> | null = null;

/**
 * Fetches the tabs' chunk once: the first view is the dashboard, so the first download over a
 * slow link carries only what it draws (the offline copy fetches this chunk ahead in the
 * background, like the workbook reader). A failed fetch (offline, no copy yet) is tried again
 * at the next request.
 */
export function loadTabPanels(): Promise<TabPanels> {
  loading ??= import(/* webpackChunkName: "tabs" */ './tabPanels').then(
    (tabs) => {
      // Their words first: a panel drawn before its bundle would show keys.
      addUiBundles(tabs.TAB_BUNDLES);
      loaded = tabs;
      return tabs;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export type TabPanelsState =
  | { readonly status: 'ready'; readonly panels: TabPanels }
  | { readonly status: 'waiting' }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * The panels, fetched once `wanted` (the user points at or moves into the tabs, or picks one);
 * `attempt` changes to try a failed fetch again. Once there, they draw at once: no loading
 * flash that a quick Tab press would skip past.
 */
export function useTabPanels(wanted: boolean, attempt: unknown): TabPanelsState {
  const [state, setState] = useState<TabPanelsState>(
    loaded ? { status: 'ready', panels: loaded } : { status: 'waiting' },
  );
  const ready = state.status === 'ready';
  useEffect(() => {
    if (ready || !wanted) return;
    let live = true;
    setState({ status: 'waiting' });
    loadTabPanels().then(
      (panels) => live && setState({ status: 'ready', panels }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [ready, wanted, attempt]);
  return state;
}
