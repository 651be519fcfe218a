/* eslint-disable */
// Builds the web page (index.html) and the Excel task pane (taskpane.html) into dist/web/.
// dist/apps and dist/cli stay free for the command line's tsc build.
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');
const { OfflinePlugin } = require('./scripts/webpack/offlinePlugin');
const { ContentSecurityPolicyPlugin, PLACEHOLDER } = require('./scripts/webpack/contentSecurityPolicy');

const OUT = path.resolve(__dirname, 'dist/web');
const ASSETS = path.resolve(__dirname, 'assets');
const CERTS = path.join(os.homedir(), '.office-addin-dev-certs');
const PID_FILE = path.resolve(__dirname, 'dist/dev-server.pid');

// Plain markup shown where the modern bundle cannot run (the IE11 / EdgeHTML web views of
// Office 2016 and 2019): bilingual, no script, pointing to the web page.
const FALLBACK = `<div id="old-browser" hidden style="font-family:Segoe UI,Arial,sans-serif;padding:16px;line-height:1.4">
  <h1 style="font-size:18px">Navigateur trop ancien</h1>
  <p lang="fr">Cette version d'Office affiche les compléments dans un ancien navigateur (Internet Explorer ou Edge ancien) où ce complément ne peut pas fonctionner.
  Ouvrez la <a href="index.html">page web de l'outil</a> (index.html, fournie avec le complément) dans Chrome, Edge ou Firefox, ou utilisez Excel sur le web ou Microsoft 365.</p>
  <h1 style="font-size:18px" lang="en">Browser too old</h1>
  <p lang="en">This version of Office shows add-ins in an old browser (Internet Explorer or old Edge) where this add-in cannot run.
  Open the <a href="index.html">tool's web page</a> (index.html, shipped with the add-in) in Chrome, Edge or Firefox, or use Excel on the web or Microsoft 365.</p>
</div>`;

const BASE_STYLE = `<style>html,body{margin:0;padding:0;background:#fff;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",Arial,sans-serif}</style>`;

// An ES5 script decides before any modern code is fetched: the old web views get the
// fallback, the others load the bundle's files in order (relative URLs: works from file://).
// It is the page's one inline script, allowed by its hash in the page's Content-Security-Policy.
function loaderScript(files) {
  return `
(function () {
  var ua = navigator.userAgent;
  var old = /Trident\\/|MSIE |Edge\\/\\d/.test(ua) || typeof window.Promise !== 'function' || typeof window.fetch !== 'function' || typeof window.Symbol !== 'function';
  if (old) { document.getElementById('old-browser').hidden = false; document.getElementById('old-browser').style.display = 'block'; return; }
  var files = ${JSON.stringify(files)};
  for (var i = 0; i < files.length; i++) { var s = document.createElement('script'); s.src = files[i]; s.async = false; document.body.appendChild(s); }
})();
`;
}

function page(filename, template, chunk) {
  return new HtmlWebpackPlugin({
    filename,
    template,
    chunks: [chunk],
    inject: false,
    minify: false,
    fallback: FALLBACK,
    baseStyle: BASE_STYLE,
    loader: (files) => `<script>${loaderScript(files)}</script>`,
    // Filled in by ContentSecurityPolicyPlugin once the scripts have their final names.
    csp: PLACEHOLDER,
  });
}

// Copies assets/ (the icons and favicon) to dist/web/assets/, where the manifests point, and the
// web page's app manifests (one per language) beside index.html.
const STATIC_FILES = [
  { from: ASSETS, to: 'assets/', match: () => true },
  { from: path.resolve(__dirname, 'src/apps/web'), to: '', match: (name) => /^manifest\.(fr|en)\.json$/.test(name) },
];

class CopyAssetsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyAssets', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CopyAssets', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const { from, to, match } of STATIC_FILES) {
            if (!fs.existsSync(from)) continue;
            for (const name of fs.readdirSync(from).filter(match)) {
              const file = path.join(from, name);
              compilation.fileDependencies.add(file);
              compilation.emitAsset(`${to}${name}`, new compiler.webpack.sources.RawSource(fs.readFileSync(file)));
            }
          }
        },
      );
    });
  }
}

