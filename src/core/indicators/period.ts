import { dayFromIso, dayFromYmd, dayToYmd, validDay, type Day } from '../workbook/day';

/**
 * The period a user asks for, as the doors receive it (text from a flag, a picker or a
 * report form). Parsing happens here once, so every door accepts the same spellings.
 */
export type PeriodRequest =
  | { readonly kind: 'quarter'; readonly quarter: string }
  | { readonly kind: 'year'; readonly year: string }
  | { readonly kind: 'range'; readonly from: string; readonly to: string };

/** What a period is: a calendar quarter, a calendar year, or any other range of days. */
export type PeriodKind = 'quarter' | 'year' | 'range';

/** A period ready for the indicators: inclusive `[from, to]`, seen as of `asOf = min(to, today)`. */
export interface ResolvedPeriod {
  readonly from: Day;
  readonly to: Day;
  readonly asOf: Day;
  /** A range that is exactly a quarter or a year is that quarter or year. */
  readonly kind: PeriodKind;
  /** `2025-Q3`, `2025`, or null for another range. */
  readonly label: string | null;
}

/** Why a request is not a period: plain data, turned into a sentence at the door. */
export type PeriodError =
  | { readonly code: 'period/bad-quarter'; readonly value: string }
  | { readonly code: 'period/bad-year'; readonly value: string }
  | { readonly code: 'period/bad-date'; readonly value: string }
  | { readonly code: 'period/reversed'; readonly from: Day; readonly to: Day }
  /** The period starts after today: there is nothing "so far" to measure. */
  | { readonly code: 'period/not-started'; readonly from: Day; readonly today: Day };

export type PeriodResult =
  { readonly ok: true; readonly period: ResolvedPeriod } | { readonly ok: false; readonly error: PeriodError };

// Years with four digits only: a two-digit year is as ambiguous here as in a cell.
const QUARTER = /^(\d{4})\s*-?\s*q([1-4])$/i;
const YEAR = /^\d{4}$/;

function fail(error: PeriodError): PeriodResult {
  return { ok: false, error };
}

type Span = Pick<ResolvedPeriod, 'from' | 'to' | 'kind' | 'label'>;

function span(request: PeriodRequest): Span | PeriodError {
  switch (request.kind) {
    case 'quarter': {
      const m = QUARTER.exec(request.quarter.trim());
      const q = m ? Number(m[2]) : 0;
      // validDay refuses what dates refuse (year 0, and 1–99, which Date.UTC would read as 19xx).
      const from = m ? validDay(Number(m[1]), 3 * q - 2, 1) : null;
      if (!m || from === null) return { code: 'period/bad-quarter', value: request.quarter };
      return { from, to: dayFromYmd(Number(m[1]), 3 * q + 1, 1) - 1, kind: 'quarter', label: `${m[1]}-Q${q}` };
    }
    case 'year': {
      const text = request.year.trim();
      const year = Number(text);
      const from = YEAR.test(text) ? validDay(year, 1, 1) : null;
      if (from === null) return { code: 'period/bad-year', value: request.year };
      return { from, to: dayFromYmd(year, 12, 31), kind: 'year', label: text };
    }
    case 'range': {
      const from = dayFromIso(request.from.trim());
      if (from === null) return { code: 'period/bad-date', value: request.from };
      const to = dayFromIso(request.to.trim());
      if (to === null) return { code: 'period/bad-date', value: request.to };
      if (from > to) return { code: 'period/reversed', from, to };
      return { from, to, ...rangeKind(from, to) };
    }
  }
}

/**
 * A range that is exactly a quarter or a year is that quarter or year (`--from 2025-07-01 --to
 * 2025-09-30` is 2025-Q3, as indicators.md shows); any other range has no label.
 */
function rangeKind(from: Day, to: Day): Pick<Span, 'kind' | 'label'> {
  const range = { kind: 'range', label: null } as const;
  const { year, month, day } = dayToYmd(from);
  if (day !== 1 || month % 3 !== 1) return range;
  const yearText = String(year).padStart(4, '0');
  if (month === 1 && to === dayFromYmd(year, 12, 31)) return { kind: 'year', label: yearText };
  if (to !== dayFromYmd(year, month + 3, 1) - 1) return range;
  return { kind: 'quarter', label: `${yearText}-Q${(month + 2) / 3}` };
}

/** Checks a request and fixes `asOf = min(to, today)`; `today` comes from the door, never the clock. */
export function resolvePeriod(request: PeriodRequest, today: Day): PeriodResult {
  const s = span(request);
  if ('code' in s) return fail(s);
  if (s.from > today) return fail({ code: 'period/not-started', from: s.from, today });
  return { ok: true, period: { ...s, asOf: Math.min(s.to, today) } };
}

/** The label of the quarter holding a day (`2025-Q3`), e.g. to offer the current quarter. */
export function quarterOf(day: Day): string {
  const { year, month } = dayToYmd(day);
  return `${String(year).padStart(4, '0')}-Q${Math.ceil(month / 3)}`;
}

/** The label of the quarter before the one holding a day: the last complete quarter. */
export function previousQuarterOf(day: Day): string {
  const { year, month } = dayToYmd(day);
  return quarterOf(dayFromYmd(year, Math.ceil(month / 3) * 3 - 2, 1) - 1);
}
