import type { Day } from '../workbook/day';

/** A stakeholder's stages, in the order of `outreach.byStage` (programme.md, "Outreach"). */
export const STAKEHOLDER_STAGES = ['identified', 'contacted', 'invited', 'member', 'declined'] as const;
export type StakeholderStage = (typeof STAKEHOLDER_STAGES)[number];

/** The stages still being worked on: identified, contacted or invited. */
export const PIPELINE_STAGES: ReadonlySet<StakeholderStage> = new Set<StakeholderStage>([
  'identified',
  'contacted',
  'invited',
]);

/** The dates a stage is read from. */
export interface StageDates {
  readonly identified: Day;
  readonly contacted: Day | null;
  readonly invited: Day | null;
  readonly declined: Day | null;
}

/** Whether a stakeholder is mapped on day d: identified on or before it. */
export function isMappedOn(stakeholder: StageDates, d: Day): boolean {
  return stakeholder.identified <= d;
}

/**
 * A mapped stakeholder's stage on day d, the first that holds: member (it names a member who
 * had joined by d, `memberJoined`, null when it names none that counts), declined, invited,
 * contacted, identified. A member who has left stays at stage member; a stakeholder who declined
 * and joined later is a member from the day it joined. Null when not mapped on d. The indicators,
 * the report and the sample all read stages through this function.
 */
export function stageOn(stakeholder: StageDates, memberJoined: Day | null, d: Day): StakeholderStage | null {
  if (!isMappedOn(stakeholder, d)) return null;
  if (memberJoined !== null && memberJoined <= d) return 'member';
  if (stakeholder.declined !== null && stakeholder.declined <= d) return 'declined';
  if (stakeholder.invited !== null && stakeholder.invited <= d) return 'invited';
  if (stakeholder.contacted !== null && stakeholder.contacted <= d) return 'contacted';
  return 'identified';
}
