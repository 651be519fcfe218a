import { columnIndex } from '../workbook/cellRef';
import type { Issue, IssueCode, IssueCounts, IssueSeverity } from './issue';
import { sortIssues, sortIssuesSteps } from './sortIssues';
import type { Steps } from './steps';

/** Where the reading and the checks put each issue they find, in the order they find them. */
export interface IssueSink {
  push(issue: Issue): void;
  /**
   * For a check that may find a million issues of one kind, before it makes one: true when the
   * collection would not keep an issue of this sheet, severity and code at this row and 0-based
   * column, and has counted it (nothing more to do); false: make the issue and push it.
   */
  countedUnlisted(sheet: string, severity: IssueSeverity, code: IssueCode, row: number, column: number): boolean;
}

/** How many issues one sheet has of one severity and code, listed or not. */
export interface IssueTotal {
  readonly sheet: string;
  readonly severity: IssueSeverity;
  readonly code: IssueCode;
  readonly count: number;
}

/** What a collection hands over once the checks are done. */
export interface CollectedIssues {
  /** The issues kept, sorted (sortIssues): all of them, or the first of each group. */
  readonly issues: Issue[];
  /** Every group's count, in the order of the groups' first issue in `issues`. */
  readonly totals: IssueTotal[];
  readonly counts: IssueCounts;
}

/** One sheet, severity and code: its count, and when listing is capped, the issues kept so far. */
interface Group {
  readonly sheet: string;
  readonly severity: IssueSeverity;
  readonly code: IssueCode;
  count: number;
  /** The kept issues and their place in the sorted order: row, column index, arrival. */
  kept: Issue[];
  rows: number[];
  columns: number[];
  arrivals: number[];
  /** Once trimmed to the cap: the place of the last one kept then (anything after it is only counted). */
  trimmed: boolean;
  lastRow: number;
  lastColumn: number;
}

/** Whether an issue at this place comes after the last one its trimmed group kept (arrivals only grow): never listed. */
function unlisted(group: Group, row: number, column: number): boolean {
  return group.trimmed && (row > group.lastRow || (row === group.lastRow && column >= group.lastColumn));
}

/**
 * The issues of a validation as the checks find them. With no cap, every issue is kept. With a
 * cap of N (the CLI's readable report lists 100), each sheet, severity and code keeps only the N
 * issues that come first in the sorted order and counts the others, so a million issues never
 * live at once: the checks push the same way either way, the collection decides.
 *
 * Within a group every issue has the same sheet and code, so the sorted order (sortIssues) is
 * row, then column, then arrival; a group holds at most 2N issues, trimmed back to the first N
 * when full, and an issue after its trimmed group's last is only counted.
 */
export class IssueCollection implements IssueSink {
  private readonly all: Issue[] = [];
  private readonly groups = new Map<string, Group[]>();
  private readonly columnIndexes = new Map<string, number>();
  private arrivals = 0;
  private last: Group | null = null;

  /** `cap`: how many issues each group keeps (Infinity: all); at least 1. */
  constructor(private readonly cap: number = Infinity) {
    if (!(cap >= 1)) throw new RangeError('an issue collection keeps at least one issue per group');
  }

  push(issue: Issue): void {
    const group = this.groupOf(issue.sheet, issue.severity, issue.code);
    group.count++;
    const arrival = this.arrivals++;
    if (this.cap === Infinity) {
      this.all.push(issue);
      return;
    }
    const row = issue.row ?? 0;
    const column = this.columnOf(issue.column);
    if (unlisted(group, row, column)) return;
    group.kept.push(issue);
    group.rows.push(row);
    group.columns.push(column);
    group.arrivals.push(arrival);
    if (group.kept.length >= 2 * this.cap) this.trim(group);
  }

  countedUnlisted(sheet: string, severity: IssueSeverity, code: IssueCode, row: number, column: number): boolean {
    if (this.cap === Infinity) return false;
    const group = this.groupOf(sheet, severity, code);
    if (!unlisted(group, row, column)) return false;
    group.count++;
    this.arrivals++;
    return true;
  }

