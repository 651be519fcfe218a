import { cellTextAt, nextByte, startsWithAt, type Bytes } from './xmlBytes';

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
 * The plain cell last recognised (PlainCell.end): where its text is, and whether it is an inline
 * string, so that the scanner reads its value without looking for its tags a second time.
 */
export class PlainCell {
  /** Whether the last cell recognised was a plain inline string (its text in [textFrom, textTo)). */
  inline = false;
  textFrom = -1;
  textTo = -1;

  /**
   * Where the `</c>` of a cell whose content starts at `from` is, when that content is a plain
   * `<v>` or a plain inline string (no attribute, prefix, markup or other child); -1 otherwise,
   * or when the bytes end before it (the general path then decides).
   */
  end(xml: Bytes, from: number): number {
    this.inline = false;
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
    if (lt === -1 || !startsWithAt(xml, lt, closing)) return -1;
    this.inline = closing === IS_CELL_CLOSE;
    this.textFrom = text;
    this.textTo = lt;
    return lt + closing.length - 4;
  }

  /** Forgets the last cell: the next is not known to be plain. */
  forget(): void {
    this.inline = false;
  }
}

const anyPlain = new PlainCell();

/** PlainCell.end, for one cell. */
export function plainCellEnd(xml: Bytes, from: number): number {
  return anyPlain.end(xml, from);
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
  return cellTextAt(xml, text, lt);
}
