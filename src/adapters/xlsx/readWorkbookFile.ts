import { promises as fs } from 'node:fs';
import type { RawWorkbook, ReadAhead } from '../../core';
import { inflateNode } from './read/inflateNode';
import { readPackage } from './read/readPackage';
import { READ_LIMITS } from './readLimits';
import { refuse, WorkbookReadError } from './workbookReadError';

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

async function fileBytes(path: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw refuse('unreadable', 'not a regular file');
    if (stat.size === 0) throw refuse('empty');
    // Refused before reading: the file's size alone says so.
    if (stat.size > READ_LIMITS.fileBytes) throw refuse('too-large', `${stat.size} bytes`);
    return await fs.readFile(path);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const code = errorCode(error);
    throw refuse(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', code || String(error));
  }
}

/**
 * A .xlsx/.xlsm file on disk as the core's RawWorkbook (Node, zlib). Throws WorkbookReadError on
 * bad input. `readAhead`: takes rows as they are read (ReadOptions), those it takes not kept.
 */
export async function readWorkbookFile(path: string, readAhead?: ReadAhead): Promise<RawWorkbook> {
  return readPackage(await fileBytes(path), readAhead ? { inflate: inflateNode, readAhead } : { inflate: inflateNode });
}
