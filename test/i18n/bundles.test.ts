import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { missingKeys, type Bundle, type Catalogue } from '../../src/core';

/** Every message bundle of the project: the exports of each `*.messages.ts` (and the issues'). */
function bundleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return bundleFiles(path);
    return /(\.messages|issueMessages)\.ts$/.test(name) ? [path] : [];
  });
}

function isBundle(value: unknown): value is Bundle {
  return typeof value === 'object' && value !== null && 'fr' in value && 'en' in value;
}

function flatten(c: Catalogue, prefix = ''): [string, string][] {
  return Object.entries(c).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

const root = join(__dirname, '..', '..', 'src');
const bundles: [string, Bundle][] = bundleFiles(root).flatMap((file) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(file) as Record<string, unknown>;
  return Object.entries(module)
    .filter((entry): entry is [string, Bundle] => isBundle(entry[1]))
    .map(([name, bundle]): [string, Bundle] => [`${relative(root, file)} ${name}`, bundle]);
});

test('the project has its message bundles (the search works)', () => {
  expect(bundles.length).toBeGreaterThanOrEqual(15);
});

describe.each(bundles)('%s', (_name, bundle) => {
  it('has every message in French and in English', () => {
    expect(missingKeys(bundle)).toEqual([]);
  });

  it('has no empty message, and the same placeholders in both languages', () => {
    const en = new Map(flatten(bundle.en));
    for (const [key, fr] of flatten(bundle.fr)) {
      expect(fr.trim()).not.toBe('');
      const english = en.get(key) ?? '';
      expect(english.trim()).not.toBe('');
      expect({ key, placeholders: placeholders(fr) }).toEqual({ key, placeholders: placeholders(english) });
    }
  });
});
