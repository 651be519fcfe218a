import { renderChartPng } from '../../src/charts/renderChartPng.node';
import { buildReportXlsx } from '../../src/adapters/xlsx/report/buildReportXlsx';
import {
  buildReportModel,
  computeIndicators,
  dayFromIso,
  generateSample,
  planToRawWorkbook,
  previousPeriod,
  resolvePeriod,
  validateWorkbook,
  type Lang,
  type PeriodRequest,
  type RawWorkbook,
  type ReportAudience,
  type ReportModel,
} from '../../src/core';

/** The day the tests pretend it is: after the sample's last month (September 2025). */
export const TODAY = '2025-10-15';

export function sampleWorkbook(lang: Lang): RawWorkbook {
  return planToRawWorkbook(generateSample({ lang }));
}

/** What every door does before writing: validate, indicators of the period and the one before, the model. */
export function reportModel(
  raw: RawWorkbook,
  request: PeriodRequest,
  audience: ReportAudience,
  today = TODAY,
): ReportModel {
  const day = dayFromIso(today);
  if (day === null) throw new Error(`bad test date ${today}`);
  const validated = validateWorkbook(raw, { asOf: day });
  const period = resolvePeriod(request, day);
  if (!period.ok) throw new Error(`bad test period ${JSON.stringify(request)}`);
  const indicators = computeIndicators(validated, period.period);
  const before = previousPeriod(indicators.period);
  const previous = before === null ? null : resolvePeriod(before, day);
  const previousIndicators = previous !== null && previous.ok ? computeIndicators(validated, previous.period) : null;
  return buildReportModel({ validated, indicators, previousIndicators, audience, generatedOn: day });
}

export function reportBytes(model: ReportModel, lang: Lang): Promise<Uint8Array> {
  return buildReportXlsx(model, lang, renderChartPng);
}

export const Q3: PeriodRequest = { kind: 'quarter', quarter: '2025-Q3' };
export const YEAR: PeriodRequest = { kind: 'year', year: '2025' };
