/**
 * Just enough XML for a workbook's parts, by local names (so `<x:sheet>` and the strict OOXML
 * namespaces read like `<sheet>`). No DTD is ever read and no entity is expanded beyond XML's
 * five and character references: an unknown `&name;` stays as written.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function codePoint(text: string, radix: number): string | null {
  const n = parseInt(text, radix);
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}

/** Text as an XML parser gives it: line ends as `\n`, entities and character references decoded. */
export function decodeXmlText(raw: string): string {
  // XML turns every CR LF and lone CR into LF before anything else (`&#13;` stays a CR).
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, e: string) => {
    if (e.startsWith('#x')) return codePoint(e.slice(2), 16) ?? whole;
    if (e.startsWith('#')) return codePoint(e.slice(1), 10) ?? whole;
    return ENTITIES[e] ?? whole;
  });
}

/**
 * Cell text: XML text, then OOXML's own escapes (`_x000D_` for a carriage return, `_x005F_`
 * for a written `_`), which Excel decodes and shows.
 */
export function decodeCellText(raw: string): string {
  const text = decodeXmlText(raw);
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Every start (or empty) tag with this local name, whatever its namespace prefix. */
export function findTags(xml: string, localName: string): string[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])[^>]*>`, 'g');
  return xml.match(re) ?? [];
}

/** The XML between the start and end tags of the first element with this local name ('' if none). */
export function elementContent(xml: string, localName: string): string {
  const start = new RegExp(`<((?:[\\w.-]+:)?${localName})(?=[\\s/>])[^>]*?(/?)>`).exec(xml);
  if (!start || start[2] === '/') return '';
  const from = start.index + start[0].length;
  const end = xml.indexOf(`</${start[1] ?? localName}`, from);
  return xml.slice(from, end === -1 ? xml.length : end);
}

/** A tag's attributes by local name (`r:id` → `id`), values decoded. */
export function tagAttributes(tag: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const m of tag.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1] ?? '';
    const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
    // The first spelling wins, so `r:id` is not overwritten by a later plain `id`.
    if (!result.has(local)) result.set(local, decodeXmlText(m[2] ?? m[3] ?? ''));
  }
  return result;
}

function normalisePath(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The part a relationship points to, as a zip path: absolute (`/xl/…`) or relative to the
 * source part's folder, with `\` read as `/` (some Windows tools write them) and `%20` decoded.
 */
export function resolvePartPath(sourcePart: string, target: string): string {
  const t = percentDecoded(target.replace(/\\/g, '/'));
  if (t.startsWith('/')) return normalisePath(t);
  const folder = sourcePart.includes('/') ? sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1) : '';
  return normalisePath(folder + t);
}

/** Where a part's relationships live: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
