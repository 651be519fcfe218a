import { createInflateRaw, type ZlibOptions } from 'node:zlib';
import type { Inflate } from './inflate';

/**
 * Node's native inflater (zlib), in chunks of 1 MB. zlib unpacks up to 4 MB ahead in its own
 * thread while the scanner reads (on two cores, the two overlap), then waits: when the reader
 * stops pulling, zlib stops unpacking, and breaking the loop destroys the stream.
 * (`highWaterMark` reaches the stream, although ZlibOptions does not declare it.)
 */
export const inflateNode: Inflate = async function* (packed) {
  const stream = createInflateRaw({ chunkSize: 1 << 20, highWaterMark: 4 << 20 } as ZlibOptions);
  stream.end(packed);
  // Plain Uint8Array views of zlib's Buffers: the scanners' indexOf is then the typed array's
  // own, not Buffer's slower wrapper, and every chunk they see has one shape.
  for await (const chunk of stream as AsyncIterable<Buffer>)
    yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
};
