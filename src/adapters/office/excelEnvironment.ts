/**
 * The few Office.js entry points the adapter uses, gathered in one object so that the task pane
 * passes the real globals (after Office.onReady) and tests pass a mock shaped like them.
 */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(
    callback: (result: {
      status: 'succeeded' | 'failed' | string;
      error?: { code: number | string; message: string };
    }) => void,
  ): void;
}

export interface ExcelEnvironment {
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, minVersion: string): boolean;
  /** Settings stored inside the workbook (they travel with the file). */
  readonly settings: DocumentSettings;
  /** Office's display language, e.g. `fr-FR`. */
  readonly displayLanguage: string;
  /** Excel.createWorkbook (ExcelApi 1.8); absent where Office.js lacks it. */
  readonly createWorkbook?: (base64: string) => Promise<void>;
}

/** The real environment; call only after Office.onReady resolved in Excel. */
export function excelEnvironmentFromGlobals(): ExcelEnvironment {
  const settings = Office.context.document.settings;
  return {
    run: (options, batch) => Excel.run(options, batch),
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    settings: {
      get: (name) => settings.get(name) as unknown,
      set: (name, value) => settings.set(name, value),
      remove: (name) => settings.remove(name),
      saveAsync: (callback) =>
        settings.saveAsync((result) =>
          callback({
            status: String(result.status),
            error: result.error ? { code: result.error.code, message: result.error.message } : undefined,
          }),
        ),
    },
    displayLanguage: Office.context.displayLanguage,
    createWorkbook: typeof Excel.createWorkbook === 'function' ? (base64) => Excel.createWorkbook(base64) : undefined,
  };
}
