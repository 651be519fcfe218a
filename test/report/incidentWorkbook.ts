import type { RawCell, RawWorkbook } from '../../src/core';
import { rawBook, type MemberRow } from '../builders/workbook';
import { openWritten } from '../helpers/readBackWorkbook';

/** One incident as a test writes it: ISO dates, English list labels. */
export interface IncidentSpec {
  readonly date: string;
  readonly territory: string;
  readonly category: string;
  readonly actor: string;
  /** ISO date of the held meeting it was shared at (one is held on the 20th of each month of 2024–2026). */
  readonly sharedOn?: string;
  /** ISO date it was closed. */
  readonly closed?: string;
  readonly confidential?: boolean;
}

const dmy = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const MONTHS = [2024, 2025, 2026].flatMap((y) =>
  Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}-20`),
);
const meetingId = (iso: string): string => `R${iso.slice(0, 7)}`;
const MEMBERS: readonly MemberRow[] = [
  ['M1', 'Extractive company', '01/01/2023'],
  ['M2', 'Private security', '01/01/2023'],
  ['M3', 'Government', '01/01/2023'],
  ['M4', 'Civil society', '01/01/2023'],
];

/**
 * A clean English workbook around the given incidents (rawBook): four members, one
 * per pillar; a held meeting on the 20th of every month from 2024 to 2026 that all attend; and
 * `count` copies of each incident spec, in its territory. Settings rows may be added.
 */
export function incidentWorkbook(
  incidents: readonly (readonly [count: number, spec: IncidentSpec])[],
  settings: readonly (readonly [string, RawCell])[] = [],
): RawWorkbook {
  const specs = incidents.flatMap(([count, spec]) => Array.from({ length: count }, () => spec));
  return rawBook({
    members: MEMBERS,
    meetings: MONTHS.map((iso) => [meetingId(iso), dmy(iso), 'Held']),
    attendance: MONTHS.flatMap((iso) => MEMBERS.map(([m]) => [meetingId(iso), m, 'Present'] as const)),
    incidents: specs.map((spec, i) => [
      `I${String(i + 1).padStart(3, '0')}`,
      dmy(spec.date),
      spec.category,
      spec.actor,
      spec.sharedOn === undefined ? null : meetingId(spec.sharedOn),
      spec.closed === undefined ? 'Open' : 'Closed',
      spec.closed === undefined ? null : dmy(spec.closed),
      spec.confidential ? 'Yes' : 'No',
      spec.territory,
    ]),
    settings,
  });
}

/** A written report's sheet as its rows of values, the way a reader sees them (text or numbers). */
export async function sheetRows(bytes: Uint8Array, sheet: string): Promise<(string | number | null)[][]> {
  const wb = await openWritten(bytes);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const rows: (string | number | null)[][] = [];
  ws.eachRow((row) => {
    const values: (string | number | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      const v = cell.value;
      values.push(
        typeof v === 'number' || typeof v === 'string' ? v : v === null || v === undefined ? null : cell.text,
      );
    });
    rows.push(values);
  });
  return rows;
}

/** The value beside a label in a sheet (the first non-empty cell after it), or undefined. */
export function besideLabel(
  rows: readonly (readonly (string | number | null)[])[],
  label: string,
): string | number | undefined {
  for (const row of rows) {
    const at = row.indexOf(label);
    if (at >= 0) return row.slice(at + 1).find((v) => v !== null && v !== '') ?? undefined;
  }
  return undefined;
}
