/**
 * The one way tests build a workbook: as grids of cells (`workbook`, the clean English book and
 * its variants) or as short rows per sheet (`rawBook`). `writeXlsx` (./writeXlsx) writes any of
 * them as a real .xlsx file, the way a user's file reaches a door.
 */
import { dayFromIso, type Day, type RawCell, type RawWorkbook } from '../../src/core';

export type Grid = RawCell[][];
export interface SheetsInput {
  readonly [name: string]: Grid;
}

/** A day written the ISO way in a test (`2025-09-30`); a typo fails the test at once. */
export function day(iso: string): Day {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

/** A workbook from named grids, in the given order. */
export function workbook(sheets: SheetsInput, date1904 = false): RawWorkbook {
  return { date1904, sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) };
}

/** A clean English workbook, the programme's sheets included (validates with no issue as of 2025-09-30); override any sheet. */
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
    Stakeholders: [
      ['Stakeholder ID', 'Organisation', 'Pillar', 'Influence', 'Identified on', 'Contacted on', 'Member ID'],
      ['S1', 'Mine Co', 'Extractive company', 'High', '01/10/2023', '15/10/2023', 'M1'],
      ['S2', 'Guard Two', 'Private security', 'Medium', '01/02/2025', null, null],
    ],
    Initiatives: [
      ['Initiative', 'Kind', 'Linked since'],
      ['IDAK', 'Investment or development initiative', '01/01/2024'],
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

/** Meetings of a workbook whose data ends in 2025: last held meeting 12 Nov 2025; a cancelled and a planned one after it. */
export const MEETINGS_ENDING_IN_2025: Grid = [
  ['Meeting ID', 'Date', 'Type', 'Status'],
  ['R1', '15/03/2025', 'Ordinary', 'Held'],
  ['R2', '12/11/2025', 'Ordinary', 'Held'],
  ['R3', '15/12/2025', 'Ordinary', 'Cancelled'],
  ['R4', '20/12/2026', 'Ordinary', 'Planned'],
];

/** A clean English workbook whose data ends in 2025 (or with the meetings given). */
export function bookEndingIn2025(meetings: Grid = MEETINGS_ENDING_IN_2025): RawWorkbook {
  const sheets = cleanSheets();
  sheets.Meetings = meetings;
  sheets.Attendance = [
    ['Meeting ID', 'Member ID', 'Attendance'],
    ['R1', 'M1', 'Present'],
    ['R2', 'M1', 'Present'],
    ['R2', 'M2', 'Present'],
  ];
  return workbook(sheets);
}

/** [ID, pillar as written, joined, left?, gender?, organisation?] */
export type MemberRow = readonly [string, string, string, (string | null)?, (string | null)?, string?];
/** [ID, date, status?] */
export type MeetingRow = readonly [string, RawCell, (string | null)?];
/** [meeting ID, member ID, attendance as written] */
export type AttendanceRow = readonly [string, string, string];
/** [ID, date, category, perpetrator, shared at?, follow-up, closed?, confidential?, territory (Kipushi)?] */
export type IncidentRow = readonly [
  string,
  string,
  string,
  string,
  string | null,
  string,
  (string | null)?,
  (string | null)?,
  string?,
];

/** A workbook as short rows per sheet, the other columns filled in as a secretariat would. */
export interface BookRows {
  readonly members: readonly MemberRow[];
  readonly meetings: readonly MeetingRow[];
  readonly attendance?: readonly AttendanceRow[];
  /** null: no Incidents sheet at all. */
  readonly incidents?: readonly IncidentRow[] | null;
  /** [label, value] rows of a Settings sheet. */
  readonly settings?: readonly (readonly [string, RawCell])[];
}

/** Short rows as an English workbook, as a secretariat would type it. */
export function rawBook(book: BookRows): RawWorkbook {
  const sheets: Record<string, Grid> = {
    Members: [
      ['Member ID', 'Name', 'Organisation', 'Pillar', 'Gender', 'Joined', 'Left'],
      ...book.members.map(([id, pillar, joined, left, gender, org]) => [
        id,
        `Name ${id}`,
        org ?? `Org ${id}`,
        pillar,
        gender ?? null,
        joined,
        left ?? null,
      ]),
    ],
    Meetings: [
      ['Meeting ID', 'Date', 'Status'],
      ...book.meetings.map(([id, date, status]) => [id, date, status ?? null]),
    ],
    Attendance: [['Meeting ID', 'Member ID', 'Attendance'], ...(book.attendance ?? []).map((r) => [...r])],
  };
  if (book.incidents !== null) {
    sheets.Incidents = [
      [
        'Incident ID',
        'Date',
        'Territory',
        'Category',
        'Alleged perpetrator',
        'Shared at meeting',
        'Follow-up',
        'Closed on',
        'Confidential',
      ],
      ...(book.incidents ?? []).map(
        ([id, date, category, actor, shared, followUp, closed, confidential, territory]) => [
          id,
          date,
          territory ?? 'Kipushi',
          category,
          actor,
          shared,
          followUp,
          closed ?? null,
          confidential ?? null,
        ],
      ),
    ];
  }
  if (book.settings) sheets.Settings = [['Setting', 'Value'], ...book.settings.map((r) => [...r])];
  return workbook(sheets);
}
