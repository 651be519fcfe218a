import type { OpenAttempt } from '../../ui/source/WorkbookSource';

/**
 * The file being opened, outside React state: its progress changes ten times a second, and only
 * the source line that shows it re-renders (not the dashboard under it, whose charts would keep
 * the tab busy while the worker reads).
 */
export interface AttemptStore {
  get(): OpenAttempt;
  set(attempt: OpenAttempt): void;
  subscribe(listener: () => void): () => void;
}

export function createAttemptStore(): AttemptStore {
  let current: OpenAttempt = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (attempt) => {
      current = attempt;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
