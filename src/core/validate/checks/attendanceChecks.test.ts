import type { RawCell } from '../../workbook/rawWorkbook';
import { dayFromYmd } from '../../workbook/day';
import { validateWorkbook } from '../validateWorkbook';

/**
 * An Attendance sheet alone (no Members or Meetings to check against), naming `distinct`
 * meetings and as many members, one row each, then the first pair again at the end.
 */
function attendanceOnly(distinct: number): { rows: RawCell[][]; repeatRow: number } {
  const rows: RawCell[][] = [['Meeting ID', 'Member ID', 'Attendance']];
  for (let i = 0; i < distinct; i++) rows.push([`R${i}`, `M${i}`, 'Present']);
  rows.push([' r0 ', 'm0', 'Absent']);
  return { rows, repeatRow: rows.length };
}

function duplicatesOf(distinct: number) {
  const { rows, repeatRow } = attendanceOnly(distinct);
  const result = validateWorkbook(
    { date1904: false, sheets: [{ name: 'Attendance', rows }] },
    { asOf: dayFromYmd(2025, 9, 30) },
  );
  return { repeatRow, duplicates: result.issues.filter((i) => i.code === 'row/duplicate'), result };
}

describe('the same meeting and member on two rows', () => {
  // 100 × 100 pairs fit the flat table; 2,100 × 2,100 (4.41 million) go to the map.
  it.each([100, 2_100])('is found among %i meetings and members, IDs compared as keys', (distinct) => {
    const { repeatRow, duplicates, result } = duplicatesOf(distinct);
    expect(duplicates).toEqual([
      expect.objectContaining({ sheet: 'Attendance', row: repeatRow, detail: { firstRow: 2 } }),
    ]);
    expect(result.excludedRows.Attendance).toBe(1);
    expect(result.attendance).toHaveLength(distinct);
  });
});
