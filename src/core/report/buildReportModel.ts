import { computeIndicators } from '../indicators/computeIndicators';
import { resolvePeriod } from '../indicators/period';
import type { Indicators } from '../indicators/types';
import type { ValidatedWorkbook } from '../validate/records';
import type { Day } from '../workbook/day';
import { dataQualitySection } from './dataQualitySection';
import { engagementSection } from './engagementSection';
import { highlights } from './highlights';
import { incidentFacts, type IncidentFacts } from './incidentFacts';
import { meetingsSection } from './meetingsSection';
import { membershipSection } from './membershipSection';
import { expertiseSection, linksSection, outreachSection } from './programmeSections';
import { protectReport, type PeriodIncidents } from './protect';
import { reportCharts } from './reportCharts';
import { summaryTargets } from './summaryTargets';
import type { ReportAudience, ReportModel } from './types';

export interface ReportInput {
  readonly validated: ValidatedWorkbook;
  /** The indicators of the report's period. */
  readonly indicators: Indicators;
  /** The indicators of the period before (see previousPeriod), or null. */
  readonly previousIndicators: Indicators | null;
  readonly audience: ReportAudience;
  /** The day the report is written (the door's clock). */
  readonly generatedOn: Day;
}

/**
 * The report as plain data for one audience. The sections are drafted in full, then pass
 * through protect.ts; highlights and chart data are derived from the protected sections only.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { validated, indicators, previousIndicators } = input;
  const settings = indicators.settings;
  const sections = protectReport(
    {
      summary: {
        groupName: settings.groupName,
        period: indicators.period,
        previousPeriod: previousIndicators ? previousIndicators.period : null,
        generatedOn: input.generatedOn,
        minCount: settings.minCount,
        targets: summaryTargets(indicators, previousIndicators),
      },
      meetings: meetingsSection(validated.meetings, indicators),
      membership: membershipSection(validated, indicators),
      memberNames: validated.members.map((m) => m.name),
      publishOrganisations: settings.publishOrganisations,
      engagement: engagementSection(indicators),
      outreach: outreachSection(validated, indicators),
      expertise: expertiseSection(validated, indicators),
      links: linksSection(validated, indicators),
      incidents: periodIncidents(validated, indicators, input.audience),
      previousIncidents: previousIndicators ? periodIncidents(validated, previousIndicators, input.audience) : null,
      dataQuality: dataQualitySection(validated),
      overdueDays: settings.overdueDays,
    },
    input.audience,
  );
  return {
    ...sections,
    highlights: highlights(
      sections.meetings,
      sections.membership,
      sections.engagement,
      sections.incidents,
      settings.attendanceTarget,
    ),
    charts: reportCharts(indicators, sections.incidents),
  };
}

/**
 * A period's incident facts (null: no usable Incidents sheet). A year's donor report comes with
 * those of each quarter started by the year's as-of date, seen as of that date: what those
 * quarters' donor reports publish, for the linked tables (linkedTables.ts).
 */
function periodIncidents(
  validated: ValidatedWorkbook,
  indicators: Indicators,
  audience: ReportAudience,
): PeriodIncidents | null {
  const facts = incidentFacts(validated.incidents, indicators.incidents, indicators.period);
  if (facts === null) return null;
  const { kind, label: year, asOf } = indicators.period;
  if (kind !== 'year' || audience !== 'donor' || year === null) return { kind, facts, quarters: [] };
  const quarters = [1, 2, 3, 4].flatMap((q): IncidentFacts[] => {
    const period = resolvePeriod({ kind: 'quarter', quarter: `${year}-Q${q}` }, asOf);
    if (!period.ok) return [];
    const of = computeIndicators(validated, period.period);
    const quarter = incidentFacts(validated.incidents, of.incidents, of.period);
    return quarter === null ? [] : [quarter];
  });
  return { kind, facts, quarters };
}
