import type { RawCell, RawWorkbook } from '../../src/core';

export type Grid = RawCell[][];
export interface SheetsInput {
  readonly [name: string]: Grid;
}

/** A workbook from named grids, in the given order. */
export function workbook(sheets: SheetsInput, date1904 = false): RawWorkbook {
  return { date1904, sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) };
}

/** A clean English workbook (validates with no issue as of 2025-09-30); override any sheet. */
export function cleanSheets(): Record<string, Grid> {
  return {
    Members: [
      ['Member ID', 'Name', 'Organisation', 'Pillar', 'Gender', 'Joined', 'Left'],
      ['M1', 'Ana', 'Mine Co', 'Extractive company', 'F', '01/01/2024', null],
      ['M2', 'Ben', 'Guard Co', 'Private security', 'M', '01/01/2024', null],
      ['M3', 'Cleo', 'Province', 'Government', 'F', '01/01/2024', null],
      ['M4', 'Dan', 'NGO One', 'Civil society', 'M', '01/01/2024', '2025-06-30'],
    ],
    Meetings: [
      ['Meeting ID', 'Date', 'Type', 'Status'],
      ['R1', '15/03/2025', 'Ordinary', 'Held'],
      ['R2', '15/04/2025', null, null],
      ['R3', '15/12/2025', 'Ordinary', 'Planned'],
    ],
    Attendance: [
      ['Meeting ID', 'Member ID', 'Attendance'],
      ['R1', 'M1', 'Present'],
      ['R1', 'M2', 'Absent'],
      ['R2', 'M1', 'Present'],
      ['R2', 'M4', 'Represented'],
    ],
    Incidents: [
      [
        'Incident ID',
        'Date',
        'Reported on',
        'Territory',
        'Category',
        'Alleged perpetrator',
        'Shared at meeting',
        'Follow-up',
        'Closed on',
        'Confidential',
      ],
      [
        'I1',
        '01/03/2025',
        '02/03/2025',
        'Kipushi',
        'Threats or intimidation',
        'PNC',
        'R1',
        'Closed',
        '10/04/2025',
        'No',
      ],
      ['I2', '05/03/2025', null, 'Likasi', 'Other', 'Unknown', null, 'Open', null, null],
    ],
    Settings: [
      ['Setting', 'Value'],
      ['Group name', 'Test group'],
      ['Smallest count shown in donor reports', 5],
    ],
  };
}

/** The clean workbook with some sheets replaced (or removed with null). */
export function cleanWith(changes: Record<string, Grid | null>): RawWorkbook {
  const sheets = cleanSheets();
  for (const [name, grid] of Object.entries(changes)) {
    if (grid === null) delete sheets[name];
    else sheets[name] = grid;
  }
  return workbook(sheets);
}

/** The clean grid of a sheet with one cell replaced (row and column as Excel counts, 1-based). */
export function withCell(sheet: string, row: number, column: number, value: RawCell): Record<string, Grid> {
  const grid = cleanSheets()[sheet]!.map((r) => [...r]);
  while (grid.length < row) grid.push([]);
  const target = grid[row - 1]!;
  while (target.length < column) target.push(null);
  target[column - 1] = value;
  return { [sheet]: grid };
}

/** The clean grid of a sheet with rows appended. */
export function withRows(sheet: string, ...rows: Grid): Record<string, Grid> {
  return { [sheet]: [...cleanSheets()[sheet]!, ...rows] };
}
