import { resolve } from 'node:path';

/**
 * The shared corpus of real-world workbooks (SheetJS test files). CI clones the repository
 * beside a read-only `shared/`; VPWG_CORPUS points elsewhere when needed.
 */
export function corpusDir(): string {
  return process.env.VPWG_CORPUS ?? resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'sheetjs');
}
