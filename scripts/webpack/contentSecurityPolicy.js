/* eslint-disable */
// The Content-Security-Policy of the two pages, written into each as a <meta http-equiv> (it works
// from file:// and on any host, with no server setting). README, "Content-Security-Policy", says
// how to send the same policy as a header and how to widen the pane's if a host needs more.
const crypto = require('node:crypto');

/** 'sha256-…' of an inline script's exact text: the one inline script each page has (its loader). */
function scriptHash(text) {
  return `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * What the web page may load: its own scripts (the bundle, its lazy chunks) and its one inline
 * loader, by hash; the reading worker, which it makes from a Blob URL (a page opened from
 * file:// may run no worker script from disk), and the service worker (sw.js, 'self'); inline
 * styles, which Fluent UI's Griffel writes as <style> elements at run time; images from itself,
 * data: and blob: (icons, chart pictures); its app manifest. No connection at all: the page
 * fetches nothing (a workbook is read from the disk, a report written to it), and a script that
 * tried to send data anywhere would be refused. No plugin, no <base>, no form, no frame.
 */
function webDirectives(inlineHashes) {
  return {
    'default-src': ["'none'"],
    'script-src': ["'self'", ...inlineHashes],
    'worker-src': ["'self'", 'blob:'],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'manifest-src': ["'self'"],
    'connect-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}

/**
 * Microsoft's office.js host, and nothing more of Microsoft's. An add-in must load office.js
 * from https://appsforoffice.microsoft.com/lib/1/hosted/office.js (Microsoft's add-in
 * documentation and validation policy), and office.js then adds <script> elements for the
 * host's own files from the same folder (excel-web-16.00.js, excel-win32-16.01.js, the
 * strings of the display language, its telemetry loader): script-src covers all of them.
 * Microsoft documents no further origin for Excel add-ins. What office.js would send (its
 * telemetry) is refused by connect-src 'none', which costs the add-in nothing; its own
 * inline styles (excel-web-16.00.js writes some) are allowed by the page's style-src. The pane
 * talks to Excel by postMessage to its parent frame (Excel on the web) or through the web
 * view's bridge (desktop), neither of which a policy governs. README says how to add an origin
 * here if a host ever needs one.
 */
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

function paneDirectives(inlineHashes) {
  const web = webDirectives(inlineHashes);
  return { ...web, 'script-src': [...web['script-src'], OFFICE_JS_ORIGIN] };
}

/**
 * The development server (npm start) adds what it needs and production never has: its live
 * reload talks to it over a WebSocket on the page's own origin.
 */
function forDevelopment(directives) {
  return { ...directives, 'connect-src': ["'self'"] };
}

function serialise(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The policy of a page ('web' or 'pane') whose inline scripts are `inlineScripts`.
 * @param {'web' | 'pane'} page
 * @param {readonly string[]} inlineScripts
 * @param {{ development?: boolean }} [options]
 */
function contentSecurityPolicy(page, inlineScripts, options = {}) {
  const hashes = inlineScripts.map(scriptHash);
  const directives = page === 'pane' ? paneDirectives(hashes) : webDirectives(hashes);
  return serialise(options.development ? forDevelopment(directives) : directives);
}

/** What a page's template writes where its policy goes; the plugin below fills it in. */
const PLACEHOLDER = '<meta http-equiv="Content-Security-Policy" content="[vpwg-csp]" />';

/**
 * Writes each page's policy once its HTML is final: after webpack has given the scripts their
 * real content hashes (their names change inside the loader, hence its hash too), before the
 * service worker's list takes the pages' integrity.
 */
class ContentSecurityPolicyPlugin {
  /** @param {{ pages: Record<string, 'web' | 'pane'>, development: boolean }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('ContentSecurityPolicyPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ContentSecurityPolicyPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_HASH + 1 },
        () => {
          for (const [html, page] of Object.entries(this.options.pages)) {
            const asset = compilation.getAsset(html);
            if (!asset) continue;
            const text = asset.source.source().toString();
            if (!text.includes(PLACEHOLDER)) throw new Error(`${html}: no Content-Security-Policy placeholder`);
            const inline = [...text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
            const policy = contentSecurityPolicy(page, inline, { development: this.options.development });
            const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
            compilation.updateAsset(html, new sources.RawSource(text.replace(PLACEHOLDER, meta)));
          }
        },
      );
    });
  }
}

module.exports = { contentSecurityPolicy, ContentSecurityPolicyPlugin, PLACEHOLDER, scriptHash, OFFICE_JS_ORIGIN };
