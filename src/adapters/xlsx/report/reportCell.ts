import type { CountCell, Day, ReportTargetStatus } from '../../../core';

/**
 * What a report cell holds before it is written: numbers stay numbers (with a format),
 * dates stay dates, protected counts keep their kind until the writer words them.
 */
export type ReportCell =
  | { readonly kind: 'text'; readonly text: string; readonly runOn?: boolean }
  | { readonly kind: 'number'; readonly value: number | null; readonly format: string }
  | { readonly kind: 'date'; readonly day: Day | null }
  | { readonly kind: 'count'; readonly cell: CountCell }
  | { readonly kind: 'status'; readonly status: ReportTargetStatus; readonly text: string };

export const INTEGER = '0';
export const PERCENT = '0%';
/** Medians of an even number of values can end in .5. */
export const DAYS = '0.#';

export const text = (value: string): ReportCell => ({ kind: 'text', text: value });
/** Text at the end of a row, running on over the empty cells to its right. */
export const runOn = (value: string): ReportCell => ({ kind: 'text', text: value, runOn: true });
export const int = (value: number | null): ReportCell => ({ kind: 'number', value, format: INTEGER });
export const share = (value: number | null): ReportCell => ({ kind: 'number', value, format: PERCENT });
export const days = (value: number | null): ReportCell => ({ kind: 'number', value, format: DAYS });
export const date = (day: Day | null): ReportCell => ({ kind: 'date', day });
export const count = (cell: CountCell): ReportCell => ({ kind: 'count', cell });
export const plain = (value: number): ReportCell => count({ kind: 'count', value });
export const status = (value: ReportTargetStatus, words: string): ReportCell => ({
  kind: 'status',
  status: value,
  text: words,
});

/** Status colours (fill, text): the classic traffic-light pairs, dark text on a light fill. */
export const STATUS_COLOURS: Readonly<Record<ReportTargetStatus, { readonly fill: string; readonly font: string }>> = {
  on_track: { fill: 'FFC6EFCE', font: 'FF006100' },
  at_risk: { fill: 'FFFFEB9C', font: 'FF7A4500' },
  off_track: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  no_data: { fill: 'FFEDEDED', font: 'FF404040' },
  withheld: { fill: 'FFEDEDED', font: 'FF404040' },
};
