import { elementContent, findTags, tagAttributes } from './xmlText';

/**
 * Which cell styles show a number as a date. Excel stores a date as a plain number: only the
 * number format of the cell's style says it is one.
 */

/**
 * Excel's built-in date formats (ECMA-376 18.8.30): 14–17 and 22 everywhere; 27–36 and 50–58
 * are the dates of the Chinese, Japanese and Korean versions. 18–21 and 45–47 are times of day
 * only: they stay numbers, as no day is shown.
 */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 22, ...range(27, 36), ...range(50, 58)]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The first section of a format (before `;` outside quotes), with quoted text, `[…]`, `\x`,
 * `_x` and `*x` removed: what is left are the tokens that show the number.
 */
function datePartsOnly(code: string): string {
  let out = '';
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === ';') break;
    if (ch === '"') {
      const close = code.indexOf('"', i + 1);
      i = close === -1 ? code.length : close;
    } else if (ch === '[') {
      const close = code.indexOf(']', i + 1);
      // [h], [mm], [ss]: elapsed time, a time token; any other bracket is a colour or a locale.
      if (/^\[(?:h+|m+|s+)\]$/i.test(code.slice(i, close + 1))) out += 'h';
      i = close === -1 ? code.length : close;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++; // an escaped character, a space the width of the next one, a fill character
    } else out += ch;
  }
  // Words whose letters are not date tokens.
  return out.replace(/general|am\/pm|a\/p/gi, ' ');
}

/**
 * A custom format shows a date when it has a day, month or year token outside quotes and
 * brackets. `m` is a month except next to an hour (`h:mm`) or before seconds (`mm:ss`), where
 * it means minutes, as in Excel.
 */
export function isDateFormat(code: string): boolean {
  const tokens = datePartsOnly(code).match(/[dDyYmMhHsS]+/g) ?? [];
  return tokens.some((token, i) => {
    const kind = token[0]?.toLowerCase();
    if (kind === 'd' || kind === 'y') return true;
    if (kind !== 'm') return false;
    const before = tokens[i - 1]?.[0]?.toLowerCase();
    const after = tokens[i + 1]?.[0]?.toLowerCase();
    return before !== 'h' && after !== 's';
  });
}

/**
 * The styles (indexes into `cellXfs`, as a cell's `s` attribute counts them) whose number
 * format is a date, from styles.xml. A custom format given a built-in id replaces it.
 */
export function dateStylesOf(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const tag of findTags(elementContent(stylesXml, 'numFmts'), 'numFmt')) {
    const a = tagAttributes(tag);
    custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  return findTags(elementContent(stylesXml, 'cellXfs'), 'xf').map((tag) => {
    const id = Number(tagAttributes(tag).get('numFmtId') ?? 0);
    const code = custom.get(id);
    return code === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(code);
  });
}
