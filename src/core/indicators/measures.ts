import type { TargetKey } from './types';

/**
 * The programme's four measures (programme.md) and the targets that show each one: every door
 * groups the nine targets this way (dashboard, `vpwg indicators`, the report's Summary). Their
 * names are in the vocabulary (`createFormat(lang).measure`).
 */
export const MEASURES = [1, 2, 3, 4] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_TARGETS: Readonly<Record<Measure, readonly TargetKey[]>> = {
  // 1. Widen the membership, all four pillars represented, through the stakeholder mapping.
  1: ['pillarsAtMinimum', 'keyStakeholders'],
  // 2. Technical expertise, with lessons from VPs groups elsewhere.
  2: ['expertise'],
  // 3. The monthly rhythm, attendance, and sharing incidents.
  3: ['meetings', 'attendance', 'fullPillar', 'regular', 'shared'],
  // 4. Links with IDAK and the other VPs platforms.
  4: ['links'],
};
