import type { ValidatedWorkbook } from '../validate/records';
import { computeEngagement } from './engagement';
import { computeExpertise } from './expertise';
import { computeLinks } from './links';
import { computeOutreach } from './outreach';
import { computeIncidents } from './incidents';
import { computeMembership } from './membership';
import { computeParticipation } from './participation';
import type { ResolvedPeriod } from './period';
import { computeRhythm, heldByMonth } from './rhythm';
import { computeTargets } from './targets';
import type { Indicators } from './types';
import { indexWorkbookSteps } from './workbookIndex';
import { runSteps, scaledSteps, type Steps } from '../validate/steps';

/**
 * Every indicator of indicators.md and programme.md for a resolved period (see `resolvePeriod`), from the valid
 * records only. Linear in attendance rows: attendance is indexed once by meeting and member.
 * Typed data: `indicatorsToJson` writes the JSON form of indicators.md.
 */
export function computeIndicators(validated: ValidatedWorkbook, period: ResolvedPeriod): Indicators {
  return runSteps(computeIndicatorsSteps(validated, period));
}

/**
 * computeIndicators in steps (steps.ts): indexing a million attendance rows pauses every few
 * thousand rows; the indicators themselves then walk small arrays.
 */
export function* computeIndicatorsSteps(validated: ValidatedWorkbook, period: ResolvedPeriod): Steps<Indicators> {
  const settings = validated.settings;
  const index = yield* scaledSteps(indexWorkbookSteps(validated, period.asOf), 0, 0.9);
  const rhythm = computeRhythm(index.heldDate, period, settings.meetingsPerMonth);
  const participation = computeParticipation(index, period);
  const engagement = computeEngagement(index, period, settings.engagementWindow);
  const membership = computeMembership(index, period, settings.minPerPillar);
  const incidents =
    validated.incidents === null ? null : computeIncidents(validated.incidents, index, period, settings.overdueDays);
  const outreach =
    validated.stakeholders === null
      ? null
      : computeOutreach(validated.stakeholders, index, period, membership, settings.minPerPillar);
  const expertise = computeExpertise(index, period, rhythm.meetingsHeld);
  const links = computeLinks(index, validated.initiatives, period, rhythm.meetingsHeld, settings.dormantDays);
  return {
    period,
    settings,
    rhythm,
    participation,
    engagement,
    membership,
    incidents,
    outreach,
    expertise,
    links,
    targets: computeTargets(
      { rhythm, participation, engagement, membership, incidents, outreach, expertise, links },
      settings,
    ),
    excludedRows: validated.excludedRows,
    heldByMonth: heldByMonth(index.heldDate, period.asOf),
  };
}
