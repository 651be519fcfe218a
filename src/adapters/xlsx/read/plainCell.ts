import { nextByte, startsWithAt, utf8Text, type Bytes } from './xmlBytes';
import { decodeCellText } from './xmlText';

/*
 * The two shapes nearly every cell has, `<c …><v>42</v></c>` and `<c …
 * t="inlineStr"><is><t>text</t></is></c>`, recognised by their bytes: their end and their text
 * are found with one search, where the general path walks each of their tags.
 */

const ascii = (text: string): Bytes => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const V_OPEN = ascii('<v>');
const V_CLOSE = ascii('</v></c>');
const IS_OPEN = ascii('<is><t>');
const IS_CLOSE = ascii('</t></is>');
const IS_CELL_CLOSE = ascii('</t></is></c>');

/**
 * Where the `</c>` of a cell whose content starts at `from` is, when that content is a plain
 * `<v>` or a plain inline string (no attribute, prefix, markup or other child); -1 otherwise,
 * or when the bytes end before it (the general path then decides).
 */
export function plainCellEnd(xml: Bytes, from: number): number {
  let closing: Bytes;
  let text: number;
  if (startsWithAt(xml, from, V_OPEN)) {
    text = from + V_OPEN.length;
    closing = V_CLOSE;
  } else if (startsWithAt(xml, from, IS_OPEN)) {
    text = from + IS_OPEN.length;
    closing = IS_CELL_CLOSE;
  } else return -1;
  const lt = nextByte(xml, 60, text);
  return lt !== -1 && startsWithAt(xml, lt, closing) ? lt + closing.length - 4 : -1;
}

/**
 * The text of an inline string cell whose content [from, to) is exactly `<is><t>text</t></is>`;
 * null when it has any other shape.
 */
export function plainInlineText(xml: Bytes, from: number, to: number): string | null {
  if (!startsWithAt(xml, from, IS_OPEN)) return null;
  const text = from + IS_OPEN.length;
  const lt = nextByte(xml, 60, text);
  if (lt !== to - IS_CLOSE.length || !startsWithAt(xml, lt, IS_CLOSE)) return null;
  return decodeCellText(utf8Text(xml, text, lt));
}
