import { dayToIso, type Day } from '../workbook/day';
import type { INCIDENTS, INITIATIVES, MEETINGS, MEMBERS, STAKEHOLDERS } from '../schema/sheets';
import type { IssueSink } from './issueSink';
import type { ParsedAttendance, ParsedSheet } from './parseSheet';
import { refDetails, type CheckResult } from './checks/checkResult';
import { uniqueIds } from './checks/uniqueIds';
import { memberDates } from './checks/memberChecks';
import { resolveAttendanceSteps, type ResolvedAttendance } from './checks/resolveAttendance';
import {
  attendanceOfNonMembersSteps,
  attendedMeetingKeys,
  repeatedPairsSteps,
  unknownReferencesSteps,
} from './checks/attendanceChecks';
import { heldMeetings } from './checks/meetingChecks';
import { closedWithoutDate, incidentDates, sharedAtMeeting } from './checks/incidentChecks';
import { stakeholderDates, stakeholderMembers } from './checks/stakeholderChecks';
import { meetingInitiatives } from './checks/initiativeChecks';
import { initiativeKey } from '../rules/names';
import { runSteps, scaledSteps, type Steps } from './steps';

/** The parsed contract sheets that exist and are usable (undefined otherwise). */
export interface ParsedSheets {
  readonly members?: ParsedSheet<typeof MEMBERS>;
  readonly meetings?: ParsedSheet<typeof MEETINGS>;
  readonly attendance?: ParsedAttendance;
  readonly incidents?: ParsedSheet<typeof INCIDENTS>;
  readonly stakeholders?: ParsedSheet<typeof STAKEHOLDERS>;
  readonly initiatives?: ParsedSheet<typeof INITIATIVES>;
}

/**
 * The checks that look across rows and sheets (workbook.md, "Issues"; programme.md), each its
 * own function returning its issues and the rows it leaves out, run in this order so that a row
 * left out by one is left out for the next: unique IDs, members' dates, Attendance (unknown
 * references, repeated pairs, non-members), held meetings (future, without attendance),
 * incidents (dates, the meeting shared at, closed without a date), the stakeholder mapping
 * (dates before identified, members), the meetings' initiatives. References are checked against every row of
 * the referenced sheet, also rows with errors; a missing or unusable sheet is not checked.
 * Returns Attendance's IDs as resolved, for its records.
 */
export function crossCheck(sheets: ParsedSheets, asOf: Day, issues: IssueSink): ResolvedAttendance | null {
  return runSteps(crossCheckSteps(sheets, asOf, issues));
}

/** The pauses of crossCheckSteps (for its progress). */
const PAUSES = 10;

/** crossCheck in steps: a pause after each check (steps.ts); each is one pass over its sheets. */
export function* crossCheckSteps(sheets: ParsedSheets, asOf: Day, issues: IssueSink): Steps<ResolvedAttendance | null> {
  const { members, meetings, attendance, incidents, stakeholders, initiatives } = sheets;
  const asOfIso = dayToIso(asOf);
  // A reference's issue names the tab it was looked up in, as the workbook names it.
  const refs = refDetails({
    Members: members?.located.sheet.name ?? null,
    Meetings: meetings?.located.sheet.name ?? null,
    Initiatives: initiatives?.located.sheet.name ?? null,
  });
  // The checks push their issues into `issues` as they find them; their left-out rows are marked after each.
  const apply = (result: CheckResult): void => {
    for (const row of result.leftOut) row.error = true;
  };
  let pauses = 0;
  const progress = () => Math.min(1, ++pauses / PAUSES);
  // A check over a million rows pauses along the way too, its progress within its share.
  const within = <T>(steps: Steps<T>): Steps<T> =>
    scaledSteps(steps, pauses / PAUSES, Math.min(1, (pauses + 1) / PAUSES));

  const memberIndex = members ? uniqueIds(members, 'memberId', (r) => r.memberId, issues) : null;
  const meetingIndex = meetings ? uniqueIds(meetings, 'meetingId', (r) => r.meetingId, issues) : null;
  const incidentIndex = incidents ? uniqueIds(incidents, 'incidentId', (r) => r.incidentId, issues) : null;
  // programme.md: stakeholder IDs unique, initiative names unique once normalised.
  const stakeholderIndex = stakeholders
    ? uniqueIds(stakeholders, 'stakeholderId', (r) => r.stakeholderId, issues)
    : null;
  const initiativeIndex = initiatives ? uniqueIds(initiatives, 'name', (r) => r.name, issues, initiativeKey) : null;
  for (const index of [memberIndex, meetingIndex, incidentIndex, stakeholderIndex, initiativeIndex])
    if (index) apply(index);
  yield progress();

  if (members) apply(memberDates(members, asOf, asOfIso, issues));
  yield progress();

  let attended: Set<string> | null = null;
  let resolved: ResolvedAttendance | null = null;
  if (attendance) {
    resolved = yield* within(
      resolveAttendanceSteps(attendance, meetingIndex?.byKey ?? null, memberIndex?.byKey ?? null),
    );
    yield progress();
    apply(yield* within(unknownReferencesSteps(attendance, resolved, refs, issues)));
    yield progress();
    apply(yield* within(repeatedPairsSteps(attendance, resolved, issues)));
    yield progress();
    apply(yield* within(attendanceOfNonMembersSteps(attendance, resolved, issues)));
    yield progress();
    attended = attendedMeetingKeys(resolved);
    yield progress();
  }

  if (meetings) apply(heldMeetings(meetings, asOf, asOfIso, attended, issues));
  yield progress();

  if (incidents) {
    apply(incidentDates(incidents, asOf, asOfIso, issues));
    if (meetingIndex) apply(sharedAtMeeting(incidents, meetingIndex.byKey, refs.Meetings, issues));
    apply(closedWithoutDate(incidents, issues));
    yield progress();
  }

  // The stakeholder mapping against Members, the meetings' initiatives against Initiatives.
  if (stakeholders) {
    apply(stakeholderDates(stakeholders, issues));
    apply(
      stakeholderMembers(
        stakeholders,
        members && memberIndex ? { sheet: members, byKey: memberIndex.byKey, ref: refs.Members } : null,
        issues,
      ),
    );
  }
  yield progress();
  if (meetings && initiativeIndex) apply(meetingInitiatives(meetings, initiativeIndex.byKey, refs.Initiatives, issues));
  return resolved;
}