  /**
   * Takes in another collection's issues (of the same cap), as if they were pushed now in the
   * order it found them: those it listed are pushed, those it only counted are counted.
   */
  absorb(other: IssueCollection): void {
    if (other.cap !== this.cap) throw new RangeError('issue collections of different caps');
    if (this.cap === Infinity) {
      for (const issue of other.all) this.push(issue);
      return;
    }
    for (const { issue } of other.keptInArrivalOrder()) this.push(issue);
    for (const groups of other.groups.values())
      for (const group of groups) {
        const unlistedCount = group.count - group.kept.length;
        this.groupOf(group.sheet, group.severity, group.code).count += unlistedCount;
        this.arrivals += unlistedCount;
      }
  }

  /** The issues kept, sorted, with the counts: in steps, as the sort of a million issues takes a while. */
  *collectSteps(sheetOrder: ReadonlyMap<string, number>): Steps<CollectedIssues> {
    let kept: Issue[];
    if (this.cap === Infinity) {
      kept = yield* sortIssuesSteps(this.all, sheetOrder);
    } else {
      // Back in the order found (the sort keeps it among issues of one cell), then sorted.
      kept = sortIssues(
        this.keptInArrivalOrder().map((f) => f.issue),
        sheetOrder,
      );
    }
    const counts: IssueCounts = { error: 0, warning: 0, info: 0 };
    const totals: IssueTotal[] = [];
    const seen = new Set<Group>();
    for (const issue of kept) {
      const group = this.groupOf(issue.sheet, issue.severity, issue.code);
      if (seen.has(group)) continue;
      seen.add(group);
      const { sheet, severity, code, count } = group;
      totals.push({ sheet, severity, code, count });
      counts[severity] += count;
    }
    return { issues: kept, totals, counts };
  }

  /** The issues kept when listing is capped (each group trimmed to the cap), in the order found. */
  private keptInArrivalOrder(): { issue: Issue; arrival: number }[] {
    const found: { issue: Issue; arrival: number }[] = [];
    for (const groups of this.groups.values())
      for (const group of groups) {
        if (group.kept.length > this.cap) this.trim(group);
        group.kept.forEach((issue, i) => found.push({ issue, arrival: group.arrivals[i]! }));
      }
    found.sort((a, b) => a.arrival - b.arrival);
    return found;
  }

  private groupOf(sheet: string, severity: IssueSeverity, code: IssueCode): Group {
    const last = this.last;
    if (last && last.code === code && last.severity === severity && last.sheet === sheet) return last;
    let groups = this.groups.get(sheet);
    if (!groups) this.groups.set(sheet, (groups = []));
    let group = groups.find((g) => g.code === code && g.severity === severity);
    if (!group) {
      group = {
        sheet,
        severity,
        code,
        count: 0,
        kept: [],
        rows: [],
        columns: [],
        arrivals: [],
        trimmed: false,
        lastRow: 0,
        lastColumn: 0,
      };
      groups.push(group);
    }
    return (this.last = group);
  }

  private columnOf(letters: string | null): number {
    if (letters === null) return -1;
    let at = this.columnIndexes.get(letters);
    if (at === undefined) this.columnIndexes.set(letters, (at = columnIndex(letters)));
    return at;
  }

  /** Keeps the group's first `cap` issues in the sorted order (row, column, arrival). */
  private trim(group: Group): void {
    const { rows, columns, arrivals } = group;
    const order = group.kept.map((_, i) => i);
    order.sort((a, b) => rows[a]! - rows[b]! || columns[a]! - columns[b]! || arrivals[a]! - arrivals[b]!);
    order.length = Math.min(order.length, this.cap);
    group.kept = order.map((i) => group.kept[i]!);
    group.rows = order.map((i) => rows[i]!);
    group.columns = order.map((i) => columns[i]!);
    group.arrivals = order.map((i) => arrivals[i]!);
    group.trimmed = true;
    group.lastRow = group.rows[group.rows.length - 1]!;
    group.lastColumn = group.columns[group.columns.length - 1]!;
  }
}