// The certificates of office-addin-dev-certs, read directly (its getHttpsServerOptions()
// fails on this kind of machine); without them webpack-dev-server makes a self-signed one.
function httpsServer() {
  const files = ['localhost.crt', 'localhost.key', 'ca.crt'].map((f) => path.join(CERTS, f));
  if (files.every((f) => fs.existsSync(f))) {
    const [cert, key, ca] = files.map((f) => fs.readFileSync(f));
    return { type: 'https', options: { cert, key, ca } };
  }
  console.warn(
    `[vpwg] no certificates in ${CERTS} (run: npx office-addin-dev-certs install): using a self-signed one.`,
  );
  return 'https';
}

module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  const entry = { web: './src/apps/web/index.tsx' };
  if (fs.existsSync(path.resolve(__dirname, 'src/apps/taskpane/index.tsx')))
    entry.taskpane = './src/apps/taskpane/index.tsx';
  return {
    mode: production ? 'production' : 'development',
    // No eval in development either: the pages' policy allows no 'unsafe-eval'.
    devtool: production ? false : 'cheap-module-source-map',
    target: ['web', 'es2020'],
    entry,
    output: {
      path: OUT,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Relative to the page: the files work from any folder, a sub-path, or file://.
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      // exceljs's browser build is already minified and self-contained: parsing it again costs time for nothing.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?\.min\.js$/,
      rules: [
        {
          // The page's reading worker, as the text of its own bundle (scripts/webpack/workerSourceLoader.js).
          resourceQuery: /worker-source/,
          loader: path.resolve(__dirname, 'scripts/webpack/workerSourceLoader.js'),
          type: 'javascript/auto',
        },
        {
          test: /\.ts$/,
          resourceQuery: { not: [/worker-source/] },
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { loader: 'ts', target: 'es2020' },
        },
        {
          test: /\.tsx$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { loader: 'tsx', target: 'es2020', jsx: 'automatic' },
        },
        // The core is pure (src/core/index.ts): marked free of side effects, a module the first
        // view does not use (the report model and its privacy checker, used by the lazy report
        // chunk) stays out of the first download although core/index re-exports it. esbuild's
        // minifier does not drop unused modules on its own.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
      ],
    },
    optimization: {
      // Lazy chunks as the code asks for them: `reader` (the worker that reads a workbook, fetched
      // when one is opened) and `xlsx` (the report writer and exceljs, fetched at the first export).
      splitChunks: false,
      // esbuild minifies our code; the xlsx chunk (exceljs, already minified) is left alone.
      minimizer: [new EsbuildPlugin({ target: 'es2020', exclude: /^xlsx\./, legalComments: 'none' })],
    },
    performance: { hints: false },
    plugins: [
      page('index.html', './src/apps/web/index.html', 'web'),
      ...(entry.taskpane ? [page('taskpane.html', './src/apps/taskpane/taskpane.html', 'taskpane')] : []),
      // Each page's Content-Security-Policy (scripts/webpack/contentSecurityPolicy.js): the pane's
      // allows Microsoft's office.js besides what the web page allows.
      new ContentSecurityPolicyPlugin({
        pages: { 'index.html': 'web', ...(entry.taskpane ? { 'taskpane.html': 'pane' } : {}) },
        development: !production,
      }),
      new CopyAssetsPlugin(),
      // The service worker (production builds only: the dev server always serves fresh files).
      ...(production
        ? [
            new OfflinePlugin({
              pages: { 'index.html': 'web', ...(entry.taskpane ? { 'taskpane.html': 'taskpane' } : {}) },
              worker: './src/apps/offline/serviceWorker.ts',
            }),
          ]
        : []),
    ],
    devServer: {
      port: 3000,
      server: httpsServer(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
      // `npm run stop` reads this to stop the server, on any platform.
      onListening: () => {
        fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
        fs.writeFileSync(PID_FILE, String(process.pid));
      },
    },
  };
};
