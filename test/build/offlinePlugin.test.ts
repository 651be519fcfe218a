import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import webpack from 'webpack';
import type { OfflineManifest } from '../../src/apps/offline/offlinePlan';

// The plugin is the build's (CommonJS, beside webpack.config.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OfflinePlugin } = require('../../scripts/webpack/offlinePlugin') as {
  OfflinePlugin: new (options: { pages: Record<string, string>; worker: string }) => webpack.WebpackPluginInstance & {
    lastManifest?: OfflineManifest;
  };
};

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'vpwg-offline-plugin-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A small project shaped like ours and like what is coming: a page that loads a library on
 * demand and reads in a Web Worker, and a pane sharing the library. The service worker's list
 * must cover every file webpack emits, with nobody keeping a list by hand.
 */
function build(): Promise<{ manifest: OfflineManifest; out: string }> {
  const src = join(dir, 'src');
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'library.js'), 'export const big = "exceljs stand-in";\n');
  writeFileSync(join(src, 'reader.worker.js'), 'self.onmessage = (e) => self.postMessage(e.data);\n');
  writeFileSync(
    join(src, 'web.js'),
    [
      'const worker = new Worker(new URL("./reader.worker.js", import.meta.url));',
      'worker.postMessage(1);',
      'document.body.onclick = () => import(/* webpackChunkName: "library" */ "./library.js").then((m) => console.log(m.big));',
    ].join('\n'),
  );
  writeFileSync(
    join(src, 'taskpane.js'),
    'document.body.onclick = () => import(/* webpackChunkName: "library" */ "./library.js");\n',
  );
  const out = join(dir, 'dist');
  const plugin = new OfflinePlugin({
    pages: { 'index.html': 'web', 'taskpane.html': 'taskpane' },
    worker: join(ROOT, 'src/apps/offline/serviceWorker.ts'),
  });
  const pages = new (class {
    apply(compiler: webpack.Compiler) {
      compiler.hooks.thisCompilation.tap('Pages', (compilation) =>
        compilation.hooks.processAssets.tap({ name: 'Pages', stage: 0 }, () => {
          for (const html of ['index.html', 'taskpane.html'])
            compilation.emitAsset(html, new webpack.sources.RawSource(`<!doctype html><title>${html}</title>`));
        }),
      );
    }
  })();
  const compiler = webpack({
    mode: 'production',
    context: dir,
    target: ['web', 'es2020'],
    entry: { web: './src/web.js', taskpane: './src/taskpane.js' },
    output: {
      path: out,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: '',
    },
    optimization: { minimize: false },
    plugins: [pages, plugin],
  });
  return new Promise((done, fail) =>
    compiler.run((error, stats) => {
      if (error || !stats || stats.hasErrors()) fail(error ?? new Error(stats?.toString('errors-only')));
      else if (!plugin.lastManifest) fail(new Error('no list made'));
      else compiler.close(() => done({ manifest: plugin.lastManifest as OfflineManifest, out }));
    }),
  );
}

describe('the service worker’s list, made from what webpack emits', () => {
  let manifest: OfflineManifest;
  let out: string;
  beforeAll(async () => {
    ({ manifest, out } = await build());
  }, 120_000);

  it('lists each page with its scripts, its lazy chunks and its Web Worker; the shell for the rest', () => {
    const web = manifest.pages.find((p) => p.html === 'index.html');
    const pane = manifest.pages.find((p) => p.html === 'taskpane.html');
    expect(web?.initial).toEqual([expect.stringMatching(/^web\.[0-9a-f]{8}\.js$/)]);
    expect(pane?.initial).toEqual([expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/)]);
    // The library both pages load on demand, and the web page's worker, found without a list.
    expect(pane?.lazy).toEqual([expect.stringMatching(/^library\.[0-9a-f]{8}\.js$/)]);
    expect(web?.lazy).toHaveLength(2);
    expect(web?.lazy).toEqual(expect.arrayContaining(pane?.lazy ?? ['missing']));
    const worker = web?.lazy.find((f) => !pane?.lazy.includes(f)) ?? '';
    expect(readFileSync(join(out, worker), 'utf8')).toContain('postMessage');
    const emitted = new Set(manifest.files.map((f) => f.path));
    for (const page of manifest.pages)
      for (const f of [...page.initial, ...page.lazy]) expect(emitted.has(f)).toBe(true);
    expect([...manifest.shell].sort()).toEqual(['index.html', 'taskpane.html']);
    expect(emitted.has('sw.js')).toBe(false);
  });

  it('gives each file the integrity of the bytes written, and the hashed ones as immutable', () => {
    for (const file of manifest.files) {
      const bytes = readFileSync(join(out, file.path));
      expect([file.path, file.integrity]).toEqual([
        file.path,
        `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
      ]);
      expect([file.path, file.immutable]).toEqual([file.path, /\.[0-9a-f]{8}\.js$/.test(file.path)]);
    }
  });

  it('writes the list into sw.js with its version', () => {
    const sw = readFileSync(join(out, 'sw.js'), 'utf8');
    expect(sw).toContain(manifest.version);
    for (const file of manifest.files) expect(sw).toContain(file.integrity);
    expect(sw).not.toContain('__VPWG_OFFLINE__');
  });
});
