/// <reference lib="webworker" />
import {
  cacheName,
  installPlan,
  isOwnCache,
  markerPath,
  pageAt,
  pathInScope,
  route,
  type OfflineFile,
  type OfflineManifest,
  type OfflinePage,
} from './offlinePlan';

/**
 * The web page's and the pane's service worker (built into sw.js by scripts/webpack/offlinePlugin.js,
 * which writes in the list of this build's files). It keeps the app's own files, checked
 * against their integrity, one cache per version; a new version is fetched whole in the
 * background and waits: the page says so, and it takes over at the next reload. Nothing but
 * the listed files is ever kept: workbooks and reports never go through here (they are read
 * and written in the page), and office.js is the host's.
 */
declare const __VPWG_OFFLINE__: OfflineManifest;

const manifest = __VPWG_OFFLINE__;
const sw = self as unknown as ServiceWorkerGlobalScope;
const scope = new URL(sw.registration.scope);
const CACHE = cacheName(scope.pathname, manifest.version);
const byPath = new Map(manifest.files.map((f) => [f.path, f]));
const urlOf = (path: string) => new URL(path, scope).href;

/** A file from the server, refused unless its bytes are the build's: a half-done upload never gets in. */
async function download(file: OfflineFile): Promise<Response> {
  const response = await fetch(urlOf(file.path), {
    cache: file.immutable ? 'default' : 'no-cache',
    credentials: 'same-origin',
    integrity: file.integrity,
  });
  if (!response.ok) throw new Error(`${file.path}: HTTP ${response.status}`);
  return response;
}

async function olderCaches(): Promise<Cache[]> {
  const names = (await caches.keys()).filter((n) => isOwnCache(n, scope.pathname) && n !== CACHE);
  return Promise.all(names.map((n) => caches.open(n)));
}

/** Puts the files in this version's cache: kept as they are, taken from an older version when unchanged, else downloaded. */
async function keep(cache: Cache, paths: readonly string[], older: readonly Cache[]): Promise<void> {
  await Promise.all(
    paths.map(async (path) => {
      const file = byPath.get(path);
      if (!file || (await cache.match(urlOf(path)))) return;
      let response: Response | undefined;
      if (file.immutable) for (const old of older) response ??= await old.match(urlOf(path));
      await cache.put(urlOf(path), response ?? (await download(file)));
    }),
  );
}

async function marked(older: readonly Cache[], kind: 'initial' | 'lazy'): Promise<string[]> {
  const pages: string[] = [];
  for (const page of manifest.pages)
    for (const old of older) if (await old.match(urlOf(markerPath(kind, page)))) pages.push(page.html);
  return pages;
}

async function install(): Promise<void> {
  const older = await olderCaches();
  const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const openPages = windows.flatMap((w) => {
    const path = pathInScope(new URL(w.url), scope);
    const page = path === null ? null : pageAt(manifest, path);
    return page ? [page.html] : [];
  });
  const plan = installPlan(manifest, {
    openPages,
    keptInitial: await marked(older, 'initial'),
    keptLazy: await marked(older, 'lazy'),
  });
  const cache = await caches.open(CACHE);
  await keep(cache, plan.files, older);
  await Promise.all(plan.markers.map((m) => cache.put(urlOf(m), new Response(''))));
}

/** A page opened under this worker: its scripts are kept (at once if missing), and marked in use. */
async function keepPage(page: OfflinePage, kind: 'initial' | 'lazy'): Promise<void> {
  const cache = await caches.open(CACHE);
  await keep(cache, kind === 'initial' ? page.initial : page.lazy, []);
  await cache.put(urlOf(markerPath(kind, page)), new Response(''));
}

async function openPage(page: OfflinePage, event: FetchEvent): Promise<Response> {
  // A new version waits while a page uses the old one; with no other window open, this
  // navigation (a reload, the pane opened again) lets it take over, then loads again on it.
  const waiting = sw.registration.waiting;
  if (waiting && (await sw.clients.matchAll({ type: 'window' })).length <= 1) {
    waiting.postMessage({ type: 'skip-waiting' });
    // An empty page (with an empty icon: no request for /favicon.ico) that loads again after a
    // second. The browser hands over to the new version only once this one has no request in
    // hand: a page that loaded again at once kept this one busy, and the new one waiting, for as
    // long as it went on. So nothing more is asked of this worker for it either.
    return new Response('<!doctype html><link rel="icon" href="data:,">', {
      headers: { 'Content-Type': 'text/html; charset=utf-8', Refresh: '1' },
    });
  }
  event.waitUntil(keepPage(page, 'initial').catch(() => undefined));
  return (await caches.match(urlOf(page.html), { cacheName: CACHE })) ?? fetch(event.request);
}

async function appFile(file: OfflineFile): Promise<Response> {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(urlOf(file.path));
  if (kept) return kept;
  const response = await download(file);
  await cache.put(urlOf(file.path), response.clone());
  return response;
}

sw.addEventListener('install', (event) => event.waitUntil(install()));

sw.addEventListener('activate', (event) => {
  // The older versions go; no page is taken over (a page keeps the version it started with).
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => isOwnCache(n, scope.pathname) && n !== CACHE).map((n) => caches.delete(n))),
      ),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const path = pathInScope(new URL(request.url), scope);
  const target = path === null ? null : route(manifest, path, request.mode === 'navigate');
  if (!target) return;
  if (target.kind === 'page') {
    event.respondWith(openPage(target.page, event));
  } else event.respondWith(appFile(target.file));
});

sw.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === 'skip-waiting') void sw.skipWaiting();
  else if (type === 'prefetch' && event.source && 'url' in event.source) {
    // The dashboard is drawn: fetch ahead what this page loads on demand, so it works offline.
    const path = pathInScope(new URL(event.source.url), scope);
    const page = path === null ? null : pageAt(manifest, path);
    if (page) event.waitUntil(keepPage(page, 'lazy').catch(() => undefined));
  }
});
