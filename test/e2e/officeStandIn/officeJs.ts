/**
 * office.js as the pane meets it in Excel, for the browser tests: Office and Excel globals over the
 * Office.js mock of the unit tests (test/office/mock), with a small contract workbook open in it.
 * The e2e bundles this file with esbuild and serves it at office.js's address
 * (https://appsforoffice.microsoft.com/lib/1/hosted/office.js), through Chromium's routing.
 */
import { mockEnvironment } from '../../office/mock/mockEnvironment';
import { contractWorkbook } from '../../office/workbooks';

const doc = contractWorkbook(300);
const env = mockEnvironment(doc, { displayLanguage: 'en-GB' });

type Batch = (context: Excel.RequestContext) => Promise<unknown>;

const office = {
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    callback?.(info);
    return Promise.resolve(info);
  },
  HostType: { Excel: 'Excel' },
  context: {
    displayLanguage: env.displayLanguage,
    requirements: { isSetSupported: (name: string, version: string) => env.isSetSupported(name, version) },
    document: { settings: env.settings },
  },
};

const excel = {
  run(first: Excel.RunOptions | Batch, second?: Batch) {
    const [options, batch] = typeof first === 'function' ? [{}, first] : [first, second!];
    return env.run(options, batch);
  },
  createWorkbook: env.createWorkbook,
};

Object.assign(window, { Office: office, Excel: excel });
