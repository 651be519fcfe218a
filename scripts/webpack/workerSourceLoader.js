/* eslint-disable */
// `import source from './worker?worker-source'`: the worker's code, bundled on its own by
// esbuild, as a string the page makes a Blob URL of (a page opened from file:// may run a
// worker it made itself, never one loaded from disk).
const path = require('path');
const { build } = require('esbuild');

const CORE = path.resolve(__dirname, '../../src/core') + path.sep;

// The engine (src/core) is pure: loading a module of it does nothing but define things, so
// what the worker does not use (i18next, the messages, the report…) is left out of its bundle.
const pureCore = {
  name: 'pure-core',
  setup(worker) {
    worker.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const resolved = await worker.resolve(args.path, {
        resolveDir: args.resolveDir,
        kind: args.kind,
        importer: args.importer,
        pluginData: 'resolving',
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return resolved.path.startsWith(CORE) ? { ...resolved, sideEffects: false } : undefined;
    });
  },
};

module.exports = function workerSourceLoader() {
  const done = this.async();
  build({
    entryPoints: [this.resourcePath],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: this.mode === 'production',
    legalComments: 'none',
    metafile: true,
    plugins: [pureCore],
    logLevel: 'silent',
  }).then((result) => {
    // Rebuilt by the dev server when any file of the worker changes.
    for (const input of Object.keys(result.metafile.inputs)) this.addDependency(path.resolve(input));
    done(null, `export default ${JSON.stringify(result.outputFiles[0].text)};`);
  }, done);
};
