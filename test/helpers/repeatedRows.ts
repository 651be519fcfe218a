import type { RawWorkbook } from '../../src/core';

/** The workbook with the first data row of its Attendance sheet repeated `count` times: as many repeated-row issues. */
export function withRepeatedAttendance(workbook: RawWorkbook, count: number): RawWorkbook {
  return {
    ...workbook,
    sheets: workbook.sheets.map((s) =>
      s.name === 'Attendance'
        ? { ...s, rows: [...s.rows, ...Array.from({ length: count }, () => [...s.rows[1]!])] }
        : s,
    ),
  };
}
