import {
  buildReportModel,
  computeIndicators,
  previousPeriod,
  resolvePeriod,
  type Day,
  type ReportAudience,
  type ReportModel,
  type ResolvedPeriod,
  type ValidatedWorkbook,
} from '../../core';

/**
 * The one way every door (command line, web page, task pane) turns a validated workbook into
 * the report model: the indicators of the period, those of the period before (the quarter
 * before a quarter, the year before a year), then the model written on `today`. Shared so
 * the model cannot differ from one door to another. (It is pure and could live in the core.)
 */
export function reportModelFor(
  validated: ValidatedWorkbook,
  period: ResolvedPeriod,
  audience: ReportAudience,
  today: Day,
): ReportModel {
  const indicators = computeIndicators(validated, period);
  const before = previousPeriod(indicators.period);
  const previous = before === null ? null : resolvePeriod(before, today);
  const previousIndicators = previous !== null && previous.ok ? computeIndicators(validated, previous.period) : null;
  return buildReportModel({ validated, indicators, previousIndicators, audience, generatedOn: today });
}
