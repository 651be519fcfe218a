/** The indicators' entry points, re-exported by src/core/index.ts (types live in ./types). */
export { computeIndicators, computeIndicatorsSteps } from './computeIndicators';
export { indicatorsToJson, type IndicatorsJson } from './indicatorsJson';
export { isCountTarget, statusOf } from './targets';
export { MEASURES, MEASURE_TARGETS, type Measure } from './measures';
export {
  resolvePeriod,
  quarterOf,
  previousQuarterOf,
  type PeriodKind,
  type PeriodRequest,
  type ResolvedPeriod,
  type PeriodError,
  type PeriodResult,
} from './period';
export { quarterWithData, type QuarterWithData } from './periodWithData';
