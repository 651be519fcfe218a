// Makes the built command line executable (npm links it as `vpwg`).
const fs = require('node:fs');
const bin = require('node:path').join(__dirname, '..', 'dist', 'apps', 'cli', 'vpwg.js');
if (fs.existsSync(bin)) fs.chmodSync(bin, 0o755);
