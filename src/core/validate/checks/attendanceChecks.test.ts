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

describe('Attendance IDs checked against Members and Meetings', () => {
  const members: RawCell[][] = [
    ['Member ID', 'Name', 'Organisation', 'Pillar', 'Joined'],
    ['M1', 'Ilunga Paul', 'Kamoto Copper', 'Mining company', 45_000],
    ['Éb-2', 'Grace Umba', 'ACIDH', 'Civil society', 45_000],
  ];
  const meetings: RawCell[][] = [
    ['Meeting ID', 'Date'],
    ['R1', 45_500],
  ];
  const attendance: RawCell[][] = [
    ['Meeting ID', 'Member ID', 'Attendance'],
    ['R1', ' m1 ', 'Present'], // 2: a known member, written otherwise
    ['r1', 'éB-2', 'Present'], // 3: a known member whose ID is beyond ASCII, in another case
    ['R1', 'GHOST', 'Present'], // 4: an unknown member
    ['R1', 'ghost ', 'Absent'], // 5: the same unknown member again: not a repeated pair
    ['R9', 'M1', 'Present'], // 6: an unknown meeting
    ['R9', 'M1', 'Absent'], // 7: the same unknown meeting and known member again: a repeated pair
  ];
  const result = validateWorkbook(
    {
      date1904: false,
      sheets: [
        { name: 'Members', rows: members },
        { name: 'Meetings', rows: meetings },
        { name: 'Attendance', rows: attendance },
      ],
    },
    { asOf: dayFromYmd(2025, 9, 30) },
  );
  const found = result.issues
    .filter((i) => i.sheet === 'Attendance')
    .map((i) => `${i.code} ${i.row} ${i.value ?? '-'}`)
    .sort();

  it('finds the known IDs however they are written, and counts their rows', () => {
    expect(result.attendance.map((r) => [r.row, r.meetingKey, r.memberKey])).toEqual([
      [2, 'r1', 'm1'],
      [3, 'r1', 'éb-2'],
    ]);
    expect(result.excludedRows.Attendance).toBe(4);
  });

  it('says which IDs are unknown, as written, and repeats only pairs with a known member', () => {
    expect(found).toEqual([
      'ref/unknown 4 GHOST',
      'ref/unknown 5 ghost ',
      'ref/unknown 6 R9',
      'ref/unknown 7 R9',
      'row/duplicate 7 -',
    ]);
  });
});
