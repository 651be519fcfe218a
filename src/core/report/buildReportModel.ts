import type { Indicators } from '../indicators/types';
import type { ValidatedWorkbook } from '../validate/records';
import type { Day } from '../workbook/day';
import { dataQualitySection } from './dataQualitySection';
import { engagementSection } from './engagementSection';
import { highlights } from './highlights';
import { incidentFacts } from './incidentFacts';
import { meetingsSection } from './meetingsSection';
import { membershipSection } from './membershipSection';
import { protectReport } from './protect';
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
      incidents: incidentFacts(validated.incidents, indicators.incidents, indicators.period),
      previousIncidentsRecorded: previousIndicators?.incidents?.recorded ?? null,
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
