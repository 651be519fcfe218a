/**
 * What the service worker keeps and answers, as pure functions over the list the build writes
 * into it (scripts/webpack/offlinePlugin.js). No DOM, no worker API: jest tests them as they are,
 * and the worker (serviceWorker.ts) only does the fetching and caching they decide.
 *
 * Only the app's own files are ever cached: a request whose path is not in the build's list
 * (a workbook, a report, office.js, anything else) is left to the network, untouched.
 */

/** One file of the app, as the build lists it. */
export interface OfflineFile {
  /** Path relative to the folder of sw.js (its scope), e.g. `web.1a2b3c4d.js`. */
  readonly path: string;
  /** Subresource Integrity of its bytes (`sha384-…`): a download that does not match is refused. */
  readonly integrity: string;
  /** A content-hashed name, the same bytes forever: the HTTP cache may serve it, and a new version may reuse it. */
  readonly immutable: boolean;
}

/** A page of the app and the scripts it needs. */
export interface OfflinePage {
  /** The page, e.g. `index.html`. */
  readonly html: string;
  /** The scripts it runs at once: kept from the first visit. */
  readonly initial: readonly string[];
  /** What it loads on demand (exceljs, a Web Worker): kept once used, or fetched ahead. */
  readonly lazy: readonly string[];
}

/** The build's list: one version of the app, all its files. */
export interface OfflineManifest {
  /** A hash of every file's name and integrity: a new build with any change is a new version. */
  readonly version: string;
  /** What every page needs: the pages themselves, their icons, the app manifests. */
  readonly shell: readonly string[];
  readonly pages: readonly OfflinePage[];
  readonly files: readonly OfflineFile[];
}

const PREFIX = 'vpwg-offline';

/** The cache of one version, named after the folder too: two deployments on one site keep apart. */
export function cacheName(scopePath: string, version: string): string {
  return `${PREFIX} ${scopePath} ${version}`;
}

/** Whether a cache belongs to this app in this folder (any version). */
export function isOwnCache(name: string, scopePath: string): boolean {
  return name.startsWith(`${PREFIX} ${scopePath} `);
}

/** The path of a URL inside the scope (`web.1a2b.js`, `` for the folder itself), or null when outside it. */
export function pathInScope(url: URL, scope: URL): string | null {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  return decodeURIComponent(url.pathname.slice(scope.pathname.length));
}

/** The page a path opens: a page's own file, or the folder itself for the web page. */
export function pageAt(manifest: OfflineManifest, path: string): OfflinePage | null {
  const html = path === '' ? 'index.html' : path;
  return manifest.pages.find((p) => p.html === html) ?? null;
}

export type Route =
  { readonly kind: 'page'; readonly page: OfflinePage } | { readonly kind: 'file'; readonly file: OfflineFile };

/**
 * How the worker answers a GET inside its scope: an opened page from its cache (whatever the
 * query: `?asOf=`, Office's `?_host_Info=`), one of the app's files from its cache, or nothing
 * at all (null: the network answers, and nothing is kept).
 */
export function route(manifest: OfflineManifest, path: string, navigation: boolean): Route | null {
  if (navigation) {
    const page = pageAt(manifest, path);
    return page ? { kind: 'page', page } : null;
  }
  const file = manifest.files.find((f) => f.path === path);
  return file ? { kind: 'file', file } : null;
}

/**
 * Marks kept beside a version's files (never fetched, never served): which pages were in use,
 * and which had their on-demand files too, so the next version keeps the same.
 */
export function markerPath(kind: 'initial' | 'lazy', page: OfflinePage): string {
  return `__vpwg-offline__/${kind}/${page.html}`;
}

/** What the previous version had and which pages are open now. */
export interface InstallContext {
  /** Pages open in a window now (the one that registered the worker, on a first visit). */
  readonly openPages: readonly string[];
  /** Pages whose scripts the previous version kept. */
  readonly keptInitial: readonly string[];
  /** Pages whose on-demand files the previous version kept. */
  readonly keptLazy: readonly string[];
}

/**
 * The files a version fetches before it may take over, all or nothing: the shell, the scripts
 * of each page in use (the web page alone does not download the task pane's), and the on-demand
 * files of the pages that had them. A page never visited is cached when it is first opened.
 */
export function installPlan(
  manifest: OfflineManifest,
  context: InstallContext,
): { readonly files: readonly string[]; readonly markers: readonly string[] } {
  const files = new Set(manifest.shell);
  const markers: string[] = [];
  for (const page of manifest.pages) {
    if (context.openPages.includes(page.html) || context.keptInitial.includes(page.html)) {
      page.initial.forEach((f) => files.add(f));
      markers.push(markerPath('initial', page));
    }
    if (context.keptLazy.includes(page.html)) {
      page.lazy.forEach((f) => files.add(f));
      markers.push(markerPath('lazy', page));
    }
  }
  return { files: [...files], markers };
}
