#!/usr/bin/env node
import { once } from 'node:events';
import { dayFromYmd } from '../../core';
import { main } from './main';

/** The `vpwg` executable: wires the real process into main() and exits with its code. */
const now = new Date();
void main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  drained: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  },
  env: process.env,
  locale: Intl.DateTimeFormat().resolvedOptions().locale,
  // The user's calendar day (local time), not UTC's.
  today: () => dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate()),
}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
