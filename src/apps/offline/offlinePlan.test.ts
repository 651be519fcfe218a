import {
  cacheName,
  installPlan,
  isOwnCache,
  markerPath,
  pathInScope,
  route,
  type OfflineFile,
  type OfflineManifest,
} from './offlinePlan';

const file = (path: string, immutable = /\.[0-9a-f]{8}\.js$/.test(path)): OfflineFile => ({
  path,
  integrity: `sha384-${path}`,
  immutable,
});

/** A build as the plugin lists it: two pages sharing exceljs; the web page has a worker chunk too. */
const MANIFEST: OfflineManifest = {
  version: 'v1',
  shell: ['index.html', 'taskpane.html', 'manifest.fr.json', 'assets/favicon.ico'],
  pages: [
    { html: 'index.html', initial: ['web.11111111.js'], lazy: ['xlsx.33333333.js', 'reader.44444444.js'] },
    { html: 'taskpane.html', initial: ['taskpane.22222222.js'], lazy: ['xlsx.33333333.js'] },
  ],
  files: [
    'index.html',
    'taskpane.html',
    'manifest.fr.json',
    'assets/favicon.ico',
    'web.11111111.js',
    'taskpane.22222222.js',
    'xlsx.33333333.js',
    'reader.44444444.js',
  ].map((p) => file(p)),
};

const scope = new URL('https://vpwg.example.org/addin/');
const path = (url: string) => pathInScope(new URL(url), scope);

describe('what the service worker answers', () => {
  it('knows the paths inside its folder only', () => {
    expect(path('https://vpwg.example.org/addin/web.11111111.js')).toBe('web.11111111.js');
    expect(path('https://vpwg.example.org/addin/')).toBe('');
    expect(path('https://vpwg.example.org/addin/assets/favicon.ico')).toBe('assets/favicon.ico');
    expect(path('https://vpwg.example.org/other/index.html')).toBeNull();
    expect(path('https://appsforoffice.microsoft.com/lib/1/hosted/office.js')).toBeNull();
  });

  it('opens a page from its cache whatever the query; the folder itself is the web page', () => {
    expect(route(MANIFEST, 'index.html', true)).toEqual({ kind: 'page', page: MANIFEST.pages[0] });
    expect(route(MANIFEST, '', true)).toEqual({ kind: 'page', page: MANIFEST.pages[0] });
    // ?asOf= and Office's ?_host_Info= are not part of the path.
    expect(path('https://vpwg.example.org/addin/taskpane.html?_host_Info=Excel$Win32$16.01$fr-FR')).toBe(
      'taskpane.html',
    );
    expect(route(MANIFEST, 'taskpane.html', true)).toEqual({ kind: 'page', page: MANIFEST.pages[1] });
  });

  it('answers the app’s own files only; anything else goes to the network and is never kept', () => {
    expect(route(MANIFEST, 'xlsx.33333333.js', false)).toEqual({ kind: 'file', file: file('xlsx.33333333.js') });
    expect(route(MANIFEST, 'manifest.fr.json', false)?.kind).toBe('file');
    // A workbook or a report that happened to sit in the folder, an old script, another page.
    for (const other of ['classeur.xlsx', 'vpwg-report-2025-Q3-donor-fr.xlsx', 'web.00000000.js', 'sw.js'])
      expect([other, route(MANIFEST, other, false)]).toEqual([other, null]);
    expect(route(MANIFEST, 'docs/guide.html', true)).toBeNull();
    // Markers are never served.
    expect(route(MANIFEST, markerPath('initial', MANIFEST.pages[0]!), false)).toBeNull();
  });

  it('names its caches by folder and version, and tells its own from others', () => {
    const mine = cacheName('/addin/', 'v1');
    expect(isOwnCache(mine, '/addin/')).toBe(true);
    expect(isOwnCache(cacheName('/addin/', 'v2'), '/addin/')).toBe(true);
    expect(isOwnCache(cacheName('/addin-test/', 'v1'), '/addin/')).toBe(false);
    expect(isOwnCache('some-other-app', '/addin/')).toBe(false);
  });
});

describe('what a version downloads before it may take over', () => {
  const plan = (openPages: string[], keptInitial: string[] = [], keptLazy: string[] = []) =>
    installPlan(MANIFEST, { openPages, keptInitial, keptLazy });

  it('on a first visit of the web page: the shell and the web page’s script, not the pane’s', () => {
    const { files, markers } = plan(['index.html']);
    expect([...files].sort()).toEqual([...MANIFEST.shell, 'web.11111111.js'].sort());
    expect(markers).toEqual([markerPath('initial', MANIFEST.pages[0]!)]);
  });

  it('on an update: what the previous version kept, and the pages open now', () => {
    const { files } = plan(['taskpane.html'], ['index.html'], ['index.html']);
    expect([...files].sort()).toEqual(
      [...MANIFEST.shell, 'web.11111111.js', 'taskpane.22222222.js', 'xlsx.33333333.js', 'reader.44444444.js'].sort(),
    );
  });

  it('with no page open and nothing kept (a worker updated in the background): the shell alone', () => {
    expect([...plan([]).files].sort()).toEqual([...MANIFEST.shell].sort());
  });
});
