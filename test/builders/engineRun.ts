/**
 * A tiny raw workbook, written as a secretariat would type it (English headers, ISO text dates),
 * run through the real engine: validateWorkbook, then resolvePeriod and computeIndicators. The
 * audit's hand-computed cases go through exactly what every door runs.
 */
import {
  computeIndicators,
  resolvePeriod,
  validateWorkbook,
  type Indicators,
  type PeriodRequest,
  type RawWorkbook,
  type ValidatedWorkbook,
} from '../../src/core';
import { day, rawBook, type BookRows } from './workbook';

export interface EngineRun {
  readonly validated: ValidatedWorkbook;
  readonly x: Indicators;
}

/** The book through the real engine for a quarter (`2025-Q3`), a year (`2025`) or a range, as of `today`. */
export function runEngine(book: BookRows | RawWorkbook, request: PeriodRequest | string, today: string): EngineRun {
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
