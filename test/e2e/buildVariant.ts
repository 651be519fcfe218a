import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';

const ROOT = resolve(__dirname, '../..');

/**
 * A real second build of the web files, as a new version deployed later would be: the project
 * copied aside (sources and config; dependencies linked), one source file changed by `edit`,
 * then `webpack --mode production`. Returns the folder of its dist/web and a way to remove it.
 */
export function buildVariant(file: string, edit: (text: string) => string): { dist: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'vpwg-next-build-'));
  for (const linked of ['node_modules', 'assets', 'scripts', 'package.json', 'tsconfig.json'])
    symlinkSync(join(ROOT, linked), join(dir, linked));
  cpSync(join(ROOT, 'webpack.config.js'), join(dir, 'webpack.config.js'));
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  const target = join(dir, file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`buildVariant: the edit changed nothing in ${file}`);
  writeFileSync(target, after);
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/webpack-cli/bin/cli.js'),
      '--mode',
      'production',
      // Modules named through the linked node_modules, as in the project: the same module ids, so
      // a chunk whose code did not change keeps its name, as it would in a real second build.
      '--no-resolve-symlinks',
      '--no-resolve-loader-symlinks',
    ],
    {
      cwd: dir,
      stdio: 'pipe',
    },
  );
  return { dist: join(dir, 'dist/web'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
