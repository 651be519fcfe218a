import type { Settings } from '../schema/settings';
import type {
  Expertise,
  IncidentFigures,
  Links,
  Outreach,
  Participation,
  Engagement,
  Membership,
  Rhythm,
  Target,
  TargetKey,
  TargetStatus,
} from './types';

/** Ratios this close below a threshold count as reaching it (0.6 / 0.6 may be 0.9999999999). */
const EPSILON = 1e-9;

/** A target's status from its ratio (value / target): on_track at 1 or more, at_risk from 0.75, else off_track. */
export function statusOf(ratio: number): Exclude<TargetStatus, 'no_data'> {
  return ratio >= 1 - EPSILON ? 'on_track' : ratio >= 0.75 - EPSILON ? 'at_risk' : 'off_track';
}

/**
 * ratio = value / target, status from statusOf; no_data when value is null. A target of 0 is
 * reached by any value (ratio null).
 */
export function target(value: number | null, goal: number): Target {
  if (value === null) return { value, target: goal, ratio: null, status: 'no_data' };
  if (goal === 0) return { value, target: goal, ratio: null, status: 'on_track' };
  const ratio = value / goal;
  return { value, target: goal, ratio, status: statusOf(ratio) };
}

/** The targets counted in whole things (meetings, pillars); every other target is a share. */
const COUNT_TARGETS: ReadonlySet<TargetKey> = new Set<TargetKey>(['meetings', 'pillarsAtMinimum']);

/** Whether a target's value and goal are counts (shown as numbers) rather than shares (shown as percentages). */
export function isCountTarget(key: TargetKey): boolean {
  return COUNT_TARGETS.has(key);
}

export interface TargetInputs {
  readonly rhythm: Rhythm;
  readonly participation: Participation;
  readonly engagement: Engagement;
  readonly membership: Membership;
  readonly incidents: IncidentFigures | null;
  readonly outreach: Outreach | null;
  readonly expertise: Expertise;
  readonly links: Links;
}

/** The six targets of indicators.md and the three of programme.md, in TARGET_KEYS order. */
export function computeTargets(figures: TargetInputs, settings: Settings): Record<TargetKey, Target> {
  return {
    meetings: target(figures.rhythm.meetingsHeld, figures.rhythm.meetingsExpected),
    attendance: target(figures.participation.averageRate, settings.attendanceTarget),
    fullPillar: target(figures.participation.fullPillarShare, settings.fullPillarTarget),
    regular: target(figures.engagement.regularShare, settings.regularTarget),
    // The four pillars, each with at least minPerPillar active members.
    pillarsAtMinimum: target(figures.membership.pillarsAtMinimum, 4),
    shared: target(figures.incidents?.sharedShare ?? null, settings.sharedTarget),
    // programme.md: key stakeholders on board, technical sessions, linked meetings.
    keyStakeholders: target(figures.outreach?.keyShare ?? null, settings.keyStakeholderTarget),
    expertise: target(figures.expertise.sessionShare, settings.expertiseTarget),
    links: target(figures.links.linkedShare, settings.linkedTarget),
  };
}
