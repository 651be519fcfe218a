import { createExcelHost } from '../../src/adapters/office/excelHost';
import { planReadBatches } from '../../src/adapters/office/readPlan';
import type { RawWorkbook } from '../../src/core';
import type { HostResult } from '../../src/ports';
import { MockContext } from './mock/mockContext';
import { MockDocument } from './mock/mockDocument';
import { mockEnvironment } from './mock/mockEnvironment';
import { contractWorkbook } from './workbooks';

function hostOver(doc: MockDocument, cellBudget?: number) {
  return createExcelHost({ env: mockEnvironment(doc), cellBudget });
}

/** The workbook read, or the test fails with the host's failure. */
async function readOk(reading: Promise<HostResult<RawWorkbook>>): Promise<RawWorkbook> {
  const result = await reading;
  if (!result.ok) throw new Error(`the read failed: ${result.failure.reason}`);
  return result.value;
}

describe('reading the workbook through Office.js', () => {
  it('reads a 50-row workbook in three round trips: names, used ranges, all values', async () => {
    const doc = contractWorkbook(50);
    const raw = await readOk(hostOver(doc).readWorkbook());
    expect(doc.syncs).toBe(3);
    expect(raw.sheets.map((s) => s.name)).toEqual(['Members', 'Meetings', 'Attendance']);
    const attendance = raw.sheets[2]!;
    expect(attendance.rows).toHaveLength(51);
    expect(attendance.rows[0]).toEqual(['Meeting ID', 'Member ID', 'Attendance', 'Delegate']);
    // Blank cells become null and trailing blanks are dropped; dates stay serial numbers.
    expect(attendance.rows[2]).toEqual(['R2', 'M002', 'Present']);
    expect(raw.sheets[0]!.rows[1]).toEqual([
      'M001',
      'Person 1',
      'Org 1',
      'Civil society',
      'F',
      null,
      null,
      null,
      44928,
    ]);
    expect(raw.date1904).toBe(false);
  });

  it('keeps the sync count constant as rows grow, until the payload budget needs more batches', async () => {
    const small = contractWorkbook(50);
    await readOk(hostOver(small).readWorkbook());
    const medium = contractWorkbook(5_000);
    await readOk(hostOver(medium).readWorkbook());
    expect(medium.syncs).toBe(small.syncs);
  });

  it('reads a 100,000-row sheet in payload-sized row blocks that Excel on the web accepts', async () => {
    const doc = contractWorkbook(100_000);
    // Excel on the web refuses the whole sheet in one response…
    const naive = new MockContext(doc);
    naive.workbook.worksheets.getItem('Attendance').getUsedRange().load('values');
    await expect(naive.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    doc.syncs = 0;
    doc.refusedResponses = 0;

    const progress: number[] = [];
    const raw = await readOk(
      hostOver(doc, 100_000).readWorkbook((p) => {
        if (p.step === 'values' && p.fraction !== null) progress.push(p.fraction);
      }),
    );
    // …so the block path ran: 2 syncs for names and extents, then one per 100,000-cell batch.
    const extents = [
      { sheet: 0, rowIndex: 0, columnIndex: 0, rowCount: 41, columnCount: 9 },
      { sheet: 1, rowIndex: 0, columnIndex: 0, rowCount: 37, columnCount: 4 },
      { sheet: 2, rowIndex: 0, columnIndex: 0, rowCount: 100_001, columnCount: 4 },
    ];
    const batches = planReadBatches(extents, 100_000).length;
    expect(batches).toBeGreaterThan(1);
    expect(doc.syncs).toBe(2 + batches);
    expect(doc.syncs).toBe(7);
    expect(doc.refusedResponses).toBe(0);
    expect(doc.largestResponse).toBeLessThanOrEqual(100_000);
    expect(progress[progress.length - 1]).toBe(1);
    const attendance = raw.sheets[2]!.rows;
    expect(attendance).toHaveLength(100_001);
    expect(attendance[100_000]).toEqual(['R28', 'M040', 'Present']);
    expect(attendance[25_001]).toEqual(['R17', 'M001', 'Absent']);
  });

  it('retries in halves when a batch of long texts passes the byte limit despite its cell count', async () => {
    const doc = new MockDocument();
    const long = 'x'.repeat(400);
    doc.addSheet('Incidents', [
      ['Incident ID', 'Description'],
      ...Array.from({ length: 20_000 }, (_, i) => [`I${i}`, long]),
    ]);
    const raw = await readOk(hostOver(doc).readWorkbook());
    expect(doc.refusedResponses).toBeGreaterThan(0);
    expect(raw.sheets[0]!.rows).toHaveLength(20_001);
    expect(raw.sheets[0]!.rows[20_000]).toEqual(['I19999', long]);
  });

  it('tells a date from a number in the Settings sheet by its format, even when the first batch is refused', async () => {
    const doc = new MockDocument();
    const long = 'x'.repeat(400);
    doc.addSheet('Paramètres', [
      ['Paramètre', 'Valeur'],
      ['Suivi en retard après (jours)', 45_292],
      ['Lien inactif après (jours)', 180],
    ]);
    doc.addSheet('Incidents', [
      ['Incident ID', 'Description', 'Date'],
      ...Array.from({ length: 20_000 }, (_, i) => [`I${i}`, long, 45_292]),
    ]);
    // Typed as dates: B2 of the settings, and the incidents' dates (numbers there, as ever).
    doc.sheet('Paramètres').numberFormats.push({ rect: { r0: 1, c0: 1, r1: 1, c1: 1 }, format: 'dd/mm/yyyy' });
    doc.sheet('Incidents').numberFormats.push({ rect: { r0: 1, c0: 2, r1: 20_000, c1: 2 }, format: 'dd/mm/yyyy' });
    const raw = await readOk(hostOver(doc).readWorkbook());
    expect(doc.refusedResponses).toBeGreaterThan(0);
    expect(raw.sheets[0]!.rows).toEqual([
      ['Paramètre', 'Valeur'],
      ['Suivi en retard après (jours)', new Date(Date.UTC(2024, 0, 1))],
      ['Lien inactif après (jours)', 180],
    ]);
    expect(raw.sheets[1]!.rows[1]).toEqual(['I0', long, 45_292]);
  });

  it('places a used range that does not start at A1 where Excel shows it', async () => {
    const doc = new MockDocument();
    doc.addSheet('Notes', [undefined, undefined, ['', 'Title', 'x'], ['', '', true]]);
    const raw = await readOk(hostOver(doc).readWorkbook());
    expect(raw.sheets[0]!.rows).toEqual([undefined, undefined, [null, 'Title', 'x'], [null, null, true]]);
  });

  it('detects a 1904 workbook without writing, and assumes 1900 where ExcelApi 1.2 is missing', async () => {
    const doc = contractWorkbook(5);
    doc.date1904 = true;
    expect((await readOk(hostOver(doc).readWorkbook())).date1904).toBe(true);
    doc.date1904 = false;
    expect((await readOk(hostOver(doc).readWorkbook())).date1904).toBe(false);
    const old = contractWorkbook(5);
    old.date1904 = true;
    old.apiMinor = 1;
    const raw = await readOk(hostOver(old).readWorkbook());
    expect(raw.date1904).toBe(false);
    expect(raw.sheets).toHaveLength(3);
  });

  it('waits while the user is editing a cell, and says so where Excel cannot wait', async () => {
    const doc = contractWorkbook(5);
    doc.setEditing(true);
    let done = false;
    const reading = hostOver(doc)
      .readWorkbook()
      .then(() => {
        done = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    doc.setEditing(false);
    await reading;
    expect(done).toBe(true);

    const old = contractWorkbook(5);
    old.honoursDelay = false;
    old.setEditing(true);
    // A failure like any other: data to word, never a throw.
    expect(await hostOver(old).readWorkbook()).toEqual({ ok: false, failure: { reason: 'editing' } });
  });
});
