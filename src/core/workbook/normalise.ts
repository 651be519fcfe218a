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
