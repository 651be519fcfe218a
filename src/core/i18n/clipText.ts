/**
 * How much of a text the user wrote (a cell's value, a header, a sheet's name) a message quotes:
 * a cell may hold 32,767 characters, and a message quoting one whole is a wall of text in the
 * pane, the page and the terminal. Every door cuts at the same place.
 */
export const QUOTED_TEXT_MAX = 200;

/**
 * `text` as a message quotes it: whole up to QUOTED_TEXT_MAX characters, else its start and an
 * ellipsis, QUOTED_TEXT_MAX characters in all (never half of a character outside the Basic
 * Multilingual Plane: an emoji is kept or dropped whole).
 */
export function clipText(text: string): string {
  if (text.length <= QUOTED_TEXT_MAX) return text;
  let end = QUOTED_TEXT_MAX - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
