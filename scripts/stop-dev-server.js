#!/usr/bin/env node
// Stops the dev server that `npm run dev-server` (or `npm start`) started, by the process id it wrote.
const fs = require('fs');
const path = require('path');

const pidFile = path.resolve(__dirname, '..', 'dist', 'dev-server.pid');
if (!fs.existsSync(pidFile)) {
  console.log('No dev server is running (no dist/dev-server.pid). / Aucun serveur de développement en cours.');
  process.exit(0);
}
const pid = Number(fs.readFileSync(pidFile, 'utf8'));
try {
  process.kill(pid, 'SIGTERM');
  console.log(`Dev server stopped (process ${pid}). / Serveur arrêté.`);
} catch (error) {
  if (error.code !== 'ESRCH') throw error;
  console.log(`The dev server (process ${pid}) had already stopped. / Le serveur était déjà arrêté.`);
}
fs.rmSync(pidFile, { force: true });
