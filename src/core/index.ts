/**
 * The engine's public face: the only import path into src/core from outside it.
 * Pure: data in, data out. No Office, DOM, Node, exceljs, clock or console.
 */
export type { RawCell, RawSheet, RawWorkbook } from './workbook/rawWorkbook';
export type { WorkbookReadFailure, WorkbookReadReason } from './workbook/readFailure';
export * from './workbook/day';
export * from './schema/lists';
export * from './schema/sheets';
export * from './schema/settings';
export type * from './validate/issue';
export { ISSUE_CODES } from './validate/issue';
export type * from './validate/records';
export { EXCLUDED_SHEETS } from './validate/records';
export type { IssueTotal } from './validate/issueSink';
export { validateWorkbook, validationSteps, type ValidateOptions } from './validate/validateWorkbook';
export { ParseAhead, type ReadAhead, type RowTaker } from './validate/parseAhead';
export { runSteps, type Steps } from './validate/steps';
export type * from './indicators/types';
export { TARGET_KEYS } from './indicators/types';
export * from './indicators/index';
export { isActiveOn, memberActiveOn } from './rules/activeOn';
export { organisationKey, territoryKey, initiativeKey } from './rules/names';
export { cellParts, splitCell, type CellPart } from './rules/cellParts';
export { isLinkedMeeting, isTechnicalSession } from './rules/programmeMeetings';
export {
  STAKEHOLDER_STAGES,
  PIPELINE_STAGES,
  isMappedOn,
  stageOn,
  type StakeholderStage,
  type StageDates,
} from './rules/stakeholderStage';
export * from './i18n/i18n';
export { createFormat, type Format } from './i18n/createFormat';
export { readFailureMessage, readFailureMessages } from './i18n/readFailure.messages';
export * from './template/sheetPlan';
export * from './template/templatePlan';
export * from './template/planToRawWorkbook';
export * from './sample/generateSample';
export { formatIssueMessage, issueToJson, fieldLabel, contractSheetLabel, issueSheetName } from './i18n/formatIssue';
export { issueMessages } from './i18n/issueMessages';
export { clipText, QUOTED_TEXT_MAX } from './i18n/clipText';
export { normaliseName, idKey } from './workbook/normalise';
export { cellReference, columnLetter, columnIndex, sheetReference } from './workbook/cellRef';
export { cellText, coerceDate, coerceRate, coerceCount, dayFromSerial, dayFromText } from './workbook/coerce';
export * from './report';
