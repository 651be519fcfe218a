/**
 * The ports: the capabilities a door hands the interface (the host, the report builder, the
 * offline copy), as types only. Adapters implement them, the interface uses them, and neither
 * imports the other (eslint.config.mjs walls ui ↔ adapters); lint also keeps runtime code out.
 */
export type * from './host';
export type * from './offlineCopy';
export type * from './reportBuilder';
export type { WorkbookReadFailure, WorkbookReadReason } from '../core';
