/** Excel column letters of a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index of Excel column letters (A → 0), for sorting. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * A sheet name as Excel writes it in a reference: bare when it is letters, digits, `_` and `.`
 * not starting with a digit and not looking like a cell reference; else quoted, `'` doubled.
 */
export function sheetReference(sheet: string): string {
  const bare =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
    !/^[rRcC]\d*([cC]\d*)?$/.test(sheet);
  return bare ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `Membres!D12`, `'Présences '!A266`. */
export function cellReference(sheet: string, column: number, row: number): string {
  return `${sheetReference(sheet)}!${columnLetter(column)}${row}`;
}
