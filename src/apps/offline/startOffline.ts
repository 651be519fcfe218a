import type { OfflineCopy } from '../../ports';

/** What the offline copy needs of the page (the browser's by default; a test passes its own). */
export interface OfflineEnvironment {
  /** navigator.serviceWorker: absent where the browser or the Office host allows none. */
  readonly container: ServiceWorkerContainer | undefined;
  /** The page's protocol: a worker over http(s) only; `file://` keeps working without one. */
  readonly protocol: string;
  /** The user asked the browser to save data: nothing is fetched ahead. */
  readonly saveData: boolean;
  readonly addEventListener: (type: 'online', listener: () => void) => void;
  readonly reload: () => void;
}

export function browserEnvironment(): OfflineEnvironment {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return {
    container: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
    protocol: location.protocol,
    saveData: connection?.saveData === true,
    addEventListener: (type, listener) => window.addEventListener(type, listener),
    reload: () => location.reload(),
  };
}

const HOUR = 3_600_000;

/**
 * Registers sw.js (beside the page) once the page has drawn its first view, so that nothing the
 * worker downloads competes with it on a slow link, and follows its versions: a new one
 * downloaded whole is announced (`updateReady`) and applied by a reload, never half-way. Where
 * there is no worker (file://, a host without one, a refused registration) it stays silent and
 * changes nothing.
 */
export function startOffline(env: OfflineEnvironment): OfflineCopy {
  let ready = false;
  const listeners = new Set<() => void>();
  const setReady = (value: boolean) => {
    if (value === ready) return;
    ready = value;
    listeners.forEach((l) => l());
  };
  const container = env.container;
  const usable = Boolean(container) && /^https?:$/.test(env.protocol);
  let registration: Promise<ServiceWorkerRegistration | null> | null = null;

  if (container && usable) {
    // A page that started on a version reloads when the next one takes over (the user's
    // choice, in this page or another): it never runs old scripts against new files.
    const controlled = Boolean(container.controller);
    let reloading = false;
    container.addEventListener('controllerchange', () => {
      if (controlled && !reloading) {
        reloading = true;
        env.reload();
      }
    });
  }

  const register = (): Promise<ServiceWorkerRegistration | null> => {
    if (!container || !usable) return Promise.resolve(null);
    registration ??= container.register('sw.js').then(follow, () => null);
    return registration;
  };

  function follow(reg: ServiceWorkerRegistration): ServiceWorkerRegistration {
    // Ready = a new version installed and waiting while this page runs on the old one.
    const check = () => setReady(Boolean(reg.waiting && container?.controller));
    reg.addEventListener('updatefound', () => reg.installing?.addEventListener('statechange', check));
    // Registered after the first view: the browser may already be installing the new version.
    reg.installing?.addEventListener('statechange', check);
    check();
    // A page left open: look for a new version when the link comes back, and every hour.
    const update = () => void reg.update().catch(() => undefined);
    env.addEventListener('online', update);
    setInterval(update, HOUR);
    return reg;
  }

  return {
    updateReady: () => ready,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    applyUpdate: () => {
      void register().then((reg) => {
        if (reg?.waiting) reg.waiting.postMessage({ type: 'skip-waiting' });
        else env.reload();
      });
    },
    drawn: () => {
      void register()
        .then((reg) => (reg && container && !env.saveData ? container.ready : null))
        .then((reg) => reg?.active?.postMessage({ type: 'prefetch' }));
    },
  };
}
