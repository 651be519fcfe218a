import { isDateFormat } from './numberFormats';

describe('a custom number format shows a date when it has a day, month or year token', () => {
  it.each([
    ['dd/mm/yyyy', true],
    ['d-mmm-yy', true],
    ['mmmm yyyy', true],
    ['D', true],
    ['YYYY', true],
    ['[$-40C]dddd d mmmm yyyy', true],
    ['[DBNum1][$-804]yyyy"年"m"月"d"日"', true],
    ['dd/mm/yyyy hh:mm', true],
    ['yyyy-mm-dd;@', true],
    ['m/d/yy\\ h:mm;@', true],
    ['mmm', true],
    ['h:mm', false],
    ['hh:mm:ss AM/PM', false],
    ['mm:ss', false],
    ['[h]:mm:ss', false],
    ['[mm]:ss', false],
    ['General', false],
    ['0.00', false],
    ['#,##0 "days"', false],
    ['0 \\d', false],
    ['[Red]#,##0.00', false],
    ['_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)', false],
    ['0.00E+00', false],
    ['@', false],
    ['#,##0;[Red]dd/mm/yyyy', false], // only the first section counts
  ])('%p → %p', (code, expected) => {
    expect(isDateFormat(code)).toBe(expected);
  });
});
