import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The real-world workbooks the tests read, kept in the repository (`test/corpus/workbooks/`,
 * each folder with its license; see its README.md). `sheetjs/` holds SheetJS's test files;
 * `public/` the test files of ClosedXML, XlsxWriter and the Open XML SDK. Nothing at test time
 * reads anything outside the repository.
 */
export const CORPUS_ROOT = resolve(__dirname, 'workbooks');

/** The SheetJS folder of the corpus. */
export function corpusDir(): string {
  return resolve(CORPUS_ROOT, 'sheetjs');
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return walk(path);
    return /\.xls[xmb]?$|\.ods$/i.test(entry.name) ? [path] : [];
  });
}

/** Every workbook of the corpus, as paths relative to CORPUS_ROOT (`public/XlsxWriter/…`). */
export function corpusWorkbooks(): string[] {
  return walk(CORPUS_ROOT).map((path) => relative(CORPUS_ROOT, path));
}
