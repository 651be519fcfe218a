import type { ResolvedPeriod } from '../indicators/period';
import type { IncidentFigures } from '../indicators/types';
import type { Incident } from '../validate/records';
import { territoryKey } from '../rules/names';
import type { ReportIncidentRow } from './types';

/** A territory of the period as written in the workbook, with what the privacy rules need. */
export interface TerritoryCount {
  /** The place as compared (territoryKey): one year's and its quarters' lines are matched on it. */
  readonly key: string;
  /** The spelling of the first non-confidential incident there; null when only confidential ones name it. */
  readonly name: string | null;
  readonly count: number;
}

export interface DraftIncidentRow extends ReportIncidentRow {
  readonly confidential: boolean;
}

/**
 * The period's incident figures before any privacy rule: the indicators' counts, shares and
 * medians, plus what they do not hold (territories, the list). Reads no `site` or
 * `description`: those never enter the report at all.
 */
export interface IncidentFacts {
  readonly figures: IncidentFigures;
  readonly territories: readonly TerritoryCount[];
  readonly rows: readonly DraftIncidentRow[];
}

export function incidentFacts(
  incidents: readonly Incident[] | null,
  figures: IncidentFigures | null,
  { from, asOf }: ResolvedPeriod,
): IncidentFacts | null {
  if (incidents === null || figures === null) return null;
  const inPeriod = incidents
    .filter((i) => i.date >= from && i.date <= asOf)
    .slice()
    .sort((a, b) => a.date - b.date || a.row - b.row);

  const territories = new Map<string, { key: string; name: string | null; count: number }>();
  for (const incident of inPeriod) {
    const key = territoryKey(incident.territory);
    const entry = territories.get(key) ?? { key, name: null, count: 0 };
    entry.count += 1;
    // A confidential incident's text never names anything in the report.
    if (entry.name === null && !incident.confidential) entry.name = incident.territory;
    territories.set(key, entry);
  }

  const rows = inPeriod.map((i): DraftIncidentRow => ({
    incidentId: i.incidentId,
    date: i.date,
    territory: i.territory,
    category: i.category,
    actor: i.actor,
    severity: i.severity,
    followUp: i.followUp,
    confidential: i.confidential,
  }));
  return { figures, territories: [...territories.values()], rows };
}
