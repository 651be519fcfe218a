import { langFromLocale, type Issue, type Lang, type RawWorkbook, type SheetKey } from '../../core';
import type { ExcelActions, Host, HostResult, ReadProgress } from '../../ports';
import { bytesToBase64 } from './base64';
import { subscribeToChanges } from './changeEvents';
import { createMissingSheetsIn } from './createMissingSheets';
import { excelEnvironmentFromGlobals, type ExcelEnvironment } from './excelEnvironment';
import { detectSupport, REQUIREMENTS } from './excelSupport';
import { readHighlightRecord, writeHighlightRecord } from './highlightStore';
import { clearHighlightsIn, highlightIn } from './highlights';
import { isOfficeError, toHostFailure } from './hostFailure';
import { DEFAULT_CELL_BUDGET } from './readPlan';
import { readWorkbookIn } from './readWorkbook';
import { failed, ok, runExcel } from './runExcel';
import { selectCellIn } from './selectCell';

export interface ExcelHostOptions {
  /** The Office.js entry points; the real globals by default (call after Office.onReady). */
  readonly env?: ExcelEnvironment;
  /** Cells per round trip when reading or writing (Excel on the web refuses responses over ~5 MB). */
  readonly cellBudget?: number;
  /** Delay before a change event triggers the callback of onChanged. */
  readonly debounceMs?: number;
  /** Errors of background work (change-event registration); the console by default. */
  readonly reportError?: (error: unknown) => void;
}

export type ExcelHost = Host & { readonly kind: 'excel'; readonly excel: ExcelActions };

/**
 * The Excel door: reads the workbook and acts on it for the interface (the host port,
 * src/ports). Every write (highlight, clear, create sheets, insert sample) clears Excel's undo
 * history: the interface warns first. Failures Excel reports, reading included, come back as
 * HostFailures; only a bug rejects.
 */
export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const env = options.env ?? excelEnvironmentFromGlobals();
  const support = detectSupport(env);
  const cellBudget = options.cellBudget ?? DEFAULT_CELL_BUDGET;
  const reportError = options.reportError ?? ((error: unknown) => console.error('vpwg: Excel change events', error));

  function readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<HostResult<RawWorkbook>> {
    return runExcel(env, (context) => readWorkbookIn(context, { support, cellBudget, onProgress }));
  }

  async function highlight(issues: readonly Issue[]): Promise<HostResult<number>> {
    if (!support.conditionalFormats)
      return failed({ reason: 'unsupported', requirement: REQUIREMENTS.conditionalFormats });
    const result = await runExcel(env, (context) => highlightIn(context, issues, support.api12));
    if (!result.ok) return result;
    const saveFailure = await writeHighlightRecord(env.settings, result.value.marks);
    return saveFailure ? failed(saveFailure) : ok(result.value.cells);
  }

  async function clearHighlights(): Promise<HostResult<number>> {
    // Nothing recorded: nothing of ours to remove, and no write that would clear the undo history.
    if (readHighlightRecord(env.settings) === null) return ok(0);
    if (!support.conditionalFormats)
      return failed({ reason: 'unsupported', requirement: REQUIREMENTS.conditionalFormats });
    const result = await runExcel(env, (context) => clearHighlightsIn(context, support.api12));
    if (!result.ok) return result;
    const saveFailure = await writeHighlightRecord(env.settings, []);
    return saveFailure ? failed(saveFailure) : ok(result.value);
  }

  function createMissingSheets(lang: Lang, optional: readonly SheetKey[] = []): Promise<HostResult<readonly string[]>> {
    const where: { sheet?: string } = {};
    const requested = new Set(optional);
    return runExcel(
      env,
      (context) => createMissingSheetsIn(context, lang, { support, cellBudget, where, requested }),
      where,
    );
  }

  function insertSample(lang: Lang): Promise<HostResult> {
    const where: { sheet?: string } = {};
    // The sample's generator and texts load on this click only, not in the pane's first download.
    return runExcel(
      env,
      async (context) => {
        const { insertSampleIn } = await import(/* webpackChunkName: "sample" */ './insertSample');
        return insertSampleIn(context, lang, { support, cellBudget, where });
      },
      where,
    );
  }

  const createWorkbook = support.createWorkbook ? env.createWorkbook : undefined;
  async function openWorkbook(bytes: Uint8Array): Promise<HostResult> {
    if (!createWorkbook) return failed({ reason: 'unsupported', requirement: REQUIREMENTS.createWorkbook });
    try {
      await createWorkbook(bytesToBase64(bytes));
      return ok(undefined);
    } catch (error) {
      if (isOfficeError(error)) return failed(toHostFailure(error, { requirement: REQUIREMENTS.createWorkbook }));
      throw error;
    }
  }

  return {
    kind: 'excel',
    initialLang: langFromLocale(env.displayLanguage),
    readWorkbook,
    excel: {
      selectCell: (sheet, cell) => runExcel(env, (context) => selectCellIn(context, sheet, cell)),
      highlight,
      clearHighlights,
      createMissingSheets,
      insertSample,
      ...(createWorkbook ? { openWorkbook } : {}),
      onChanged: (callback) =>
        subscribeToChanges(env, callback, { support, debounceMs: options.debounceMs, reportError }),
      supports: {
        dataValidation: support.dataValidation,
        createWorkbook: support.createWorkbook,
        changeEvents: support.changeEvents,
      },
    },
  };
}
