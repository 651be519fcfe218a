import type { ExcelEnvironment } from '../../../src/adapters/office/excelEnvironment';
import { MockContext } from './mockContext';
import { OfficeMockError, type MockDocument } from './mockDocument';

export interface MockEnvironmentOptions {
  readonly displayLanguage?: string;
}

/**
 * The Office.js entry points over a MockDocument. Each call makes what a pane loading in Excel
 * would find: settings as last saved into the document (so a second environment over the same
 * document is a reloaded pane).
 */
export function mockEnvironment(doc: MockDocument, options: MockEnvironmentOptions = {}): ExcelEnvironment {
  const settings = new Map(doc.savedSettings);
  return {
    async run<T>(runOptions: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      if (doc.editing) {
        if (!runOptions.delayForCellEdit || !doc.honoursDelay)
          throw new OfficeMockError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
        await doc.waitForEditing();
      }
      const previous = runOptions.previousObjects;
      const context = previous instanceof MockContext ? previous : new MockContext(doc);
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pending > 0) throw new Error(`the batch ended with ${context.pending} commands never synced`);
      return result;
    },
    isSetSupported: (name, version) => name === 'ExcelApi' && doc.supports(Number(version.split('.')[1] ?? '0')),
    settings: {
      get: (name) => (settings.has(name) ? settings.get(name) : null),
      set: (name, value) => settings.set(name, JSON.parse(JSON.stringify(value)) as unknown),
      remove: (name) => settings.delete(name),
      saveAsync: (callback) => {
        doc.savedSettings = new Map(settings);
        callback({ status: 'succeeded' });
      },
    },
    displayLanguage: options.displayLanguage ?? 'en-US',
    createWorkbook: async (base64) => {
      doc.requireApi(8, 'createWorkbook');
      doc.opened.push(base64);
    },
  };
}
