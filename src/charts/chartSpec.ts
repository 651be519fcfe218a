import type { ChartConfiguration } from 'chart.js';

/**
 * One chart: the chart.js configuration and the same figures as a table, so the picture
 * always has a text alternative that says exactly what it draws.
 */
export interface ChartTable {
  /** The row names' header, then one header per column of figures. */
  readonly headers: readonly [string, ...string[]];
  /** Each row: its name, then its figures, as many as the headers after the first. */
  readonly rows: ReadonlyArray<readonly [string, ...string[]]>;
}

export type ChartId = 'attendance' | 'pillars' | 'months' | 'incidents' | 'funnel' | 'topics';

export interface ChartSpec {
  readonly id: ChartId;
  readonly title: string;
  /** Typed loosely on the chart type because the attendance chart mixes bars and a line. */
  readonly config: ChartConfiguration<'bar' | 'line', (number | null)[], string | string[]>;
  readonly table: ChartTable;
  /** Height in CSS pixels that keeps every bar and name readable (one row per bar when horizontal). */
  readonly height: number;
  /** Set when there is nothing to draw: the sentence to show instead of an empty chart. */
  readonly empty: string | null;
}

export interface ChartOptions {
  /** false for pictures drawn off screen (the report's PNGs): fixed size, no animation. */
  readonly responsive: boolean;
}

/**
 * Colours chosen for contrast on white (≥ 3:1 for graphics, WCAG 1.4.11) and to stay apart
 * for colour-blind readers: Fluent's brand blue for figures, a dark orange for targets.
 */
export const CHART_COLOURS = {
  bar: '#0F6CBD',
  target: '#B4460B',
  /** The second and third series of a stacked chart (the outreach funnel). */
  second: '#B4460B',
  third: '#616161',
  /** Between two stacked segments, so each meets white rather than another colour. */
  gap: '#FFFFFF',
  grid: '#E0E0E0',
  text: '#424242',
} as const;

/** Horizontal bars: one row per bar (names may take up to three lines), never less than 220 px. */
export function horizontalHeight(bars: number): number {
  // Room for a label wrapped over three lines (about 14 px each) beside every bar.
  return Math.max(220, 48 * bars + 40);
}

export function baseOptions(options: ChartOptions, horizontal: boolean) {
  return {
    responsive: options.responsive,
    maintainAspectRatio: false,
    animation: false as const,
    indexAxis: horizontal ? ('y' as const) : ('x' as const),
    plugins: {
      legend: { display: false },
      title: { display: false },
    },
  };
}

/**
 * A horizontal bar chart of one count per named row (pillars, incident categories): long names
 * wrap over lines, whole-number ticks. A null count draws no bar.
 */
export function horizontalBars(
  names: readonly string[],
  counts: readonly (number | null)[],
  label: string,
  options: ChartOptions,
) {
  return {
    type: 'bar' as const,
    data: {
      labels: names.map((n) => wrapLabel(n)),
      datasets: [{ label, data: [...counts], backgroundColor: CHART_COLOURS.bar }],
    },
    options: {
      ...baseOptions(options, true),
      scales: {
        x: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: CHART_COLOURS.grid } },
        y: { grid: { display: false }, ticks: { autoSkip: false } },
      },
    },
  };
}

/**
 * A dashed line at a constant target across the whole width of the chart, drawn above the
 * bars. It runs on its own hidden axis of two points (left edge, right edge): drawn through the
 * bars' centres it would start mid-bar, and with a single bar it would not show at all.
 */
export function targetLine(label: string, value: number) {
  return {
    type: 'line' as const,
    label,
    xAxisID: TARGET_AXIS,
    data: [value, value],
    borderColor: CHART_COLOURS.target,
    borderDash: [6, 4],
    borderWidth: 2,
    pointRadius: 0,
    fill: false,
    order: 1,
  };
}

const TARGET_AXIS = 'target';

/** Vertical bars with a legend under them (the bars and their target line need naming). */
export function verticalWithLegend(options: ChartOptions, yScale: Record<string, unknown>) {
  const base = baseOptions(options, false);
  return {
    ...base,
    plugins: { ...base.plugins, legend: { display: true, position: 'bottom' as const } },
    // One bar series only: never make room beside each bar for another (the target line
    // lives on its own axis and would otherwise push the bars to the left of their slots).
    datasets: { bar: { grouped: false } },
    scales: {
      y: { ...yScale, grid: { color: CHART_COLOURS.grid } },
      x: { grid: { display: false } },
      [TARGET_AXIS]: { type: 'category' as const, axis: 'x' as const, labels: ['', ''], offset: false, display: false },
    },
  };
}

/**
 * A long category name as lines of about `width` characters, so a horizontal bar chart keeps
 * its bars wide in a 350 px pane instead of cutting the names (chart.js draws arrays as lines).
 */
export function wrapLabel(text: string, width = 18): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
