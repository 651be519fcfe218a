import { buildTemplatePlan, dayFromYmd, generateSample, validateWorkbook } from '../../src/core';
import { createExcelHost } from '../../src/adapters/office/excelHost';
import { MockDocument, parseAddress } from './mock/mockDocument';
import { mockEnvironment } from './mock/mockEnvironment';
import { rectAddress } from './mock/mockRange';
import { INITIATIVE_HEADERS_EN, STAKEHOLDER_HEADERS_FR } from '../helpers/programmeHeaders';

const hostOver = (doc: MockDocument) => createExcelHost({ env: mockEnvironment(doc) });

/** A French workbook with a Members sheet the user filled and one unrelated sheet. */
function frenchWorkbook(): MockDocument {
  const doc = new MockDocument();
  const members = doc.addSheet('Membres', [
    ['ID membre', 'Nom', 'Organisation', 'Pilier', 'Genre', 'Fonction', 'Courriel', 'Téléphone', "Date d'adhésion"],
    ['M001', 'Awa', 'ONG Justice', 'Société civile', 'F', '', '', '', 45000],
  ]);
  members.conditionalFormats.push({
    id: 'user',
    rect: parseAddress('A2:A2'),
    type: 'Custom',
    formula: '=TRUE',
    fill: '#FF0000',
  });
  doc.addSheet('Notes', [['à faire']]);
  return doc;
}

describe('creating the missing sheets', () => {
  it('adds only the missing contract sheets, as tables with French headers, formats and drop-downs', async () => {
    const doc = frenchWorkbook();
    const membersBefore = structuredClone(doc.sheet('Membres'));
    const result = await hostOver(doc).excel.createMissingSheets('fr');
    expect(result).toEqual({ ok: true, value: ['Réunions', 'Présences', 'Incidents', 'Paramètres'] });
    expect(doc.syncs).toBe(2);
    // The existing sheets are exactly as they were.
    expect(doc.sheet('Membres')).toEqual(membersBefore);
    expect(doc.sheets.map((s) => s.name)).toEqual([
      'Membres',
      'Notes',
      'Réunions',
      'Présences',
      'Incidents',
      'Paramètres',
    ]);

    const attendance = doc.sheet('Présences');
    expect(attendance.rows[0]).toEqual(['ID réunion', 'ID membre', 'Présence', 'Délégué']);
    expect(attendance.tables).toEqual([{ name: 'tblAttendance', rect: parseAddress('A1:D2') }]);
    expect(attendance.frozenRows).toBe(1);
    expect(attendance.validations.map((v) => [rectAddress(v.rect), v.rule])).toEqual([
      ['C2', { list: { inCellDropDown: true, source: 'Présent,Représenté,Excusé,Absent' } }],
    ]);
    expect(attendance.validations[0]!.errorAlert).toMatchObject({ showAlert: true, style: 'Warning' });

    // Every list column of every new table sheet has its drop-down, but the topics: their list is
    // too long for a drop-down written inline (Excel's 255 characters), and the pane writes no
    // hidden sheet of lists; topics are free text anyway.
    const plan = buildTemplatePlan('fr');
    const created = new Set(doc.sheets.map((s) => s.name));
    for (const sheet of plan.sheets.filter((s) => created.has(s.name) && s.key !== 'members' && s.layout === 'table')) {
      const listColumns = sheet.columns.filter((c) => c.kind.kind === 'list' && c.kind.list !== 'topic').length;
      expect([sheet.name, doc.sheet(sheet.name).validations.length]).toEqual([sheet.name, listColumns]);
    }
    const meetings = doc.sheet('Réunions');
    expect(meetings.numberFormats).toContainEqual({ rect: parseAddress('B2:B2'), format: 'dd/mm/yyyy' });
    // Settings are written with their defaults, values left as numbers.
    expect(doc.sheet('Paramètres').rows[0]).toEqual(['Paramètre', 'Valeur']);
    expect(doc.sheet('Paramètres').rows.length).toBeGreaterThan(5);
  });

  it('creates nothing when every contract sheet is there, in whichever language', async () => {
    const doc = frenchWorkbook();
    await hostOver(doc).excel.createMissingSheets('fr');
    const count = doc.sheets.length;
    doc.syncs = 0;
    expect(await hostOver(doc).excel.createMissingSheets('en')).toEqual({ ok: true, value: [] });
    expect(doc.sheets).toHaveLength(count);
    expect(doc.syncs).toBe(1);
  });

  it('gives a new table another name when the workbook already has one by that name', async () => {
    const doc = new MockDocument();
    doc.addSheet('Old').tables.push({ name: 'tblMembers', rect: parseAddress('A1:B2') });
    await hostOver(doc).excel.createMissingSheets('en');
    expect(doc.sheet('Members').tables[0]!.name).toBe('tblMembers2');
  });

  it('creates the sheets without drop-downs where data validation is missing (ExcelApi 1.8)', async () => {
    const doc = frenchWorkbook();
    doc.apiMinor = 7;
    const host = hostOver(doc);
    expect(host.excel.supports.dataValidation).toBe(false);
    expect((await host.excel.createMissingSheets('en')).ok).toBe(true);
    expect(doc.sheet('Attendance').validations).toEqual([]);
    expect(doc.sheet('Attendance').tables).toHaveLength(1);
  });

  it('explains a workbook whose structure is protected', async () => {
    const doc = frenchWorkbook();
    doc.workbookProtected = true;
    expect(await hostOver(doc).excel.createMissingSheets('fr')).toEqual({
      ok: false,
      failure: { reason: 'protected', sheet: 'Réunions' },
    });
    expect(doc.sheets).toHaveLength(2);
  });
});

