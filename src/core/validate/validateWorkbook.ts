import type { RawWorkbook } from '../workbook/rawWorkbook';
import type { Day } from '../workbook/day';
import {
  ATTENDANCE,
  INCIDENTS,
  INITIATIVES,
  MEETINGS,
  MEMBERS,
  STAKEHOLDERS,
  type SheetKey,
  type SheetSpec,
} from '../schema/sheets';
import { IssueCollection } from './issueSink';
import type { SheetNames, ValidatedWorkbook } from './records';
import { locateSheets, type LocatedSheet } from './locateSheets';
import { readHeaders, type HeaderMap } from './headers';
import { parseAttendanceSteps, parseSheetSteps, type ParsedAttendance, type ParsedSheet } from './parseSheet';
import type { ParseAhead } from './parseAhead';
import { withTakenRows } from './takenRows';
import { readSettings } from './readSettings';
import { crossCheckSteps, type ParsedSheets } from './crossChecks';
import {
  buildAttendanceSteps,
  buildIncidents,
  buildInitiatives,
  buildMeetings,
  buildMembers,
  buildStakeholders,
  excludedCount,
} from './buildRecords';
import { runSteps, scaledSteps, type Steps } from './steps';

export interface ValidateOptions {
  /** Today, as the door sees it: dates after it get `cell/future`. */
  readonly asOf: Day;
  /**
   * Keep only the first N issues (in the sorted order) of each sheet, severity and code, and
   * count the others (`issueTotals`): what a list of N per code shows, without a million issues
   * alive at once. All of them when not given.
   */
  readonly listedPerGroup?: number;
  /**
   * The rows parsed while the workbook was read (a ParseAhead given to the reader, made with
   * the same `listedPerGroup`): the sheet's rows it took are no longer in `workbook`.
   */
  readonly readAhead?: ParseAhead;
}

/**
 * Reads and validates a workbook: typed records of the rows without errors, the settings in
 * use, and every issue (or the first of each kind: `listedPerGroup`), sorted. Collects everything; never throws on data.
 */
export function validateWorkbook(workbook: RawWorkbook, options: ValidateOptions): ValidatedWorkbook {
  return runSteps(validationSteps(workbook, options));
}

/**
 * validateWorkbook in steps (steps.ts): the screens run them a slice at a time, so that a
 * million rows never freeze the page or the pane. The parts of the progress: reading the
 * sheets' rows, the checks across rows and sheets, sorting the issues, the records.
 */
export function* validationSteps(workbook: RawWorkbook, options: ValidateOptions): Steps<ValidatedWorkbook> {
  const issues = new IssueCollection(options.listedPerGroup);
  const located = locateSheets(workbook, issues);
  const headers = new Map<SheetKey, HeaderMap>();
  for (const [key, sheet] of located) headers.set(key, readHeaders(sheet.spec, sheet.sheet, issues));

  let rowsToRead = 0;
  for (const { sheet } of located.values()) rowsToRead += sheet.rows.length;
  let rowsRead = 0;
  /** The part of the progress a sheet's rows take, in the order the sheets are parsed. */
  const share = (sheet: LocatedSheet): [number, number] => {
    const from = (0.5 * rowsRead) / Math.max(rowsToRead, 1);
    rowsRead += sheet.sheet.rows.length;
    return [from, (0.5 * rowsRead) / Math.max(rowsToRead, 1)];
  };
  function* parse<S extends SheetSpec>(spec: S): Steps<ParsedSheet<S> | undefined> {
    const sheet = located.get(spec.key);
    const header = headers.get(spec.key);
    if (!sheet || !header?.usable) return undefined;
    const steps = parseSheetSteps(spec, sheet, header, workbook.date1904, issues);
    return yield* scaledSteps(steps, ...share(sheet));
  }
  function* parseAttendance(): Steps<ParsedAttendance | undefined> {
    const sheet = located.get(ATTENDANCE.key);
    const header = headers.get(ATTENDANCE.key);
    if (!sheet || !header?.usable) return undefined;
    // Rows read ahead are no longer in the sheet: only those before them are parsed here.
    const taken = options.readAhead?.takenFrom(sheet.sheet);
    const steps = parseAttendanceSteps(sheet, header, workbook.date1904, issues, taken && taken.from - 1);
    const parsed = yield* scaledSteps(steps, ...share(sheet));
    return taken ? withTakenRows(parsed, taken, issues) : parsed;
  }
  const parsed: ParsedSheets = {
    members: yield* parse(MEMBERS),
    meetings: yield* parse(MEETINGS),
    attendance: yield* parseAttendance(),
    incidents: yield* parse(INCIDENTS),
    stakeholders: yield* parse(STAKEHOLDERS),
    initiatives: yield* parse(INITIATIVES),
  };
  const settings = readSettings(located.get('settings'), headers.get('settings'), issues);
  const resolvedAttendance = yield* scaledSteps(crossCheckSteps(parsed, options.asOf, issues), 0.5, 0.75);

  const sheetOrder = new Map<string, number>();
  workbook.sheets.forEach((s, i) => {
    if (!sheetOrder.has(s.name)) sheetOrder.set(s.name, i);
  });
  const collected = yield* scaledSteps(issues.collectSteps(sheetOrder), 0.75, 0.95);
  const counts = collected.counts;
  yield 0.95;

  const name = (key: SheetKey): string | null =>
    headers.get(key)?.usable ? (located.get(key)?.sheet.name ?? null) : null;
  const sheetNames: SheetNames = {
    Members: name('members'),
    Meetings: name('meetings'),
    Attendance: name('attendance'),
    Incidents: name('incidents'),
    Stakeholders: name('stakeholders'),
    Initiatives: name('initiatives'),
    Settings: name('settings'),
  };

  const members = buildMembers(parsed.members);
  const meetings = buildMeetings(parsed.meetings);
  yield 0.96;
  const attendance = yield* scaledSteps(buildAttendanceSteps(parsed.attendance, resolvedAttendance), 0.96, 0.99);
  yield 0.99;
  return {
    members,
    meetings,
    attendance,
    incidents: parsed.incidents ? buildIncidents(parsed.incidents) : null,
    stakeholders: parsed.stakeholders ? buildStakeholders(parsed.stakeholders) : null,
    initiatives: parsed.initiatives ? buildInitiatives(parsed.initiatives) : null,
    settings,
    excludedRows: {
      Members: excludedCount(parsed.members),
      Meetings: excludedCount(parsed.meetings),
      // Counted once (buildAttendanceSteps, in steps): the rows read less the records made of them.
      Attendance: (parsed.attendance?.columns.length ?? 0) - attendance.length,
      Incidents: excludedCount(parsed.incidents),
      Stakeholders: excludedCount(parsed.stakeholders),
      Initiatives: excludedCount(parsed.initiatives),
    },
    sheetNames,
    issues: collected.issues,
    issueTotals: collected.totals,
    counts,
    valid: counts.error === 0,
  };
}
