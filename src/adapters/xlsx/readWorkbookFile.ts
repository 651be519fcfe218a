import { promises as fs } from 'node:fs';
import type { RawWorkbook } from '../../core';
import { inspectPackage } from './inspectPackage';
import { readPackageInMemory } from './readWorkbook';
import { readPackageStreaming } from './streamWorkbook';
import { MAX_WORKBOOK_BYTES, WorkbookReadError } from './workbookReadError';

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

async function fileBytes(path: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new WorkbookReadError('unreadable', 'not a regular file');
    if (stat.size === 0) throw new WorkbookReadError('empty');
    if (stat.size > MAX_WORKBOOK_BYTES) throw new WorkbookReadError('too-large', `${stat.size} bytes`);
    return await fs.readFile(path);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const code = errorCode(error);
    throw new WorkbookReadError(
      code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable',
      code || String(error),
    );
  }
}

/**
 * A .xlsx/.xlsm file on disk as the core's RawWorkbook (Node). Usual packages go through
 * exceljs's streaming reader; anything it would misread, or any failure of it, goes through
 * the in-memory reader, which is the reference. Throws WorkbookReadError on bad input.
 */
export async function readWorkbookFile(path: string): Promise<RawWorkbook> {
  const pkg = await inspectPackage(await fileBytes(path));
  if (pkg.streamable) {
    try {
      return await readPackageStreaming(pkg);
    } catch {
      // The in-memory reader below reads everything the streaming one can, and says why not.
    }
  }
  return readPackageInMemory(pkg);
}
