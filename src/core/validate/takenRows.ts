import type { HeaderMap } from './headers';
import type { IssueCollection } from './issueSink';
import type { ParsedAttendance } from './parseSheet';
import type { TakenRows } from './parseAhead';

/*
 * Kept apart from parseAhead.ts (the command line's reader companion), so that the doors that
 * never read ahead (the web page, the pane) do not download it.
 */

function sameHeader(a: HeaderMap, b: HeaderMap): boolean {
  if (a.headerIndex !== b.headerIndex || a.usable !== b.usable || a.columns.size !== b.columns.size) return false;
  for (const [key, column] of a.columns) if (b.columns.get(key) !== column) return false;
  return true;
}

/**
 * The sheet as parsed (its first rows, from the workbook) followed by the rows read ahead, whose
 * issues join the validation's as if found now. The header must be the one they were read under.
 */
export function withTakenRows(parsed: ParsedAttendance, taken: TakenRows, issues: IssueCollection): ParsedAttendance {
  if (!sameHeader(parsed.header, taken.header)) throw new Error('rows read ahead under another header');
  // The sheet's own rows are its first nine at most: they go in front, in the same columns.
  taken.prepend(parsed.columns);
  issues.absorb(taken.issues);
  return { ...parsed, columns: taken.columns, taken };
}
