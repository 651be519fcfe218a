import { cellParts } from '../../rules/cellParts';
import { ListMatcher } from '../../schema/listMatcher';
import type { INITIATIVES, MEETINGS } from '../../schema/sheets';
import { at, issue } from '../issueFactory';
import type { ParsedRow, ParsedSheet } from '../parseSheet';
import type { RefDetail } from '../issue';
import type { IssueSink } from '../issueSink';
import { emptyResult, type CheckResult } from './checkResult';

/**
 * The Meetings `initiative` parts the Initiatives sheet does not list (programme.md): one
 * `ref/unknown` warning per unknown part of each cell (a part named twice in a cell is one), on
 * that cell, with the part as value and the nearest listed name (within two edits) as hint, on
 * every Meetings row whatever its status. Nothing is left out: the part still counts, as
 * written. `byName` holds every row of the Initiatives sheet by normalised name, errors or not;
 * `initiativesRef` is the issues' detail (naming the Initiatives tab).
 */
export function meetingInitiatives(
  meetings: ParsedSheet<typeof MEETINGS>,
  byName: ReadonlyMap<string, ParsedRow<typeof INITIATIVES>>,
  initiativesRef: RefDetail,
  issues: IssueSink,
): CheckResult {
  const result = emptyResult(issues);
  const column = meetings.header.columns.get('initiative');
  if (column === undefined) return result;
  const names = new ListMatcher(
    [...byName.entries()].flatMap(([key, row]) =>
      row.name === null ? [] : [{ code: key, en: row.name, fr: row.name, aliases: [] }],
    ),
  );
  const sheetName = meetings.located.sheet.name;
  for (const row of meetings.rows) {
    if (row.initiative === null) continue;
    for (const part of cellParts(row.initiative, null, false)) {
      if (byName.has(part.key)) continue;
      const match = names.match(part.written);
      result.issues.push(
        issue(
          'ref/unknown',
          'warning',
          at(sheetName, row.row, column, 'initiative', part.written, match.ok ? null : match.hint),
          initiativesRef,
        ),
      );
    }
  }
  return result;
}
