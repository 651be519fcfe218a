/** A share in [0, 1]; null when its denominator is 0 (indicators.md, "Words"). */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
