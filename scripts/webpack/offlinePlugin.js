// Builds sw.js, the service worker of the web page and the pane, once every other file of the
// build is final: it lists them (paths, integrity, which page needs which) from webpack's own
// assets and chunk graph, never by hand, so a new chunk (a Web Worker, a lazy library) is covered
// as soon as webpack emits it. The worker's code is src/apps/offline/serviceWorker.ts, bundled
// and minified by esbuild with the list written in.
const crypto = require('node:crypto');
const path = require('node:path');
const esbuild = require('esbuild');

const NOT_SERVED = /\.(map|LICENSE\.txt)$|^sw\.js$/;

function integrity(buffer) {
  return `sha384-${crypto.createHash('sha384').update(buffer).digest('base64')}`;
}

/** Every JS file a page's entry can load: its own chunks, then its async chunks and Web Workers, recursively. */
function reachableFiles(entrypoint) {
  const files = new Set();
  const seen = new Set();
  const visit = (group) => {
    if (seen.has(group)) return;
    seen.add(group);
    for (const chunk of group.chunks) for (const f of chunk.files) if (f.endsWith('.js')) files.add(f);
    for (const child of group.childrenIterable) visit(child);
    for (const worker of group.asyncEntrypointsIterable) visit(worker);
  };
  visit(entrypoint);
  return files;
}

class OfflinePlugin {
  /**
   * @param {{ pages: Record<string, string>, worker: string }} options
   *   pages: each HTML page and its entry (`{ 'index.html': 'web' }`); worker: the worker's source.
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('OfflinePlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        // After minification and the real content hashes: the bytes listed are the bytes served.
        { name: 'OfflinePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        async () => {
          const served = compilation.getAssets().filter((a) => !NOT_SERVED.test(a.name));
          const pages = Object.entries(this.options.pages).map(([html, entry]) => {
            const entrypoint = compilation.entrypoints.get(entry);
            if (!entrypoint) throw new Error(`OfflinePlugin: no entry ${entry} for ${html}`);
            const initial = entrypoint.getFiles().filter((f) => f.endsWith('.js'));
            const lazy = [...reachableFiles(entrypoint)].filter((f) => !initial.includes(f));
            return { html, initial, lazy };
          });
          const inPages = new Set(pages.flatMap((p) => [...p.initial, ...p.lazy]));
          const files = served
            .map((a) => ({
              path: a.name,
              integrity: integrity(a.source.buffer()),
              immutable: Boolean(a.info.immutable),
            }))
            .sort((a, b) => a.path.localeCompare(b.path));
          const shell = files.map((f) => f.path).filter((f) => !inPages.has(f));
          const version = crypto
            .createHash('sha256')
            .update(files.map((f) => `${f.path} ${f.integrity}`).join('\n'))
            .digest('hex')
            .slice(0, 16);
          const manifest = { version, shell, pages, files };
          // For the build's own test (test/build/offlinePlugin.test.ts).
          this.lastManifest = manifest;

          const worker = path.resolve(compiler.context, this.options.worker);
          compilation.fileDependencies.add(worker);
          const built = await esbuild.build({
            entryPoints: [worker],
            bundle: true,
            write: false,
            minify: true,
            format: 'iife',
            target: 'es2020',
            legalComments: 'none',
            define: { __VPWG_OFFLINE__: JSON.stringify(manifest) },
            logLevel: 'silent',
          });
          compilation.emitAsset('sw.js', new sources.RawSource(Buffer.from(built.outputFiles[0].contents)), {
            // Never cached for long: the browser compares it to find a new version.
            immutable: false,
          });
        },
      );
    });
  }
}

module.exports = { OfflinePlugin };
