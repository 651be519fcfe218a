import { decodeCellText } from './xmlText';

/**
 * Position-level helpers for the scanners of the big parts (worksheets, shared strings). They
 * walk the UTF-8 bytes as they come out of the inflater, with indexOf, and build no tree and no
 * string but the values: a part's XML is never turned into one big string (on a worksheet of
 * 40 MB that alone costs more than the whole scan).
 */

export type Bytes = Uint8Array;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const QUOTE = 34; // "
const APOS = 39; // '
const COLON = 58; // :

const ascii = (text: string): Bytes => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const CDATA = ascii('<![CDATA[');
const COMMENT = ascii('<!--');
const DOCTYPE = ascii('<!DOCTYPE');

/** Names and markers as bytes, for comparisons in place. */
export const NAMES = {
  c: ascii('c'),
  row: ascii('row'),
  sheetData: ascii('sheetData'),
  mergeCell: ascii('mergeCell'),
  v: ascii('v'),
  is: ascii('is'),
  t: ascii('t'),
  r: ascii('r'),
  si: ascii('si'),
} as const;

/** How many bytes nextByte looks at itself before it calls the typed array's indexOf. */
const NEAR = 64;

/**
 * Where `byte` next occurs from `from` on; -1 if not in `bytes`. The next `<`, `>` or quote of
 * a worksheet is nearly always a few bytes away, where a loop in place costs half a call to the
 * typed array's indexOf (a call into the runtime, millions of times per sheet); farther on, indexOf.
 */
export function nextByte(bytes: Bytes, byte: number, from: number): number {
  const near = Math.min(from + NEAR, bytes.length);
  for (let i = from; i < near; i++) if (bytes[i] === byte) return i;
  return near < bytes.length ? bytes.indexOf(byte, near) : -1;
}

/** Whether `bytes` holds `pattern` at `at`. */
export function startsWithAt(bytes: Bytes, at: number, pattern: Bytes): boolean {
  if (at + pattern.length > bytes.length) return false;
  for (let i = 0; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) return false;
  return true;
}

/** Where the name starting at `from` ends (white space, `/` or `>`). */
export function nameEnd(bytes: Bytes, from: number): number {
  let i = from;
  while (i < bytes.length) {
    const c = bytes[i] ?? 0;
    if (c === GT || c === SLASH || c <= 32) break;
    i++;
  }
  return i;
}

/** Whether the name in [from, to) has this local name (`c`, `x:c`). */
export function isLocal(bytes: Bytes, from: number, to: number, local: Bytes): boolean {
  const start = to - local.length;
  if (start < from || !startsWithAt(bytes, start, local)) return false;
  return start === from || bytes[start - 1] === COLON;
}

/** Where `</name>` (the end tag of the element whose name is in [from, to)) next occurs after `at`; -1 if not yet. */
export function endTagAt(bytes: Bytes, at: number, from: number, to: number): number {
  const length = to - from;
  for (let lt = nextByte(bytes, LT, at); lt !== -1; lt = nextByte(bytes, LT, lt + 1)) {
    if (bytes[lt + 1] !== SLASH || bytes[lt + 2 + length] !== GT) continue;
    let same = true;
    for (let i = 0; i < length && same; i++) same = bytes[lt + 2 + i] === bytes[from + i];
    if (same) return lt;
  }
  return -1;
}

/** The `>` ending the tag opened at `lt`, skipping quoted attribute values; -1 if not in `bytes` yet. */
export function tagEnd(bytes: Bytes, lt: number): number {
  for (let i = lt + 1; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === GT) return i;
    if (c === QUOTE || c === APOS) {
      const close = nextByte(bytes, c, i + 1);
      if (close === -1) return -1;
      i = close;
    }
  }
  return -1;
}

/** Whether the tag ending at `gt` is empty (`<c r="A1"/>`). */
export function selfClosing(bytes: Bytes, gt: number): boolean {
  return bytes[gt - 1] === SLASH;
}

/** Whether `<` at `lt` opens markup that is not an element (`<!`, `<?`). */
export function isMarkup(bytes: Bytes, lt: number): boolean {
  const c = bytes[lt + 1];
  return c === BANG || c === QUESTION;
}

/** Whether `<` at `lt` opens an end tag. */
export function isEndTag(bytes: Bytes, lt: number): boolean {
  return bytes[lt + 1] === SLASH;
}

function indexOfText(bytes: Bytes, text: string, from: number): number {
  const pattern = ascii(text);
  for (let at = bytes.indexOf(pattern[0] ?? 0, from); at !== -1; at = bytes.indexOf(pattern[0] ?? 0, at + 1))
    if (startsWithAt(bytes, at, pattern)) return at;
  return -1;
}

/**
 * Where markup opened at `lt` that is not an element ends: a comment, CDATA, a processing
 * instruction or a declaration (a DTD is skipped, never read). -1 if it ends beyond `bytes`.
 */
export function skipMarkup(bytes: Bytes, lt: number): number {
  let close = '>';
  if (bytes[lt + 1] === QUESTION) close = '?>';
  else if (startsWithAt(bytes, lt, COMMENT)) close = '-->';
  else if (startsWithAt(bytes, lt, CDATA)) close = ']]>';
  else if (startsWithAt(bytes, lt, DOCTYPE)) {
    // An internal subset in [...] may hold `>` characters.
    const bracket = bytes.indexOf(91, lt); // [
    const gt = bytes.indexOf(GT, lt);
    if (gt === -1) return -1;
    if (bracket === -1 || bracket > gt) return gt + 1;
    close = ']>';
  }
  const end = indexOfText(bytes, close, lt + 2);
  return end === -1 ? -1 : end + close.length;
}

