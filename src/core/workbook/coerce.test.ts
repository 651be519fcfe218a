import { cellText, coerceCount, coerceDate, coerceRate, dayFromSerial } from './coerce';
import { dayFromIso, dayToIso } from './day';

const iso = (r: ReturnType<typeof coerceDate>) => (r.ok ? dayToIso(r.day) : r.reason);

describe('date cells (workbook.md, Cells)', () => {
  it.each([
    // [cell, date1904, expected]
    [1, false, '1900-01-01'],
    [59, false, '1900-02-28'],
    [60, false, 'serial60'],
    [61, false, '1900-03-01'],
    [25569, false, '1970-01-01'],
    [45000, false, '2023-03-15'],
    [45000.75, false, '2023-03-15'],
    [0, false, 'invalid'],
    [-3, false, 'invalid'],
    [0, true, '1904-01-01'],
    [60, true, '1904-03-01'],
    [43538, true, '2023-03-15'],
    [new Date(Date.UTC(2024, 2, 5)), false, '2024-03-05'],
    [new Date(Date.UTC(2024, 2, 5, 17, 30)), false, '2024-03-05'],
    ['2024-03-05', false, '2024-03-05'],
    ['5/3/2024', false, '2024-03-05'],
    ['05/03/2024', false, '2024-03-05'],
    ['05-03-2024', false, '2024-03-05'],
    ['05.03.2024', false, '2024-03-05'],
    [' 05/03/2024 14:30 ', false, '2024-03-05'],
    ['2024-03-05T08:00:00', false, '2024-03-05'],
    ['29/02/2024', false, '2024-02-29'],
    ['05/03/24', false, 'invalid'],
    ['31/02/2024', false, 'invalid'],
    ['29/02/2023', false, 'invalid'],
    ['13/13/2024', false, 'invalid'],
    ['05/03-2024', false, 'invalid'],
    ['March 5, 2024', false, 'invalid'],
    ['45000', false, 'invalid'],
    [true, false, 'invalid'],
  ] as const)('%p (1904: %p) is %p', (cell, date1904, expected) => {
    expect(iso(coerceDate(cell, date1904))).toBe(expected);
  });

  it('reads the same day from a 1900 serial and from the 1904 serial of the same date', () => {
    const a = dayFromSerial(45000, false);
    const b = dayFromSerial(45000 - 1462, true);
    expect(a).toEqual(b);
  });
});

describe('text cells', () => {
  it.each([
    ['  Kipushi ', 'Kipushi'],
    [12, '12'],
    [12.5, '12.5'],
    [243991234567, '243991234567'],
    ['', null],
    ['   ', null],
    [null, null],
    [true, 'TRUE'],
    [new Date(Date.UTC(2024, 0, 2)), '2024-01-02'],
  ] as const)('%p reads as %p', (cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });
});

describe('rates and counts (Settings)', () => {
  it.each([
    [0.6, 0.6],
    ['0.6', 0.6],
    ['0,6', 0.6],
    ['60%', 0.6],
    ['60 %', 0.6],
    [70, 0.7],
    ['70', 0.7],
    [1, 1],
    [0, 0],
    [150, null],
    [-0.1, null],
    ['soixante', null],
    ['', null],
  ] as const)('rate %p is %p', (cell, expected) => {
    const r = coerceRate(cell);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(expected, 12);
  });

  it.each([
    [5, 3, 5],
    ['5', 3, 5],
    [2, 3, null],
    [4.5, 1, null],
    ['cinq', 1, null],
    [0, 1, null],
  ] as const)('count %p (min %p) is %p', (cell, min, expected) => {
    expect(coerceCount(cell, min)).toBe(expected);
  });
});

describe('ISO day helpers', () => {
  it('round-trips and refuses impossible dates', () => {
    expect(dayToIso(dayFromIso('2024-02-29')!)).toBe('2024-02-29');
    expect(dayFromIso('2023-02-29')).toBeNull();
    expect(dayFromIso('2024-3-5')).toBeNull();
  });
});
