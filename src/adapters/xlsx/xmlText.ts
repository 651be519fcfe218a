/**
 * Just enough XML reading for a workbook's small structural parts (workbook.xml, its
 * relationships) and for spotting a few constructs in worksheet XML. Cells themselves are
 * parsed by exceljs; this never sees them one by one.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? '';
  });
}

export function escapeXmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** Every start (or empty) tag with this local name, whatever its namespace prefix. */
export function findTags(xml: string, localName: string): string[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])[^>]*>`, 'g');
  return xml.match(re) ?? [];
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

/** The part a relationship points to: zip entry path, resolved against the source part's folder. */
export function resolvePartPath(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return normalisePath(target.slice(1));
  const folder = sourcePart.includes('/') ? sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1) : '';
  return normalisePath(folder + target);
}

function normalisePath(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/** Where a part's relationships live: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
