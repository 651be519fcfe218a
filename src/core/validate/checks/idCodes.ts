import { idKey } from '../../workbook/normalise';

/*
 * IDs are compared as keys: idKey, ignoring case and surrounding spaces. Making that key string
 * for each of a million IDs and holding it in a Map costs a second and a hundred megabytes; here
 * an ID's key is hashed and compared where it stands, character by character, and the key string
 * is made only when asked for. Any ID with a character beyond ASCII takes the long way (idKey),
 * whose case rules are Unicode's.
 */

// As a 32-bit integer, as Math.imul returns and the table holds.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** What String.prototype.trim removes, as far as ASCII goes: tab, line feed, VT, form feed, CR, space. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function firstKept(id: string): number {
  let i = 0;
  while (i < id.length && isAsciiSpace(id.charCodeAt(i))) i++;
  return i;
}

function endKept(id: string, from: number): number {
  let end = id.length;
  while (end > from && isAsciiSpace(id.charCodeAt(end - 1))) end--;
  return end;
}

/** ASCII upper case to lower case; anything else as it is. */
function folded(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The hash of a key's characters (a key is already trimmed and in lower case). */
function hashOfKey(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h;
}

/** hashOfKey(idKey(id)), without making the key when the ID is ASCII. */
export function keyHash(id: string): number {
  const from = firstKept(id);
  const end = endKept(id, from);
  let h = FNV_OFFSET;
  for (let i = from; i < end; i++) {
    const c = id.charCodeAt(i);
    if (c >= 128) return hashOfKey(idKey(id));
    h = Math.imul(h ^ folded(c), FNV_PRIME);
  }
  return h;
}

function isAscii(id: string): boolean {
  for (let i = 0; i < id.length; i++) if (id.charCodeAt(i) >= 128) return false;
  return true;
}

/** idKey(a) === idKey(b), without making either key when both are ASCII. */
export function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  let i = firstKept(a);
  const aEnd = endKept(a, i);
  let j = firstKept(b);
  const bEnd = endKept(b, j);
  if (aEnd - i !== bEnd - j) return isAscii(a) && isAscii(b) ? false : idKey(a) === idKey(b);
  for (; i < aEnd; i++, j++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    // Up to here both were ASCII and the same: the keys so far are too, character for character.
    if (x >= 128 || y >= 128) return idKey(a) === idKey(b);
    if (x !== y && folded(x) !== folded(y)) return false;
  }
  return true;
}

/**
 * Small numbers for the distinct IDs of a column (0, 1, 2… in order of first appearance),
 * compared as keys: a hash table in typed arrays (open addressing), each slot a code and its
 * hash side by side (one memory access per probe), each code remembering the index of its first
 * ID (`idAt` gives the ID back). Growing it moves numbers only, never strings.
 */
export class IdCodes {
  /** Per slot, a code + 1 (0: empty) and its hash; a power of two of slots, at most half full. */
  private slots: Int32Array;
  /** Per code, the index of its first ID. */
  private first: Int32Array;
  private count = 0;
  private readonly keys: (string | undefined)[] = [];

  /**
   * `idAt(index)`: the ID that codeOf was given with this index. `expected`: how many IDs may
   * come (at most): the table is made for as many distinct ones at once, never to be grown and
   * rehashed. Its memory is handed over zeroed, page by page as first written: a million rows
   * of a few hundred IDs touch a few hundred pages of it.
   */
  constructor(
    private readonly idAt: (index: number) => string,
    expected = 0,
  ) {
    let slots = 256;
    while (slots < 2 * expected) slots *= 2;
    this.slots = new Int32Array(2 * slots);
    this.first = new Int32Array(Math.max(expected, 256));
  }

  /** How many distinct IDs. */
  get size(): number {
    return this.count;
  }

  /**
   * The code of the ID's key (the ID `idAt(index)`): the one it already has, or the next.
   * `hash`: keyHash(id), when already known.
   */
  codeOf(id: string, index: number, hash = keyHash(id)): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = slots[2 * slot]! - 1;
      if (held < 0) return this.add(index, hash, slot);
      if (slots[2 * slot + 1] === hash && sameKey(id, this.idAt(this.first[held]!))) return held;
    }
  }

  /** The key of a code's IDs (idKey), made once. */
  key(code: number): string {
    return (this.keys[code] ??= idKey(this.idAt(this.first[code]!)));
  }

  private add(index: number, hash: number, slot: number): number {
    const code = this.count++;
    if (code === this.first.length) {
      const first = new Int32Array(2 * code);
      first.set(this.first);
      this.first = first;
    }
    this.first[code] = index;
    this.slots[2 * slot] = code + 1;
    this.slots[2 * slot + 1] = hash;
    if (4 * this.count > this.slots.length) this.grow();
    return code;
  }

  /** Twice the slots. */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(2 * old.length);
    const mask = (slots.length >> 1) - 1;
    for (let at = 0; at < old.length; at += 2) {
      const code = old[at]!;
      if (code === 0) continue;
      const hash = old[at + 1]!;
      let slot = hash & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = code;
      slots[2 * slot + 1] = hash;
    }
    this.slots = slots;
  }
}
