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
import type { Issue, IssueCounts } from './issue';
import type { SheetNames, ValidatedWorkbook } from './records';
import { locateSheets } from './locateSheets';
import { readHeaders, type HeaderMap } from './headers';
import { parseSheet, type ParsedSheet } from './parseSheet';
import { readSettings } from './readSettings';
import { crossCheck, type ParsedSheets } from './crossChecks';
import {
  buildAttendance,
  buildIncidents,
  buildInitiatives,
  buildMeetings,
  buildMembers,
  buildStakeholders,
  excludedCount,
} from './buildRecords';
import { sortIssues } from './sortIssues';

export interface ValidateOptions {
  /** Today, as the door sees it: dates after it get `cell/future`. */
  readonly asOf: Day;
}

/**
 * Reads and validates a workbook: typed records of the rows without errors, the settings in
 * use, and every issue, sorted. Collects everything; never throws on data.
 */
export function validateWorkbook(workbook: RawWorkbook, options: ValidateOptions): ValidatedWorkbook {
  const issues: Issue[] = [];
  const located = locateSheets(workbook, issues);
  const headers = new Map<SheetKey, HeaderMap>();
  for (const [key, sheet] of located) headers.set(key, readHeaders(sheet.spec, sheet.sheet, issues));

  const parse = <S extends SheetSpec>(spec: S): ParsedSheet<S> | undefined => {
    const sheet = located.get(spec.key);
    const header = headers.get(spec.key);
    return sheet && header?.usable ? parseSheet(spec, sheet, header, workbook.date1904, issues) : undefined;
  };
  const parsed: ParsedSheets = {
    members: parse(MEMBERS),
    meetings: parse(MEETINGS),
    attendance: parse(ATTENDANCE),
    incidents: parse(INCIDENTS),
    stakeholders: parse(STAKEHOLDERS),
    initiatives: parse(INITIATIVES),
  };
  const settings = readSettings(located.get('settings'), headers.get('settings'), issues);
  const resolvedAttendance = crossCheck(parsed, options.asOf, issues);

  const sheetOrder = new Map<string, number>();
  workbook.sheets.forEach((s, i) => {
    if (!sheetOrder.has(s.name)) sheetOrder.set(s.name, i);
  });
  const sorted = sortIssues(issues, sheetOrder);
  const counts: IssueCounts = { error: 0, warning: 0, info: 0 };
  for (const i of sorted) counts[i.severity]++;

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

  return {
    members: buildMembers(parsed.members),
    meetings: buildMeetings(parsed.meetings),
    attendance: buildAttendance(parsed.attendance, resolvedAttendance),
    incidents: parsed.incidents ? buildIncidents(parsed.incidents) : null,
    stakeholders: parsed.stakeholders ? buildStakeholders(parsed.stakeholders) : null,
    initiatives: parsed.initiatives ? buildInitiatives(parsed.initiatives) : null,
    settings,
    excludedRows: {
      Members: excludedCount(parsed.members),
      Meetings: excludedCount(parsed.meetings),
      Attendance: excludedCount(parsed.attendance),
      Incidents: excludedCount(parsed.incidents),
      Stakeholders: excludedCount(parsed.stakeholders),
      Initiatives: excludedCount(parsed.initiatives),
    },
    sheetNames,
    issues: sorted,
    counts,
    valid: counts.error === 0,
  };
}
