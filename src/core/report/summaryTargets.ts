import { TARGET_KEYS, type Indicators, type Target } from '../indicators/types';
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

/** The six targets of indicators.md, each with the previous period's figure and the trend. */
export function summaryTargets(indicators: Indicators, previous: Indicators | null): TargetRow[] {
  return TARGET_KEYS.map((key): TargetRow => {
    const current = indicators.targets[key];
    const before = previous ? previous.targets[key] : null;
    return {
      key,
      current: figure(current),
      target: current.target,
      previous: before ? figure(before) : null,
      trend: trendOf(current.value, before ? before.value : null),
    };
  });
}
