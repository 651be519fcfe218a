/**
 * A tiny raw workbook, written as a secretariat would type it (English headers, ISO text dates),
 * run through the real engine: validateWorkbook, then resolvePeriod and computeIndicators. The
 * audit's hand-computed cases go through exactly what every door runs.
 */
import {
  computeIndicators,
  dayFromIso,
  resolvePeriod,
  validateWorkbook,
  type Day,
  type Indicators,
  type PeriodRequest,
  type RawCell,
  type RawWorkbook,
  type ValidatedWorkbook,
} from '../../../src/core';

/** [ID, pillar as written, joined, left?, gender?, organisation?] */
export type MemberRow = readonly [string, string, string, (string | null)?, (string | null)?, string?];
/** [ID, date, status?] */
export type MeetingRow = readonly [string, RawCell, (string | null)?];
/** [meeting ID, member ID, attendance as written] */
export type AttendanceRow = readonly [string, string, string];
/** [ID, date, category, perpetrator, shared at?, follow-up, closed?, confidential?] */
export type IncidentRow = readonly [
  string,
  string,
  string,
  string,
  string | null,
  string,
  (string | null)?,
  (string | null)?,
];

export interface AuditBook {
  readonly members: readonly MemberRow[];
  readonly meetings: readonly MeetingRow[];
  readonly attendance?: readonly AttendanceRow[];
  /** null: no Incidents sheet at all. */
  readonly incidents?: readonly IncidentRow[] | null;
  /** [label, value] rows of a Settings sheet. */
  readonly settings?: readonly (readonly [string, RawCell])[];
}

export function day(iso: string): Day {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

export function rawBook(book: AuditBook): RawWorkbook {
  const sheets: { name: string; rows: RawCell[][] }[] = [
    {
      name: 'Members',
      rows: [
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
    },
    {
      name: 'Meetings',
      rows: [
        ['Meeting ID', 'Date', 'Status'],
        ...book.meetings.map(([id, date, status]) => [id, date, status ?? null]),
      ],
    },
    {
      name: 'Attendance',
      rows: [['Meeting ID', 'Member ID', 'Attendance'], ...(book.attendance ?? []).map((r) => [...r])],
    },
  ];
  if (book.incidents !== null) {
    sheets.push({
      name: 'Incidents',
      rows: [
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
        ...(book.incidents ?? []).map(([id, date, category, actor, shared, followUp, closed, confidential]) => [
          id,
          date,
          'Kipushi',
          category,
          actor,
          shared,
          followUp,
          closed ?? null,
          confidential ?? null,
        ]),
      ],
    });
  }
  if (book.settings)
    sheets.push({ name: 'Settings', rows: [['Setting', 'Value'], ...book.settings.map((r) => [...r])] });
  return { date1904: false, sheets };
}

export interface EngineRun {
  readonly validated: ValidatedWorkbook;
  readonly x: Indicators;
}

/** The book through the real engine for a quarter (`2025-Q3`), a year (`2025`) or a range, as of `today`. */
export function runEngine(book: AuditBook | RawWorkbook, request: PeriodRequest | string, today: string): EngineRun {
  const raw = 'sheets' in book ? book : rawBook(book);
  const req: PeriodRequest =
    typeof request !== 'string'
      ? request
      : /^\d{4}$/.test(request)
        ? { kind: 'year', year: request }
        : { kind: 'quarter', quarter: request };
  const validated = validateWorkbook(raw, { asOf: day(today) });
  const period = resolvePeriod(req, day(today));
  if (!period.ok) throw new Error(`period refused: ${period.error.code}`);
  return { validated, x: computeIndicators(validated, period.period) };
}

/** The issue codes of a run, to show a case is built as intended (e.g. a row really has an error). */
export function codes(run: EngineRun): string[] {
  return run.validated.issues.map((i) => `${i.code}@${i.sheet}${i.row ?? ''}`);
}
