/**
 * The door's offline copy of the app (a service worker, where the browser or Office allows one),
 * as the interface sees it. A door without one passes nothing, and the interface says nothing.
 */
export interface OfflineCopy {
  /** Whether a new version was downloaded whole and waits for the page to reload. */
  updateReady(): boolean;
  /** Calls back when updateReady changes; returns the way to stop. */
  subscribe(listener: () => void): () => void;
  /** Reloads the page on the new version. */
  applyUpdate(): void;
  /**
   * The page has drawn its first view: the offline copy may now download in the background
   * (the first time, the worker and the page's files; then what the page loads on demand).
   */
  drawn(): void;
}
