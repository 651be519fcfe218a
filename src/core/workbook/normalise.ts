/**
 * Deletes everything in parentheses with the parentheses, nested ones included
 * (`Date (jj (ou j)/mm)` → `Date `); an unclosed `(` runs to the end of the text.
 */
function withoutParentheses(text: string): string {
  if (!text.includes('(')) return text;
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/**
 * The matching rule of workbook.md for sheet names, headers and list values: lower-case, strip
 * accents, delete anything in parentheses, delete `:` and `*`, turn `_ - ' ’ .` into spaces, fold
 * white space. So `DATE D'ADHÉSION `, `date_d_adhesion` and `Date d'adhésion (jj/mm/aaaa)` meet.
 */
export function normaliseName(text: string): string {
  return withoutParentheses(
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, ''),
  )
    .replace(/[:*]/g, '')
    .replace(/[_\-'’‘.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** IDs are compared ignoring case and surrounding spaces (`m014` is `M014`). */
export function idKey(id: string): string {
  return id.trim().toLowerCase();
}
