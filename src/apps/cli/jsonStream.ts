import type { CliIo } from './command';

/** About how much text goes to stdout at once while a long list is written. */
const CHUNK_CHARACTERS = 64 * 1024;

/** Any item through JSON.stringify, as an array holds it (nothing it cannot write: null). */
function whole(item: unknown): string {
  return (JSON.stringify(item, null, 2) ?? 'null').replace(/\n/g, '\n    ');
}

/** A string as JSON writes it: quoted as it is when no character needs escaping, else by JSON.stringify. */
function stringJson(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Control characters, `"`, `\` and surrogates (a lone one is escaped) go the long way.
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(text);
  }
  return `"${text}"`;
}

/**
 * An item of the list as JSON.stringify(item, null, 2) writes it, indented by four spaces. A flat
 * object of strings, numbers, booleans and nulls (every issue) is written here key by key, several
 * times quicker over a million of them; anything else goes through JSON.stringify whole.
 */
function itemJson(item: unknown): string {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return whole(item);
  const object = item as Record<string, unknown>;
  let text = '';
  for (const key of Object.keys(object)) {
    const value = object[key];
    let json: string;
    if (typeof value === 'string') json = stringJson(value);
    else if (typeof value === 'number') json = Number.isFinite(value) ? String(value) : 'null';
    else if (typeof value === 'boolean' || value === null) json = String(value);
    // JSON.stringify leaves out a key whose value is undefined.
    else if (value === undefined) continue;
    else return whole(item);
    text += `${text === '' ? '' : ','}\n      ${stringJson(key)}: ${json}`;
  }
  return text === '' ? '{}' : `{${text}\n    }`;
}

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
    chunk += `${empty ? '' : ','}\n    ${itemJson(item)}`;
    empty = false;
    if (chunk.length >= CHUNK_CHARACTERS) {
      io.stdout(chunk);
      chunk = '';
      await io.drained?.();
    }
  }
  io.stdout(`${chunk}${empty ? '' : '\n  '}]\n}\n`);
}
