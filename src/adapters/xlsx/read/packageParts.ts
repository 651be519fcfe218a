import type { ReadAhead } from '../../../core';
import { READ_LIMITS } from '../readLimits';
import { refuse, WorkbookReadError } from '../workbookReadError';
import type { Inflate } from './inflate';
import { decodeChunks, utf8Chunks } from './partText';
import type { ZipDirectory, ZipEntry } from './zipDirectory';

export interface ReadOptions {
  /** The platform's inflater (node:zlib, DecompressionStream or fflate). */
  readonly inflate: Inflate;
  /** 0..1, as the parts unpack. */
  readonly onProgress?: (fraction: number) => void;
  /** Stops the read between two chunks. */
  readonly signal?: AbortSignal;
  /** Takes rows of some sheets as they are read (the core's ParseAhead): those it takes are not kept. */
  readonly readAhead?: ReadAhead;
}

const STORED_SLICE = 1 << 20;
/**
 * How far past its declared size a lying part is followed, its output counted and dropped: a
 * part that ends before is damaged; one that pours out further, or faster than a zip bomb's
 * ratio, is a zip bomb.
 */
const LIE_MARGIN = 64 * 1024 * 1024;

function ratio(entry: ZipEntry, size: number): number {
  return size / Math.max(entry.packedSize, 1);
}

/**
 * The parts of an opened zip, unpacked under the limits: sizes are checked as declared before
 * anything is unpacked, then counted as they come out, since a header may lie.
 */
export class PackageParts {
  private inflated = 0;
  private planned = 0;

  constructor(
    private readonly zip: ZipDirectory,
    private readonly options: ReadOptions,
  ) {}

  find(partName: string): ZipEntry | undefined {
    return this.zip.find(partName);
  }

  /**
   * Refuses at once, before unpacking, parts whose declared sizes pass a limit: together past
   * the total, or one packed like a zip bomb. Progress is then counted over these parts.
   */
  plan(entries: readonly ZipEntry[]): void {
    this.planned = this.checkDeclared(entries);
  }

  private checkDeclared(entries: readonly ZipEntry[]): number {
    let total = this.inflated;
    for (const entry of entries) {
      if (entry.size > READ_LIMITS.bombMinBytes && ratio(entry, entry.size) > READ_LIMITS.bombRatio)
        throw refuse('zip-bomb', `${entry.name}: ${entry.size} bytes packed in ${entry.packedSize}`);
      total += entry.size;
    }
    if (total > READ_LIMITS.inflatedBytes) throw refuse('inflated-too-large', `${total} bytes declared`);
    return total;
  }

  /** The part as UTF-8 bytes, chunk by chunk, counted against its declared size and the total. */
  chunks(entry: ZipEntry): AsyncGenerator<Uint8Array> {
    return utf8Chunks(this.unpacked(entry));
  }

  /** A small part's whole text. */
  async text(entry: ZipEntry): Promise<string> {
    let text = '';
    for await (const chunk of decodeChunks(this.unpacked(entry))) text += chunk;
    return text;
  }

  private unpacked(entry: ZipEntry): AsyncGenerator<Uint8Array> {
    if (entry.encrypted) throw refuse('encrypted', `${entry.name} is encrypted in the zip`);
    if (entry.method !== 0 && entry.method !== 8)
      throw refuse('corrupt', `${entry.name}: compression method ${entry.method}`);
    this.checkDeclared([entry]);
    return this.counted(entry);
  }

  private async *counted(entry: ZipEntry): AsyncGenerator<Uint8Array> {
    const packed = this.zip.packed(entry);
    let size = 0;
    try {
      for await (const chunk of entry.method === 0 ? storedSlices(packed) : this.options.inflate(packed)) {
        this.options.signal?.throwIfAborted();
        size += chunk.length;
        if (size > entry.size) {
          // The header lied. What comes out is no longer kept, only counted, to say why.
          if (ratio(entry, size) > READ_LIMITS.bombRatio || size - entry.size > LIE_MARGIN)
            throw refuse('zip-bomb', `${entry.name}: ${size} bytes and more, ${entry.size} declared`);
          continue;
        }
        this.inflated += chunk.length;
        if (this.inflated > READ_LIMITS.inflatedBytes) throw refuse('inflated-too-large', `${this.inflated} bytes`);
        if (this.planned > 0) this.options.onProgress?.(Math.min(1, this.inflated / this.planned));
        yield chunk;
      }
      if (size > entry.size) throw refuse('corrupt', `${entry.name}: ${size} bytes, ${entry.size} declared`);
    } catch (error) {
      if (error instanceof WorkbookReadError) throw error;
      if (this.options.signal?.aborted) throw error;
      // zlib's or the browser's own words ("unexpected end of file"…) stay in the detail.
      throw refuse('corrupt', `${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

async function* storedSlices(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += STORED_SLICE) yield bytes.subarray(at, at + STORED_SLICE);
}
