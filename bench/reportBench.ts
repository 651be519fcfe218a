/**
 * `npm run bench:report`: the built-in sample's quarterly and yearly reports written by the
 * built `vpwg report` (charts drawn with @napi-rs/canvas), each in its own process under
 * /usr/bin/time: wall time, peak memory and the report's size.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeSheetPlan } from '../src/adapters/xlsx/writeSheetPlan';
import { generateSample } from '../src/core';

const ROOT = resolve(__dirname, '..', '..');
const OUT = join(ROOT, 'bench', 'out');
const CLI = join(ROOT, 'dist', 'apps', 'cli', 'vpwg.js');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const sample = join(OUT, 'sample-fr.xlsx');
  writeFileSync(sample, await writeSheetPlan(generateSample({ lang: 'fr' })));
  console.log(
    `vpwg report on the built-in sample (${(statSync(sample).size / 1024).toFixed(0)} KB), node ${process.version}`,
  );
  for (const [period, value] of [
    ['--quarter', '2025-Q3'],
    ['--year', '2025'],
  ] as const) {
    for (const audience of ['donor', 'internal']) {
      const out = join(OUT, `report-${value}-${audience}.xlsx`);
      const args = [
        '-f',
        '%e %M',
        process.execPath,
        CLI,
        'report',
        sample,
        period,
        value,
        '--audience',
        audience,
        '--as-of',
        '2025-10-15',
        '--lang',
        'fr',
        '--out',
        out,
        '--force',
      ];
      const run = spawnSync('/usr/bin/time', args, { encoding: 'utf8' });
      const [wall, kb] = (run.stderr.trim().split('\n').slice(-1)[0] ?? '').split(' ');
      const figures =
        run.status === 0
          ? `${Number(wall).toFixed(2)} s, peak ${(Number(kb) / 1024).toFixed(0)} MB, ${(statSync(out).size / 1024).toFixed(0)} KB`
          : `failed: ${run.stderr.trim()}`;
      console.log(`  ${`${value} ${audience}`.padEnd(20)} ${figures}`);
    }
  }
}

void main();
