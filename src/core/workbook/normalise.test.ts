import { idKey, normaliseName } from './normalise';
import { cellReference, columnIndex, columnLetter } from './cellRef';

describe('normalising names (workbook.md, Matching names)', () => {
  it.each([
    ["DATE D'ADHÉSION ", 'date d adhesion'],
    ['date_d_adhesion', 'date d adhesion'],
    ["Date d'adhésion (jj/mm/aaaa)", 'date d adhesion'],
    ['Date d’adhésion', 'date d adhesion'],
    ['Nom *', 'nom'],
    ['Présent(e)', 'present'],
    ['  E-mail : ', 'e mail'],
    ['Police nationale (PNC)', 'police nationale'],
    ['Réunions', 'reunions'],
    ['Tél.', 'tel'],
  ])('%p → %p', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('compares IDs ignoring case and surrounding spaces', () => {
    expect(idKey(' m014 ')).toBe(idKey('M014'));
  });
});

describe('cell references', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %p is %p and back', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it.each([
    ['Membres', 3, 12, 'Membres!D12'],
    ['Présences', 0, 5, 'Présences!A5'],
    ['Présences ', 0, 266, "'Présences '!A266"],
    ["Liste d'Ali", 1, 2, "'Liste d''Ali'!B2"],
    ['2025', 0, 1, "'2025'!A1"],
    ['AB12', 0, 1, "'AB12'!A1"],
  ])('%p column %p row %p is %p', (sheet, col, row, ref) => {
    expect(cellReference(sheet, col, row)).toBe(ref);
  });
});
