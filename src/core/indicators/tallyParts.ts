import type { CellPart } from '../rules/cellParts';
import type { Meeting } from '../validate/records';

/** One thing the meetings name (a topic, a country, an initiative): how it was first written, and by how many meetings. */
export interface Tally<C extends string> {
  /** The first part that counts as it, in the meetings' sheet order: its code and its first spelling. */
  readonly first: CellPart<C>;
  readonly meetings: number;
}

/**
 * Counts the parts of one multi-value column over meetings: a meeting counts once per part (the
 * record already holds each part once). The first spelling is the first among these meetings
 * in sheet order (programme.md, "Multi-value cells"), whatever order they are given in.
 */
export function tallyParts<C extends string>(
  meetings: readonly Meeting[],
  partsOf: (meeting: Meeting) => readonly CellPart<C>[],
): Map<string, Tally<C>> {
  const tallies = new Map<string, { first: CellPart<C>; meetings: number }>();
  for (const meeting of [...meetings].sort((a, b) => a.row - b.row)) {
    for (const part of partsOf(meeting)) {
      const tally = tallies.get(part.key);
      if (tally) tally.meetings++;
      else tallies.set(part.key, { first: part, meetings: 1 });
    }
  }
  return tallies;
}

/** Plain string order (programme.md: "lists are sorted by code point"), never the locale's. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
