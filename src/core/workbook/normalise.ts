/**
 * The matching rule of workbook.md for sheet names, headers and list values: lower-case, strip
 * accents, drop anything in parentheses, drop `:` and `*`, turn `_ - ' ’ .` into spaces, fold
 * white space. So `DATE D'ADHÉSION `, `date_d_adhesion` and `Date d'adhésion (jj/mm/aaaa)` meet.
 */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/[:*]/g, '')
    .replace(/[_\-'’‘.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** IDs are compared ignoring case and surrounding spaces (`m014` is `M014`). */
export function idKey(id: string): string {
  return id.trim().toLowerCase();
}

/**
 * A memo of `idKey`: Attendance repeats the same few thousand IDs a million times, and a
 * fresh lower-cased string per cell is most of the engine's garbage.
 */
export function idKeyMemo(): (id: string) => string {
  const memo = new Map<string, string>();
  return (id) => {
    let key = memo.get(id);
    if (key === undefined) {
      key = idKey(id);
      if (memo.size < 1_000_000) memo.set(id, key);
    }
    return key;
  };
}
