import {
  ACTORS,
  INCIDENT_CATEGORIES,
  PUBLIC_SECURITY_ACTORS,
  type Actor,
  type IncidentCategory,
} from '../schema/lists';
import type { Incident } from '../validate/records';
import { median } from './median';
import type { ResolvedPeriod } from './period';
import { share } from './share';
import type { IncidentFigures } from './types';
import type { WorkbookIndex } from './workbookIndex';

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/**
 * Incidents dated in the period so far (confidential ones included: only counts leave here).
 * An incident is shared when its shared-at meeting is a held meeting (so dated ≤ asOf), and
 * closed when its follow-up is closed with `closed ≤ asOf`: one closed after asOf is still open.
 */
export function computeIncidents(
  incidents: readonly Incident[],
  index: WorkbookIndex,
  period: ResolvedPeriod,
  overdueDays: number,
): IncidentFigures {
  const { from, asOf } = period;
  const byCategory = zeros<IncidentCategory>(INCIDENT_CATEGORIES);
  const byActor = zeros<Actor>(ACTORS);
  const daysToShare: number[] = [];
  const daysToClose: number[] = [];
  let recorded = 0;
  let publicSecurity = 0;
  let overdue = 0;
  for (const incident of incidents) {
    if (incident.date > asOf) continue;
    const closedOn = incident.followUp === 'closed' ? incident.closed : null;
    const closedBy = closedOn !== null && closedOn <= asOf;
    // overdue = incidents of any date ≤ asOf not closed by asOf, with asOf − date > overdueDays.
    if (!closedBy && asOf - incident.date > overdueDays) overdue++;
    if (incident.date < from) continue;
    recorded++;
    byCategory[incident.category]++;
    byActor[incident.actor]++;
    // publicSecurity = incidents whose alleged perpetrator is pnc, mining_police, fardc or anr.
    if (PUBLIC_SECURITY_ACTORS.includes(incident.actor)) publicSecurity++;
    const ordinal = incident.sharedMeetingKey === null ? undefined : index.heldByKey.get(incident.sharedMeetingKey);
    if (ordinal !== undefined) daysToShare.push(index.heldDate[ordinal]! - incident.date);
    if (closedBy) daysToClose.push(closedOn - incident.date);
  }
  return {
    recorded,
    byCategory,
    byActor,
    publicSecurity,
    // sharedShare / closedShare = shared / closed incidents of the period over those recorded.
    sharedShare: share(daysToShare.length, recorded),
    closedShare: share(daysToClose.length, recorded),
    // Medians of (shared-at meeting's date − date) and (closed − date) over those shared / closed.
    medianDaysToShare: median(daysToShare),
    medianDaysToClose: median(daysToClose),
    overdue,
  };
}
