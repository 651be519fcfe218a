import type { ExcelEnvironment } from './excelEnvironment';

/**
 * What this Excel can do, asked once with isSetSupported. Reading needs only ExcelApi 1.1 (the
 * manifest's minimum); everything else is optional and hidden or explained when missing.
 */
export interface ExcelSupport {
  /** 1.2: functions.date (1904 detection), getUsedRange(valuesOnly), sheet protection state. */
  readonly api12: boolean;
  /** 1.6: conditional formats, the add-in's removable highlights. */
  readonly conditionalFormats: boolean;
  /** 1.7: worksheet change events, freeze panes. */
  readonly changeEvents: boolean;
  /** 1.8: data validation (drop-down lists). */
  readonly dataValidation: boolean;
  /** 1.8: Excel.createWorkbook. */
  readonly createWorkbook: boolean;
  /** 1.9: one change event for the whole workbook (sheets added later included). */
  readonly workbookChangeEvents: boolean;
}

/** The requirement set each optional feature needs, as a HostFailure names it. */
export const REQUIREMENTS = {
  conditionalFormats: 'ExcelApi 1.6',
  changeEvents: 'ExcelApi 1.7',
  dataValidation: 'ExcelApi 1.8',
  createWorkbook: 'ExcelApi 1.8',
} as const;

export function detectSupport(env: Pick<ExcelEnvironment, 'isSetSupported' | 'createWorkbook'>): ExcelSupport {
  const has = (version: string): boolean => {
    try {
      return env.isSetSupported('ExcelApi', version);
    } catch {
      // Very old hosts lack the requirements API altogether: they have nothing beyond 1.1.
      return false;
    }
  };
  return {
    api12: has('1.2'),
    conditionalFormats: has('1.6'),
    changeEvents: has('1.7'),
    dataValidation: has('1.8'),
    createWorkbook: has('1.8') && env.createWorkbook !== undefined,
    workbookChangeEvents: has('1.9'),
  };
}
