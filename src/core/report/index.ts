/** The quarterly report as plain data (report.md); the privacy rules live in protect.ts. */
export type * from './types';
export { buildReportModel, type ReportInput } from './buildReportModel';
export { previousPeriod } from './previousPeriod';
