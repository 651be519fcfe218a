import { normaliseName } from '../workbook/normalise';
import { LISTS, type ListEntry, type ListName } from './lists';

export type ListMatch<C extends string> =
  { readonly ok: true; readonly code: C } | { readonly ok: false; readonly hint: string | null };

/** Classic edit distance (insertions, deletions, substitutions), stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Matches cell text against one list: the English label, the French label, an alias or the
 * code itself, after normalising. A miss carries the nearest accepted spelling within two edits
 * (ignoring the one- and two-letter abbreviations), as the list writes it. Results are cached:
 * a column repeats the same few values many thousand times.
 */
export class ListMatcher<C extends string> {
  private readonly exact = new Map<string, C>();
  private readonly spellings: { readonly normalised: string; readonly written: string }[] = [];
  private readonly cache = new Map<string, ListMatch<C>>();

  constructor(entries: readonly ListEntry<C>[]) {
    for (const entry of entries) {
      for (const written of [entry.en, entry.fr, ...entry.aliases]) {
        const normalised = normaliseName(written);
        if (!this.exact.has(normalised)) this.exact.set(normalised, entry.code);
        if (normalised.length > 2) this.spellings.push({ normalised, written });
      }
      const codeForm = normaliseName(entry.code);
      if (!this.exact.has(codeForm)) this.exact.set(codeForm, entry.code);
    }
  }

  match(text: string): ListMatch<C> {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const normalised = normaliseName(text);
    const code = this.exact.get(normalised);
    const result: ListMatch<C> =
      code !== undefined ? { ok: true, code } : { ok: false, hint: this.nearest(normalised) };
    if (this.cache.size < 10_000) this.cache.set(text, result);
    return result;
  }

  private nearest(normalised: string): string | null {
    let best: string | null = null;
    let bestDistance = 3;
    for (const s of this.spellings) {
      const d = editDistance(normalised, s.normalised, 2);
      if (d < bestDistance) {
        bestDistance = d;
        best = s.written;
      }
    }
    return best;
  }
}

const matchers = new Map<ListName, ListMatcher<string>>();

/** The shared matcher of a list. */
export function listMatcher(list: ListName): ListMatcher<string> {
  let m = matchers.get(list);
  if (!m) {
    m = new ListMatcher(LISTS[list] as readonly ListEntry[]);
    matchers.set(list, m);
  }
  return m;
}
