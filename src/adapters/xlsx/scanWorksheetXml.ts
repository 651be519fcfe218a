import { decodeXmlText, findTags, tagAttributes } from './xmlText';

/** What the reader must know about one worksheet's XML beyond what exceljs gives. */
export interface WorksheetScan {
  /** Merged ranges (`A1:B2`): only the top-left cell keeps a value. */
  readonly merges: readonly string[];
  /**
   * Cells exceljs misreads, by reference (`B5`), with their real content: ISO dates (`t="d"`,
   * written by some generators), whose text exceljs reads as a serial number (2014-02-14 →
   * 2014 → 1905-07-06); formulas whose cached result is an inline string, which exceljs drops.
   */
  readonly overrides: ReadonlyMap<string, Date | string | null>;
  /** Constructs exceljs's streaming reader gets wrong (formula errors or booleans, rich inline strings, phonetic runs, escaped entities). */
  readonly streamUnsafe: boolean;
  /** How many `<row>` elements the sheet holds, to check the streaming reader saw them all. */
  readonly rowElements: number;
  /** Elements carry a namespace prefix (`<x:c>`), which exceljs does not understand. */
  readonly prefixed: boolean;
}

const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?/;

/** An ISO date as a Date at its written calendar day and time (read as UTC: no time zone shift). */
export function dateFromIso(text: string): Date | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const n = (i: number): number => Number(m[i] ?? 0);
  const ms = Date.UTC(n(1), n(2) - 1, n(3), n(4), n(5), n(6), Math.round(Number(`0.${m[7] ?? '0'}`) * 1000));
  return Number.isFinite(ms) ? new Date(ms) : null;
}

/** The cells whose `t` attribute is `type`: reference and the XML inside the cell. */
function* cellsOfType(xml: string, type: string): Generator<{ ref: string; inner: string }> {
  for (const m of xml.matchAll(new RegExp(`\\bt\\s*=\\s*["']${type}["']`, 'g'))) {
    const start = xml.lastIndexOf('<', m.index);
    const end = xml.indexOf('>', m.index);
    const tag = xml.slice(start, end + 1);
    if (!/^<(?:[\w.-]+:)?c\s/.test(tag) || tag.endsWith('/>')) continue;
    const ref = tagAttributes(tag).get('r');
    const close = /<\/(?:[\w.-]+:)?c>/g;
    close.lastIndex = end;
    const stop = close.exec(xml)?.index ?? xml.length;
    if (ref) yield { ref: ref.toUpperCase(), inner: xml.slice(end + 1, stop) };
  }
}

function elementTexts(inner: string, localName: string): string[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${localName}(?:\\s[^>]*)?>([^<]*)<`, 'g');
  return [...inner.matchAll(re)].map((m) => decodeXmlText(m[1] ?? ''));
}

function cellOverrides(xml: string): Map<string, Date | string | null> {
  const cells = new Map<string, Date | string | null>();
  if (xml.includes('t="d"') || xml.includes("t='d'")) {
    for (const { ref, inner } of cellsOfType(xml, 'd')) {
      const text = elementTexts(inner, 'v')[0];
      if (text !== undefined) cells.set(ref, dateFromIso(text) ?? (text.trim() || null));
    }
  }
  if (xml.includes('inlineStr') && /<(?:[\w.-]+:)?f[\s>]/.test(xml)) {
    for (const { ref, inner } of cellsOfType(xml, 'inlineStr')) {
      // Only formulas: exceljs reads plain inline strings itself.
      if (!/<(?:[\w.-]+:)?f[\s>/]/.test(inner)) continue;
      const text = elementTexts(inner.replace(/<(?:[\w.-]+:)?rPh[\s>][\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, ''), 't').join('');
      cells.set(ref, text === '' ? null : text);
    }
  }
  return cells;
}

export function scanWorksheetXml(xml: string): WorksheetScan {
  const merges = findTags(xml, 'mergeCell')
    .map((tag) => tagAttributes(tag).get('ref'))
    .filter((ref): ref is string => ref !== undefined && ref.includes(':'));
  // The streaming reader also decodes inline text twice (`&amp;amp;` → `&`), hence the last test.
  const streamUnsafe =
    /&amp;(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/.test(xml) ||
    /\bt\s*=\s*["'][eb]["'][^>]*>\s*<(?:[\w.-]+:)?f[\s/>]/.test(xml) ||
    /<(?:[\w.-]+:)?is>\s*<(?:[\w.-]+:)?r>/.test(xml) ||
    xml.includes('rPh');
  return {
    merges,
    overrides: cellOverrides(xml),
    streamUnsafe,
    rowElements: xml.match(/<(?:[\w.-]+:)?row[\s>]/g)?.length ?? 0,
    prefixed: /<[\w.-]+:(?:sheetData|row|c)[\s>]/.test(xml),
  };
}
