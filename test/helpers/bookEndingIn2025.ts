import { cleanSheets, workbook, type Grid } from '../engine/makeWorkbook';

/** Meetings of a workbook whose data ends in 2025: last held meeting 12 Nov 2025; a cancelled and a planned one after it. */
export const MEETINGS_ENDING_IN_2025: Grid = [
  ['Meeting ID', 'Date', 'Type', 'Status'],
  ['R1', '15/03/2025', 'Ordinary', 'Held'],
  ['R2', '12/11/2025', 'Ordinary', 'Held'],
  ['R3', '15/12/2025', 'Ordinary', 'Cancelled'],
  ['R4', '20/12/2026', 'Ordinary', 'Planned'],
];

/** A clean English workbook whose data ends in 2025 (or with the meetings given). */
export function bookEndingIn2025(meetings: Grid = MEETINGS_ENDING_IN_2025) {
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
