import type { CountUnit } from '../schema/settings';
import type { ContractSheetName } from '../schema/sheets';

/**
 * A validation issue: plain, serialisable data. Messages are rendered from the code (and the
 * `detail` of codes that need one) in the user's language at the door, never stored here.
 */
export type IssueSeverity = 'error' | 'warning' | 'info';

interface IssueBase {
  readonly severity: IssueSeverity;
  /** The sheet's name as in the workbook; for `sheet/missing`, the English contract name. */
  readonly sheet: string;
  /** Excel row number (1-based) or null. */
  readonly row: number | null;
  /** Column letter(s) or null. */
  readonly column: string | null;
  /** Excel reference such as `Membres!D12` or `'Présences '!A266`, or null. */
  readonly cell: string | null;
  /** The contract key of the column (or the setting's key), or null. */
  readonly field: string | null;
  /** The cell's content as text, or null. */
  readonly value: string | null;
  /** The nearest accepted spelling (within two edits), or null. */
  readonly hint: string | null;
}

/** Which other date a `cell/order` date must not precede. */
export type OrderRule =
  | 'left-before-joined'
  | 'reported-before-date'
  | 'closed-before-date'
  | 'shared-before-date'
  | 'contacted-before-identified'
  | 'invited-before-identified'
  | 'declined-before-identified';

/**
 * Which of two sheets for the same contract sheet is hidden: none, this one (a visible one is
 * read), or both (the first in the workbook is read).
 */
export type DuplicateHidden = 'none' | 'this' | 'both';

/** The sheets a reference may name: a member, a meeting, or an initiative (a warning: the part still counts). */
export type RefTarget = 'Members' | 'Meetings' | 'Initiatives';

/**
 * Where a `ref/unknown` reference was looked up: the contract sheet, and its tab as the workbook
 * names it (`Meetings`, `Réunions `, an alias), which the message names; null when the workbook
 * lacks that sheet (the message then names the contract sheet in the user's language).
 */
export interface RefDetail {
  readonly target: RefTarget;
  readonly targetSheet: string | null;
}

export type Issue = IssueBase &
  (
    | { readonly code: 'sheet/missing' }
    | { readonly code: 'header/missing' }
    | {
        readonly code: 'sheet/duplicate';
        readonly detail: { readonly usedSheet: string; readonly hidden: DuplicateHidden };
      }
    /**
     * An optional contract sheet's name on a sheet with none of its header row (another tool's
     * "Paramètres"): not read. A warning, unless `usedSheet` is read for it instead (a note).
     */
    | {
        readonly code: 'sheet/foreign';
        readonly detail: {
          readonly contract: ContractSheetName;
          /** The required columns it lacks (field keys). */
          readonly missing: readonly string[];
          readonly usedSheet: string | null;
        };
      }
    | { readonly code: 'header/duplicate'; readonly detail: { readonly firstColumn: string } }
    | { readonly code: 'header/unknown'; readonly detail: { readonly kind: 'column' | 'setting' } }
    | { readonly code: 'cell/required' }
    | {
        readonly code: 'cell/type';
        readonly detail: {
          readonly expected: 'date' | 'boolean' | 'rate' | 'count' | 'serial60';
          readonly min?: number;
          /** A count setting's bound, and what it counts. */
          readonly max?: number;
          readonly unit?: CountUnit;
          /** What a count setting held instead: a date, or a number above `max`. */
          readonly found?: 'date' | 'too-large';
        };
      }
    | { readonly code: 'cell/enum' }
    | { readonly code: 'cell/unique'; readonly detail: { readonly firstRow: number } }
    | { readonly code: 'ref/unknown'; readonly detail: RefDetail }
    | { readonly code: 'row/duplicate'; readonly detail: { readonly firstRow: number } }
    | { readonly code: 'cell/order'; readonly detail: { readonly rule: OrderRule } }
    | { readonly code: 'incident/closed-date-missing' }
    | { readonly code: 'cell/future'; readonly detail: { readonly asOf: string } }
    | { readonly code: 'attendance/not-member' }
    | { readonly code: 'meeting/no-attendance' }
    /** programme.md: the Stakeholders pillar differs from its member's (the hint is the member's pillar). */
    | { readonly code: 'stakeholder/pillar-mismatch'; readonly detail: { readonly memberId: string } }
  );

export type IssueCode = Issue['code'];

/** Every code, in the order of workbook.md's table (tests and catalogues iterate over it). */
export const ISSUE_CODES: readonly IssueCode[] = [
  'sheet/missing',
  'header/missing',
  'sheet/duplicate',
  'sheet/foreign',
  'header/duplicate',
  'header/unknown',
  'cell/required',
  'cell/type',
  'cell/enum',
  'cell/unique',
  'ref/unknown',
  'row/duplicate',
  'cell/order',
  'incident/closed-date-missing',
  'cell/future',
  'attendance/not-member',
  'meeting/no-attendance',
  'stakeholder/pillar-mismatch',
];

export interface IssueCounts {
  error: number;
  warning: number;
  info: number;
}
