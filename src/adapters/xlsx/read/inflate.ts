import { Inflate as FflateInflate } from 'fflate';

/**
 * Unpacks one raw-deflate zip entry into chunks, lazily: the reader counts what comes out and
 * stops pulling (breaks its loop) the moment a limit is passed, so a zip bomb never unpacks
 * further than one chunk past the limit. Each platform brings its own native inflater.
 */
export type Inflate = (packed: Uint8Array) => AsyncIterable<Uint8Array>;

/**
 * Input goes in by slices: a browser's DecompressionStream inflates a whole input chunk at
 * once, so a slice of 32 KB unpacks to at most 32 MB however hostile the zip.
 */
const SLICE = 32 * 1024;

function slices(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (at >= bytes.length) controller.close();
        else controller.enqueue(bytes.slice(at, (at += SLICE)));
      },
    },
    { highWaterMark: 0 },
  );
}

async function* inflateWithStreams(packed: Uint8Array): AsyncGenerator<Uint8Array> {
  // Typed as bytes in, bytes out: the DOM's typings take any BufferSource in, Node's differ.
  const inflater = new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>;
  const reader = slices(packed).pipeThrough(inflater).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stops the inflater when the reader breaks off (a limit passed, or the part is done).
    await reader.cancel().catch(() => undefined);
  }
}

/** fflate, for a browser without DecompressionStream('deflate-raw') (before 2023). */
async function* inflateWithFflate(packed: Uint8Array): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  const inflater = new FflateInflate((chunk) => {
    out.push(chunk);
  });
  for (let at = 0; at < packed.length || at === 0; at += SLICE) {
    inflater.push(packed.subarray(at, at + SLICE), at + SLICE >= packed.length);
    yield* out.splice(0);
  }
}

function hasDeflateRawStreams(): boolean {
  if (typeof DecompressionStream !== 'function') return false;
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false; // the format is not supported
  }
}

/** The browser's inflater: DecompressionStream where it exists, else fflate. */
export function webInflate(): Inflate {
  return hasDeflateRawStreams() ? inflateWithStreams : inflateWithFflate;
}
