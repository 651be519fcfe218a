import type { WorkbookReadError } from '../workbookReadError';
import { concatBytes as joined } from './partText';
import type { Bytes } from './xmlBytes';

/** A scanner of one big part (a worksheet, the shared strings), fed its UTF-8 bytes piece by piece. */
export interface TextScanner {
  /**
   * Handles the complete elements of `bytes` from `from` on; returns where it stopped (the
   * rest, an element cut by the chunk's end, comes back with the next chunk). `final`: nothing
   * more will come.
   */
  scan(bytes: Bytes, from: number, final: boolean): number;
  /** The refusal when a single element runs on past MAX_PENDING_BYTES. */
  tooLong(): WorkbookReadError;
}

/**
 * The longest element the scanners wait for: a cell of 32,767 characters, all escaped
 * (`&#x1F600;`, 150 KB) or one rich-text run per character with its font (4.3 MB), stays
 * below it.
 */
const MAX_PENDING_BYTES = 8 * 1024 * 1024;
/**
 * How much of a new chunk is joined to the element the last one cut: the chunk itself is then
 * scanned where it is, without copying it (a megabyte per chunk, forty per big worksheet).
 */
const HEAD = 4096;

/**
 * Feeds a part's bytes to a scanner, chunk by chunk, the element a chunk cuts joined to the
 * start of the next. While a long element is cut, bytes are gathered until they have doubled
 * (so it costs linear time, not one scan per chunk); an element longer than any spreadsheet
 * writes is refused without waiting for its end.
 */
export async function scanChunks(chunks: AsyncIterable<Bytes>, scanner: TextScanner): Promise<void> {
  let pending: Bytes = new Uint8Array(0);
  let gathered: Bytes[] = [];
  let gatheredLength = 0;
  let waitFor = 0;

  /** Scans `bytes` from `from`; what is left (copied: the chunk is not held on to) is the cut element. */
  const scanFrom = (bytes: Bytes, from: number): void => {
    pending = bytes.slice(scanner.scan(bytes, from, false));
    if (pending.length > MAX_PENDING_BYTES) throw scanner.tooLong();
    waitFor = pending.length <= HEAD ? 0 : Math.min(pending.length * 2, MAX_PENDING_BYTES + 1);
  };

  for await (const chunk of chunks) {
    if (waitFor > 0) {
      gathered.push(chunk);
      gatheredLength += chunk.length;
      // No `<` in what came since: the cut element cannot have ended; past the limit, refused at once.
      if (pending.length + gatheredLength > MAX_PENDING_BYTES && gathered.every((c) => c.indexOf(60) === -1))
        throw scanner.tooLong();
      if (pending.length + gatheredLength < waitFor) continue;
      const bytes = joined([pending, ...gathered], pending.length + gatheredLength);
      gathered = [];
      gatheredLength = 0;
      scanFrom(bytes, 0);
    } else if (pending.length === 0) scanFrom(chunk, 0);
    else {
      const head = joined([pending, chunk.subarray(0, HEAD)], pending.length + Math.min(HEAD, chunk.length));
      const used = scanner.scan(head, 0, false);
      if (used > pending.length) scanFrom(chunk, used - pending.length);
      else if (chunk.length <= HEAD) scanFrom(head, used);
      else scanFrom(joined([head.subarray(used), chunk.subarray(HEAD)], head.length - used + chunk.length - HEAD), 0);
    }
  }
  scanner.scan(joined([pending, ...gathered], pending.length + gatheredLength), 0, true);
}
