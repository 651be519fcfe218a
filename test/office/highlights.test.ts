import { createExcelHost } from '../../src/adapters/office/excelHost';
import { HIGHLIGHT_FILL, isHighlightFormula } from '../../src/adapters/office/highlights';
import { HIGHLIGHTS_SETTING } from '../../src/adapters/office/highlightStore';
import { parseAddress, type MockDocument } from './mock/mockDocument';
import { mockEnvironment } from './mock/mockEnvironment';
import { rectAddress } from './mock/mockRange';
import { cellIssue, rowIssue } from './issues';
import { contractWorkbook } from './workbooks';

/** A workbook whose user already has two conditional formats of their own. */
function workbookWithUserFormats(): MockDocument {
  const doc = contractWorkbook(20);
  doc.sheet('Attendance').conditionalFormats.push({
    id: 'user1',
    rect: parseAddress('C2:C21'),
    type: 'CellValue',
    formula: null,
    fill: '#00FF00',
  });
  doc.sheet('Members').conditionalFormats.push({
    id: 'user2',
    rect: parseAddress('A2:J41'),
    type: 'Custom',
    formula: '=$E2="F"',
    fill: '#FFFF00',
  });
  return doc;
}

const ownFormats = (doc: MockDocument) =>
  doc.sheets.flatMap((s) =>
    s.conditionalFormats
      .filter((cf) => isHighlightFormula(cf.formula))
      .map((cf) => `${s.name}!${rectAddress(cf.rect)}`),
  );
const userFormats = (doc: MockDocument) =>
  doc.sheets.flatMap((s) => s.conditionalFormats.filter((cf) => !isHighlightFormula(cf.formula)));

const issues = [
  cellIssue('Attendance', 'C', 3),
  cellIssue('Attendance', 'C', 4),
  cellIssue('Attendance', 'C', 5),
  cellIssue('Members', 'I', 7),
  rowIssue('Meetings', 9),
  cellIssue('Incidents', 'A', 2),
];

describe('highlighting the cells with issues', () => {
  it('marks the issue cells with conditional formats, neighbours merged, in three round trips', async () => {
    const doc = workbookWithUserFormats();
    const result = await createExcelHost({ env: mockEnvironment(doc) }).excel.highlight(issues);
    expect(result).toEqual({ ok: true, value: 5 });
    expect(doc.syncs).toBe(3);
    // The Incidents sheet does not exist in this workbook: its issue marks nothing.
    expect(ownFormats(doc).sort()).toEqual(['Attendance!C3:C5', 'Meetings!A9:XFD9', 'Members!I7']);
    expect(doc.sheet('Members').conditionalFormats.find((cf) => isHighlightFormula(cf.formula))?.fill).toBe(
      HIGHLIGHT_FILL,
    );
    // Nothing but conditional formats: no cell value changed.
    expect(doc.sheet('Attendance').rows).toEqual(contractWorkbook(20).sheet('Attendance').rows);
  });

  it('after the pane is reloaded, clears exactly its own marks and leaves the user’s formats', async () => {
    const doc = workbookWithUserFormats();
    const before = structuredClone(userFormats(doc));
    await createExcelHost({ env: mockEnvironment(doc) }).excel.highlight(issues);
    expect(doc.savedSettings.get(HIGHLIGHTS_SETTING)).toMatchObject({
      version: 1,
      marks: expect.arrayContaining([expect.objectContaining({ sheet: 'Members', address: 'I7' })]),
    });

    const reloaded = createExcelHost({ env: mockEnvironment(doc) });
    const cleared = await reloaded.excel.clearHighlights();
    expect(cleared).toEqual({ ok: true, value: 3 });
    expect(ownFormats(doc)).toEqual([]);
    expect(userFormats(doc)).toEqual(before);
    expect(doc.savedSettings.has(HIGHLIGHTS_SETTING)).toBe(false);
  });

  it('replaces its previous marks instead of piling them up, and finds them on a renamed sheet', async () => {
    const doc = workbookWithUserFormats();
    const host = createExcelHost({ env: mockEnvironment(doc) });
    await host.excel.highlight(issues);
    doc.sheet('Members').name = 'Membres';
    await host.excel.highlight([cellIssue('Attendance', 'D', 2)]);
    expect(ownFormats(doc)).toEqual(['Attendance!D2']);
    expect(userFormats(doc)).toHaveLength(2);
  });

  it('does not touch Excel to clear when it never highlighted this workbook', async () => {
    const doc = workbookWithUserFormats();
    expect(await createExcelHost({ env: mockEnvironment(doc) }).excel.clearHighlights()).toEqual({
      ok: true,
      value: 0,
    });
    expect(doc.syncs).toBe(0);
  });

  it('explains a protected sheet and writes nothing', async () => {
    const doc = workbookWithUserFormats();
    doc.sheet('Attendance').protected = true;
    const result = await createExcelHost({ env: mockEnvironment(doc) }).excel.highlight(issues);
    expect(result).toEqual({ ok: false, failure: { reason: 'protected', sheet: 'Attendance' } });
    expect(ownFormats(doc)).toEqual([]);
    expect(doc.savedSettings.has(HIGHLIGHTS_SETTING)).toBe(false);
  });

  it('says which requirement set is missing where conditional formats are not supported', async () => {
    const doc = workbookWithUserFormats();
    doc.apiMinor = 5;
    const result = await createExcelHost({ env: mockEnvironment(doc) }).excel.highlight(issues);
    expect(result).toEqual({ ok: false, failure: { reason: 'unsupported', requirement: 'ExcelApi 1.6' } });
    expect(doc.syncs).toBe(0);
  });
});
