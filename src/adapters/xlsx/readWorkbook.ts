import type { RawWorkbook } from '../../core';
import { webInflate } from './read/inflate';
import { readPackage } from './read/readPackage';

/**
 * A workbook's bytes as the core's RawWorkbook, with the browser's inflater (the web page's
 * worker uses it; Node has DecompressionStream too). Throws WorkbookReadError on a file that
 * cannot be read.
 */
export function readWorkbookBytes(
  bytes: Uint8Array,
  options: { readonly onProgress?: (fraction: number) => void; readonly signal?: AbortSignal } = {},
): Promise<RawWorkbook> {
  return readPackage(bytes, { ...options, inflate: webInflate() });
}
