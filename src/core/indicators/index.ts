/** The indicators' entry points, re-exported by src/core/index.ts (types live in ./types). */
export { computeIndicators } from './computeIndicators';
export {
  resolvePeriod,
  quarterOf,
  previousQuarterOf,
  type PeriodRequest,
  type ResolvedPeriod,
  type PeriodError,
  type PeriodResult,
} from './period';
export { quarterWithData, type QuarterWithData } from './periodWithData';