describe('the programme’s optional sheets (Stakeholders, Initiatives)', () => {
  it('are never added unasked, even to a workbook that lacks every sheet', async () => {
    const doc = new MockDocument();
    doc.addSheet('Feuil1');
    const result = await hostOver(doc).excel.createMissingSheets('fr');
    expect(result).toEqual({ ok: true, value: ['Membres', 'Réunions', 'Présences', 'Incidents', 'Paramètres'] });
    expect(doc.sheets.map((s) => s.name)).not.toContain('Cartographie');
    expect(doc.sheets.map((s) => s.name)).not.toContain('Initiatives');
    // Asked for nothing optional: the same.
    const again = new MockDocument();
    again.addSheet('Feuil1');
    expect(await hostOver(again).excel.createMissingSheets('fr', [])).toEqual(result);
  });

  it('adds exactly the ticked one, with its headers, table and drop-downs, next to the missing required sheets', async () => {
    const doc = frenchWorkbook();
    const result = await hostOver(doc).excel.createMissingSheets('fr', ['stakeholders']);
    expect(result).toEqual({ ok: true, value: ['Réunions', 'Présences', 'Incidents', 'Cartographie', 'Paramètres'] });
    expect(doc.sheets.map((s) => s.name)).not.toContain('Initiatives');
    const mapping = doc.sheet('Cartographie');
    expect(mapping.rows[0]).toEqual(STAKEHOLDER_HEADERS_FR);
    expect(
      mapping.rows
        .slice(1)
        .flat()
        .filter((v) => v !== undefined && v !== null && v !== ''),
    ).toEqual([]);
    expect(mapping.tables).toHaveLength(1);
    // Pillar and influence are lists: a drop-down on each.
    expect(mapping.validations.map((v) => rectAddress(v.rect))).toEqual(['C2', 'F2']);
  });

  it('adds both when both are ticked, in English, to a workbook that has every required sheet', async () => {
    const doc = frenchWorkbook();
    await hostOver(doc).excel.createMissingSheets('fr');
    const before = doc.sheets.map((s) => structuredClone(s));
    const result = await hostOver(doc).excel.createMissingSheets('en', ['initiatives', 'stakeholders']);
    expect(result).toEqual({ ok: true, value: ['Stakeholders', 'Initiatives'] });
    expect(doc.sheet('Initiatives').rows[0]).toEqual(INITIATIVE_HEADERS_EN);
    expect(doc.sheet('Stakeholders').rows[0]?.[0]).toBe('Stakeholder ID');
    // The sheets that were there are exactly as they were.
    expect(doc.sheets.slice(0, before.length)).toEqual(before);
  });

  it('are not added twice: a workbook with a mapping under an alias keeps it alone', async () => {
    const doc = frenchWorkbook();
    doc.addSheet('Parties prenantes', [['ID', 'Organisation']]);
    const result = await hostOver(doc).excel.createMissingSheets('fr', ['stakeholders', 'initiatives']);
    expect(result.ok && result.value).toEqual(['Réunions', 'Présences', 'Incidents', 'Initiatives', 'Paramètres']);
    expect(doc.sheet('Parties prenantes').rows).toEqual([['ID', 'Organisation']]);
  });
});

describe('inserting the sample', () => {
  it('writes the sample into an empty workbook, and it reads back valid', async () => {
    const doc = new MockDocument();
    doc.addSheet('Feuil1');
    const host = hostOver(doc);
    expect(await host.excel.insertSample('fr')).toEqual({ ok: true, value: undefined });
    // Names, emptiness probes, then every sheet, table and drop-down in one write.
    expect(doc.syncs).toBe(3);
    const plan = generateSample({ lang: 'fr' });
    for (const sheet of plan.sheets)
      expect([sheet.name, doc.sheet(sheet.name).rows.length]).toEqual([sheet.name, sheet.rows.length + 1]);
    const read = await host.readWorkbook();
    if (!read.ok) throw new Error(read.failure.reason);
    const raw = read.value;
    const validated = validateWorkbook(raw, { asOf: dayFromYmd(2025, 12, 31) });
    expect(validated.counts.error).toBe(0);
    expect(validated.meetings.length).toBeGreaterThan(20);
  });

  it('writes dates in the workbook’s own date system', async () => {
    const serials = async (date1904: boolean) => {
      const doc = new MockDocument();
      doc.date1904 = date1904;
      doc.addSheet('Sheet1');
      await hostOver(doc).excel.insertSample('en');
      return doc.sheet('Meetings').rows[1]![1];
    };
    const in1900 = await serials(false);
    expect(typeof in1900).toBe('number');
    expect(await serials(true)).toBe((in1900 as number) - 1462);
  });

  it('refuses a workbook that holds anything, writing nothing', async () => {
    const doc = new MockDocument();
    doc.addSheet('Sheet1', [undefined, ['', 'note']]);
    expect(await hostOver(doc).excel.insertSample('en')).toEqual({ ok: false, failure: { reason: 'not-empty' } });
    expect(doc.sheets).toHaveLength(1);
  });
});
