import { MEASURES, MEASURE_TARGETS } from '../indicators/measures';
import type { Indicators, Target } from '../indicators/types';
import type { TargetFigure, TargetRow, Trend } from './types';

/** Values closer than this are the same (shares are unrounded floating-point numbers). */
const SAME = 1e-9;

function trendOf(current: number | null, previous: number | null): Trend | null {
  if (current === null || previous === null) return null;
  if (current - previous > SAME) return 'up';
  if (previous - current > SAME) return 'down';
  return 'same';
}

const figure = (t: Target): TargetFigure => ({ value: t.value, status: t.status });

/**
 * The nine targets grouped by measure (programme.md: 1 pillarsAtMinimum, keyStakeholders; 2
 * expertise; 3 meetings, attendance, fullPillar, regular, shared; 4 links), each with the
 * previous period's figure and the trend.
 */
export function summaryTargets(indicators: Indicators, previous: Indicators | null): TargetRow[] {
  return MEASURES.flatMap((measure) =>
    MEASURE_TARGETS[measure].map((key): TargetRow => {
      const current = indicators.targets[key];
      const before = previous ? previous.targets[key] : null;
      return {
        measure,
        key,
        current: figure(current),
        target: current.target,
        previous: before ? figure(before) : null,
        trend: trendOf(current.value, before ? before.value : null),
      };
    }),
  );
}
