import { createExcelHost } from '../../src/adapters/office/excelHost';
import { toHostFailure } from '../../src/adapters/office/hostFailure';
import { MockDocument } from './mock/mockDocument';
import { mockEnvironment } from './mock/mockEnvironment';
import { contractWorkbook } from './workbooks';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the Excel host', () => {
  it('takes its first language from Office’s display language', () => {
    const doc = new MockDocument();
    expect(createExcelHost({ env: mockEnvironment(doc, { displayLanguage: 'fr-FR' }) }).initialLang).toBe('fr');
    expect(createExcelHost({ env: mockEnvironment(doc, { displayLanguage: 'fr-CD' }) }).initialLang).toBe('fr');
    expect(createExcelHost({ env: mockEnvironment(doc, { displayLanguage: 'en-GB' }) }).initialLang).toBe('en');
    expect(createExcelHost({ env: mockEnvironment(doc, { displayLanguage: 'sw-CD' }) }).initialLang).toBe('en');
  });

  it('turns features off where the requirement sets are missing, and on where they are present', () => {
    const old = new MockDocument();
    old.apiMinor = 1;
    const oldHost = createExcelHost({ env: mockEnvironment(old) });
    expect(oldHost.excel.supports).toEqual({ dataValidation: false, createWorkbook: false, changeEvents: false });
    expect(oldHost.excel.openWorkbook).toBeUndefined();
    const current = createExcelHost({ env: mockEnvironment(new MockDocument()) });
    expect(current.excel.supports).toEqual({ dataValidation: true, createWorkbook: true, changeEvents: true });
    expect(current.excel.openWorkbook).toBeDefined();
  });

  it('selects an issue’s cell, activating its sheet first', async () => {
    const doc = contractWorkbook(10);
    doc.addSheet('Présences ');
    const host = createExcelHost({ env: mockEnvironment(doc) });
    expect(await host.excel.selectCell('Attendance', 'Attendance!C4')).toEqual({ ok: true, value: undefined });
    expect([doc.active, doc.selection]).toEqual(['Attendance', 'Attendance!C4']);
    expect((await host.excel.selectCell('Présences ', "'Présences '!A266")).ok).toBe(true);
    expect(doc.selection).toBe('Présences !A266');
    expect(await host.excel.selectCell('Gone', 'Gone!A1')).toMatchObject({
      ok: false,
      failure: { reason: 'excel', code: 'ItemNotFound' },
    });
  });

  it('calls back once after a burst of edits, and stops after unsubscribing', async () => {
    const doc = contractWorkbook(10);
    const host = createExcelHost({ env: mockEnvironment(doc), debounceMs: 30 });
    let calls = 0;
    const unsubscribe = host.excel.onChanged(() => {
      calls += 1;
    });
    await wait(5);
    expect(doc.handlerCount()).toBe(1); // ExcelApi 1.9: one event for the whole workbook
    doc.userEdit('Members');
    doc.userEdit('Attendance');
    doc.userEdit('Members');
    expect(calls).toBe(0);
    await wait(60);
    expect(calls).toBe(1);
    unsubscribe();
    await wait(5);
    expect(doc.handlerCount()).toBe(0);
    doc.userEdit('Members');
    await wait(60);
    expect(calls).toBe(1);
  });

  it('watches each sheet and new sheets with ExcelApi 1.7, and nothing without it', async () => {
    const doc = contractWorkbook(10);
    doc.apiMinor = 7;
    createExcelHost({ env: mockEnvironment(doc), debounceMs: 10 }).excel.onChanged(() => undefined);
    await wait(5);
    expect(doc.handlerCount()).toBe(doc.sheets.length + 1);

    const old = contractWorkbook(10);
    old.apiMinor = 6;
    const unsubscribe = createExcelHost({ env: mockEnvironment(old) }).excel.onChanged(() => undefined);
    await wait(5);
    expect(old.handlerCount()).toBe(0);
    expect(() => unsubscribe()).not.toThrow();
  });

  it('reports a change-event registration that Excel refused instead of hiding it', async () => {
    const doc = contractWorkbook(10);
    const env = mockEnvironment(doc);
    const errors: unknown[] = [];
    const failing = {
      ...env,
      run: () => Promise.reject(Object.assign(new Error('boom'), { code: 'GeneralException' })),
    };
    createExcelHost({ env: failing, reportError: (e) => errors.push(e) }).excel.onChanged(() => undefined);
    await wait(5);
    expect(errors).toHaveLength(1);
  });

  it('turns Excel’s error codes into failures the pane can explain', () => {
    expect(toHostFailure({ code: 'InvalidOperationInCellEditMode', message: '' })).toEqual({ reason: 'editing' });
    expect(toHostFailure({ code: 'AccessDenied', message: '' }, { sheet: 'Membres' })).toEqual({
      reason: 'protected',
      sheet: 'Membres',
    });
    expect(toHostFailure({ code: 'ApiNotFound', message: '' }, { requirement: 'ExcelApi 1.8' })).toEqual({
      reason: 'unsupported',
      requirement: 'ExcelApi 1.8',
    });
    expect(toHostFailure({ code: 'GeneralException', message: 'Something' })).toEqual({
      reason: 'excel',
      code: 'GeneralException',
      message: 'Something',
    });
  });

  it('lets a bug surface instead of dressing it as an Excel failure', async () => {
    const doc = contractWorkbook(10);
    const env = mockEnvironment(doc);
    const broken = { ...env, run: () => Promise.reject(new TypeError('undefined is not a function')) };
    await expect(createExcelHost({ env: broken }).excel.selectCell('Members', 'A1')).rejects.toThrow(TypeError);
  });

  it('explains a protected sample sheet', async () => {
    const doc = new MockDocument();
    doc.addSheet('Members').protected = true;
    expect(await createExcelHost({ env: mockEnvironment(doc) }).excel.insertSample('en')).toEqual({
      ok: false,
      failure: { reason: 'protected', sheet: 'Members' },
    });
  });

  it('opens a report as a new workbook, handing Excel its bytes in base64', async () => {
    const doc = new MockDocument();
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]);
    expect(await createExcelHost({ env: mockEnvironment(doc) }).excel.openWorkbook!(bytes)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(doc.opened).toEqual([Buffer.from(bytes).toString('base64')]);
  });
});