const utf8 = new TextDecoder('utf-8');

/**
 * The short ASCII texts met last, by a hash of their bytes: the same ID or word a million times
 * down a column is then one string, not a million copies for the collector to keep and move.
 */
const RECENT_SLOTS = 4096;
const recent: (string | undefined)[] = new Array<string | undefined>(RECENT_SLOTS).fill(undefined);

/**
 * Whether the text utf8Text made last may hold something to decode as cell text (`&`, a
 * carriage return, `_` of `_x000D_`): set as its bytes are hashed, so that cellTextAt need not
 * look at the text again. Always true for texts made by the decoder.
 */
let mayNeedDecoding = true;

/** Per length up to 24, a list of that many character codes: a short text is made from one at once. */
const CODES: number[][] = Array.from({ length: 25 }, (_, n) => new Array<number>(n).fill(0));

/** The UTF-8 text of [from, to): short ASCII runs (most values) without a decoder call, and shared. */
export function utf8Text(bytes: Bytes, from: number, to: number): string {
  const length = to - from;
  mayNeedDecoding = true;
  if (length > 24) return utf8.decode(bytes.subarray(from, to));
  let hash = length;
  let special = false;
  for (let i = from; i < to; i++) {
    const c = bytes[i] ?? 0;
    if (c >= 0x80) return utf8.decode(bytes.subarray(from, to));
    if (c === 38 || c === 13 || c === 95) special = true;
    hash = Math.imul(hash, 31) + c;
  }
  mayNeedDecoding = special;
  const slot = hash & (RECENT_SLOTS - 1);
  const known = recent[slot];
  if (known !== undefined && known.length === length) {
    let same = true;
    for (let i = 0; i < length && same; i++) same = known.charCodeAt(i) === bytes[from + i];
    if (same) return known;
  }
  // One string made at once from a list of the codes, not one string per character joined.
  const codes = CODES[length]!;
  for (let i = 0; i < length; i++) codes[i] = bytes[from + i] ?? 0;
  const text = String.fromCharCode.apply(null, codes);
  recent[slot] = text;
  return text;
}

/** The cell text of [from, to) (decodeCellText of its UTF-8 text), decoded only when it may need it. */
export function cellTextAt(bytes: Bytes, from: number, to: number): string {
  const text = utf8Text(bytes, from, to);
  return mayNeedDecoding ? decodeCellText(text) : text;
}

/**
 * The text content of an element whose start tag ends just before `from`: decoded, CDATA
 * sections kept as written, comments dropped. Stops at the first child or end tag.
 */
export function elementText(bytes: Bytes, from: number): string {
  let lt = nextByte(bytes, LT, from);
  if (lt === -1) lt = bytes.length;
  if (bytes[lt + 1] !== BANG) return cellTextAt(bytes, from, lt);
  let out = '';
  let at = from;
  for (;;) {
    lt = bytes.indexOf(LT, at);
    if (lt === -1) lt = bytes.length;
    out += cellTextAt(bytes, at, lt);
    if (startsWithAt(bytes, lt, CDATA)) {
      const end = indexOfText(bytes, ']]>', lt + 9);
      out += utf8Text(bytes, lt + 9, end === -1 ? bytes.length : end);
      at = end === -1 ? bytes.length : end + 3;
    } else if (startsWithAt(bytes, lt, COMMENT)) {
      const end = indexOfText(bytes, '-->', lt + 4);
      at = end === -1 ? bytes.length : end + 3;
    } else return out;
  }
}

/**
 * The text of a string item (`<si>` of the shared strings, `<is>` of an inline string) whose
 * content is [from, to): its own `<t>` and the `<t>` of its rich-text runs (`<r>`), joined.
 * Any other `<t>`, such as those of the phonetic readings over Japanese text (`<rPh>`) or of
 * an element from another vocabulary, is left out, as Excel shows the cell.
 */
export function stringItemText(bytes: Bytes, from: number, to: number): string {
  let out = '';
  let at = from;
  let depth = 0; // elements open inside the item
  let inRun = false; // the element open at depth 1 is a run
  for (;;) {
    const lt = nextByte(bytes, LT, at);
    if (lt === -1 || lt >= to) return out;
    if (isMarkup(bytes, lt)) {
      const end = skipMarkup(bytes, lt);
      if (end === -1) return out;
      at = end;
      continue;
    }
    const gt = tagEnd(bytes, lt);
    if (gt === -1 || gt >= to) return out;
    at = gt + 1;
    if (isEndTag(bytes, lt)) {
      depth = depth > 0 ? depth - 1 : 0;
      continue;
    }
    const end = nameEnd(bytes, lt + 1);
    const empty = selfClosing(bytes, gt);
    if (!empty && (depth === 0 || (depth === 1 && inRun)) && isLocal(bytes, lt + 1, end, NAMES.t))
      out += elementText(bytes, gt + 1);
    if (empty) continue;
    if (depth === 0) inRun = isLocal(bytes, lt + 1, end, NAMES.r);
    depth++;
  }
}
