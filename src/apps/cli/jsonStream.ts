import type { CliIo } from './command';

/** About how much text goes to stdout at once while a long list is written. */
const CHUNK_CHARACTERS = 64 * 1024;

/**
 * Prints `{ ...head, [listKey]: [...items] }` exactly as `JSON.stringify(value, null, 2)` and a
 * newline would, one item at a time and in chunks of about 64 KB: a million issues are never one
 * string (which would hold hundreds of megabytes, past V8's longest string), and the items are
 * made as they are written. Waits for stdout to drain between chunks where it says it must.
 */
export async function printJsonList(
  io: CliIo,
  head: Readonly<Record<string, unknown>>,
  listKey: string,
  items: Iterable<unknown>,
): Promise<void> {
  const opening = JSON.stringify({ ...head, [listKey]: [] }, null, 2);
  // `…\n  "issues": []\n}`: everything up to the list's opening bracket.
  const beforeList = opening.slice(0, opening.lastIndexOf('[]') + 1);
  let chunk = beforeList;
  let empty = true;
  for (const item of items) {
    chunk += `${empty ? '' : ','}\n    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`;
    empty = false;
    if (chunk.length >= CHUNK_CHARACTERS) {
      io.stdout(chunk);
      chunk = '';
      await io.drained?.();
    }
  }
  io.stdout(`${chunk}${empty ? '' : '\n  '}]\n}\n`);
}
