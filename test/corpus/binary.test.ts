import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { corpusDir } from './corpusDir';
import { STACK_LINE } from '../helpers/runCli';

/**
 * The real executable, as a user runs it: src/apps/cli/vpwg.ts bundled on the fly (so the
 * test does not depend on a previous `npm run build:cli`), run in its own process.
 */
const root = resolve(__dirname, '..', '..');
const bin = join(root, 'node_modules', '.cache', 'vpwg-test', 'vpwg.js');

beforeAll(() => {
  buildSync({
    entryPoints: [join(root, 'src/apps/cli/vpwg.ts')],
    bundle: true,
    platform: 'node',
    outfile: bin,
    packages: 'external',
    logLevel: 'silent',
  });
});

function vpwg(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'fr_FR.UTF-8', LC_ALL: '' },
    timeout: 60_000,
  });
}

test.each(['merge_cells.xlsx', 'wtf_path.xlsx', 'ErrorTypes.xlsx'])(
  'vpwg validate %s --json exits 1 with a JSON report and nothing on stderr',
  (file) => {
    const run = vpwg('validate', join(corpusDir(), file), '--json');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: false });
  },
);

test('a missing file: exit 2, one French line (from LANG), no stack trace', () => {
  const run = vpwg('validate', 'absent.xlsx');
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe('Le fichier «\u00a0absent.xlsx\u00a0» est introuvable.\n');
  expect(run.stderr).not.toMatch(STACK_LINE);
});
