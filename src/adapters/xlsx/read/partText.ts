/**
 * The text of an XML part in whichever encoding it is written: UTF-8 (with or without a
 * byte-order mark), UTF-16 little or big endian (with or without one, told by how `<` is
 * spelled), or the encoding its XML declaration names (`windows-1252`…).
 */

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function encodingOf(head: Uint8Array): string {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0x3c, 0x00, 0x3f, 0x00])) return 'utf-16le';
  if (startsWith(head, [0xfe, 0xff]) || startsWith(head, [0x00, 0x3c, 0x00, 0x3f])) return 'utf-16be';
  const declaration = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/.exec(
    String.fromCharCode(...head.subarray(0, 200)),
  );
  return declaration?.[1]?.toLowerCase() ?? 'utf-8';
}

/** What the reader needs of a TextDecoder (typed here: Node's and the DOM's typings differ). */
interface Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

function decoderFor(head: Uint8Array): Decoder {
  try {
    return new TextDecoder(encodingOf(head));
  } catch {
    return new TextDecoder('utf-8'); // an encoding the platform does not know: read as UTF-8
  }
}

/** The first 200 bytes or more (or all, if fewer), which tell the encoding, and the chunks after them. */
async function readHead(
  chunks: AsyncIterable<Uint8Array>,
): Promise<{ readonly head: Uint8Array; readonly rest: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let length = 0;
  while (length < 200) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    length += next.value.length;
  }
  return { head: concatBytes(head, length), rest: { [Symbol.asyncIterator]: () => iterator } };
}

/**
 * The part as UTF-8 bytes, chunk by chunk, for the scanners: UTF-8 passes through untouched
 * (only a byte-order mark is dropped); any other encoding is decoded and encoded again.
 */
export async function* utf8Chunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const { head, rest } = await readHead(chunks);
  if (encodingOf(head) === 'utf-8') {
    yield startsWith(head, [0xef, 0xbb, 0xbf]) ? head.subarray(3) : head;
    yield* rest;
    return;
  }
  const encoder = new TextEncoder();
  const decoder = decoderFor(head);
  yield encoder.encode(decoder.decode(head, { stream: true }));
  for await (const chunk of rest) yield encoder.encode(decoder.decode(chunk, { stream: true }));
  yield encoder.encode(decoder.decode());
}

/** Decodes the chunks of one part; the byte-order mark, if any, is dropped. */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const { head, rest } = await readHead(chunks);
  const decoder = decoderFor(head);
  yield decoder.decode(head, { stream: true });
  for await (const chunk of rest) yield decoder.decode(chunk, { stream: true });
  yield decoder.decode();
}

/** The chunks as one array (the one chunk itself, when there is one). */
export function concatBytes(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
