// Writes dist/manifest.xml for the address where the built add-in will be served.
//
//   node scripts/write-manifest.js --url https://example.sharepoint.com/sites/vpwg/addin
//   VPWG_URL=https://vpwg.example.org node scripts/write-manifest.js
//   (options: --out FILE, default dist/manifest.xml)
//
// It is meant to be the LAST command of `npm run build`, so that
// `npm run build -- --url https://…` hands the address to it. Every https://localhost:3000 in
// manifest.xml (the development server) becomes that address. Without an address it writes the
// development manifest and says so. A non-https address is refused: Office loads add-ins only
// over HTTPS. Exit 2 with one line on stderr for a bad address or argument.
const fs = require('node:fs');
const path = require('node:path');

const DEV_ORIGIN = 'https://localhost:3000';
const ROOT = path.join(__dirname, '..');

function fail(message) {
  process.stderr.write(`write-manifest: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { url: process.env.VPWG_URL || null, out: path.join(ROOT, 'dist', 'manifest.xml') };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, null];
    const value = () => {
      if (inline !== null) return inline;
      i += 1;
      if (argv[i] === undefined) fail(`${name} needs a value.`);
      return argv[i];
    };
    if (name === '--url') options.url = value();
    else if (name === '--out') options.out = path.resolve(value());
    else fail(`unknown argument "${arg}" (expected --url ADDRESS and optionally --out FILE).`);
  }
  return options;
}

/** The base address (no trailing slash), or a one-line reason it cannot be used. */
function baseAddress(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return { error: `"${text}" is not an address; give the full https:// address where the built files are served.` };
  }
  if (url.protocol !== 'https:') {
    return { error: `"${text}" is not an https:// address; Office loads add-ins only over HTTPS.` };
  }
  if (url.search || url.hash || url.username || url.password) {
    return { error: `"${text}" must be a plain folder address, without ?query, #fragment or credentials.` };
  }
  return { base: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

function escapeXmlAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  let xml = source;
  if (options.url) {
    const address = baseAddress(options.url);
    if (address.error) fail(address.error);
    xml = source.split(DEV_ORIGIN).join(escapeXmlAttribute(address.base));
  }
  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  fs.writeFileSync(options.out, xml);
  const where = options.url
    ? `for ${baseAddress(options.url).base}`
    : `for the development server ${DEV_ORIGIN} (pass --url or VPWG_URL to deploy)`;
  process.stdout.write(`write-manifest: wrote ${path.relative(process.cwd(), options.out) || options.out} ${where}\n`);
}

main();
