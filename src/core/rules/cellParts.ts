import { listMatcher } from '../schema/listMatcher';
import type { MultiList } from '../schema/sheets';
import { normaliseName } from '../workbook/normalise';
import { initiativeKey } from './names';

/**
 * One part of a multi-value cell (programme.md, "Multi-value cells"): `Genre; VSBG; Cobalt`
 * holds the topic `gender` (twice written, one part) and the free text `Cobalt`.
 */
export interface CellPart<C extends string = string> {
  /** The list code the part matched, or null for free text (and for initiatives, which have no list). */
  readonly code: C | null;
  /**
   * What the part counts as: its code, or else its normalised text, so `Cobalt` and `cobalt `
   * are one. (A code and a normalised text never meet: normalised text has no `_` and no capital.)
   */
  readonly key: string;
  /** The part as the cell writes it, trimmed. */
  readonly written: string;
}

/**
 * Splits a multi-value cell: on `;` (and on `,` too where `comma`), each part trimmed, empty
 * parts dropped. Commas split countries only: a topic or an initiative may hold one.
 */
export function splitCell(text: string, comma: boolean): string[] {
  return text
    .split(comma ? /[;,]/ : ';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * The parts of a multi-value cell, each once (the first spelling kept, in the cell's order): a
 * part that matches a value of `list` (as under "Matching names") counts as that code, any
 * other part as its normalised text. Unmatched parts are never an issue: secretariats name
 * topics freely. `list` null: every part is a name (initiatives), compared after normalising.
 */
export function cellParts<C extends string>(text: string, list: MultiList | null, comma: boolean): CellPart<C>[] {
  const matcher = list === null ? null : listMatcher(list);
  const freeKey = list === null ? initiativeKey : normaliseName;
  const parts: CellPart<C>[] = [];
  const seen = new Set<string>();
  for (const written of splitCell(text, comma)) {
    const match = matcher?.match(written);
    const code = match?.ok ? (match.code as C) : null;
    const key = code ?? freeKey(written);
    // A part of nothing but punctuation or a note in parentheses normalises to nothing: not a name.
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    parts.push({ code, key, written });
  }
  return parts;
}
