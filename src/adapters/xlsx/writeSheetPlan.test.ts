import type ExcelJS from 'exceljs';
import {
  buildTemplatePlan,
  dayFromYmd,
  generateSample,
  LANGS,
  LISTS,
  SHEETS,
  validateWorkbook,
  type Lang,
  type ListName,
  type WorkbookPlan,
} from '../../core';
import { writeSheetPlan } from './writeSheetPlan';
import { openWritten } from '../../../test/helpers/readBackWorkbook';
import { readWorkbookBytes } from './readWorkbook';

type Validation = { type: string; formulae: string[]; errorStyle?: string };
const validationsOf = (ws: ExcelJS.Worksheet): Record<string, Validation | undefined> =>
  (ws as unknown as { dataValidations: { model: Record<string, Validation | undefined> } }).dataValidations.model;

/** The allowed values of a list validation: an inline list or a defined name over the lists sheet. */
function allowedValues(wb: ExcelJS.Workbook, formula: string): string[] {
  if (formula.startsWith('"')) return formula.slice(1, -1).split(',');
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const range = names.find((n) => n.name === formula)?.ranges[0] ?? '';
  const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(range);
  if (!m) return [];
  const ws = wb.getWorksheet(m[1] ?? '');
  const out: string[] = [];
  for (let r = Number(m[3]); r <= Number(m[4]); r++) out.push(String(ws?.getCell(`${m[2] ?? ''}${r}`).value));
  return out;
}

describe.each(LANGS)('the written template (%s)', (lang: Lang) => {
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await writeSheetPlan(buildTemplatePlan(lang));
    wb = await openWritten(bytes);
  });

  it('has the seven contract sheets with their headers in the language, bold, then the hidden lists', () => {
    // The topic list is too long to write inline: its drop-down reads a hidden sheet.
    const plan = buildTemplatePlan(lang);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([...SHEETS.map((s) => s[lang]), plan.listsSheetName]);
    expect(wb.worksheets.at(-1)?.state).toBe('hidden');
    for (const [i, spec] of SHEETS.entries()) {
      const ws = wb.worksheets[i] as ExcelJS.Worksheet;
      const headers = spec.fields.map((_, c) => ws.getRow(1).getCell(c + 1).value);
      expect(headers).toEqual(spec.fields.map((f) => f[lang]));
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    }
  });

  it('freezes the header row and makes the six data sheets Excel tables', () => {
    const contract = wb.worksheets.slice(0, SHEETS.length);
    for (const ws of contract) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const tables = contract.map((ws) => Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables));
    expect(tables).toEqual([
      ['tblMembers'],
      ['tblMeetings'],
      ['tblAttendance'],
      ['tblIncidents'],
      ['tblStakeholders'],
      ['tblInitiatives'],
      [],
    ]);
  });

  it('formats date columns as dd/mm/yyyy and gives columns a readable width', () => {
    const members = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(members.getColumn(9).numFmt).toBe('dd/mm/yyyy');
    expect(members.getColumn(10).numFmt).toBe('dd/mm/yyyy');
    expect(members.getColumn(2).width).toBeGreaterThanOrEqual(20);
  });

  it('puts a drop-down of the language’s labels on every list column, down to row 1000', () => {
    let seen = 0;
    for (const [i, spec] of SHEETS.entries()) {
      const ws = wb.worksheets[i] as ExcelJS.Worksheet;
      const validations = validationsOf(ws);
      spec.fields.forEach((field, c) => {
        const letter = String.fromCharCode(65 + c);
        const top = validations[`${letter}2`];
        const list = field.type.kind === 'list' || field.type.kind === 'multi' ? field.type.list : null;
        if (list === null) {
          expect(top).toBeUndefined();
          return;
        }
        seen++;
        expect(top?.type).toBe('list');
        expect(validations[`${letter}1000`]).toEqual(top);
        expect(allowedValues(wb, top?.formulae[0] ?? '')).toEqual(LISTS[list as ListName].map((e) => e[lang]));
        // Topics and countries hold several values: the drop-down suggests, Excel never warns.
        expect([field.key, (top as { showErrorMessage?: boolean } | undefined)?.showErrorMessage === true]).toEqual([
          field.key,
          field.type.kind === 'list',
        ]);
      });
    }
    // The ten lists of the first sheets, topics and lessons, the mapping's pillar and influence, the initiatives' kind.
    expect(seen).toBe(15);
  });

  it('fills Settings with every setting and its default, and validates with no issue at all', async () => {
    const raw = await readWorkbookBytes(bytes);
    expect(raw.sheets[6]?.rows).toHaveLength(16);
    const result = validateWorkbook(raw, { asOf: dayFromYmd(2025, 9, 30) });
    expect(result.issues).toEqual([]);
  });
});

describe('the written sample', () => {
  it.each(LANGS)('validates with no issue at all once read back by the project’s reader (%s)', async (lang) => {
    const raw = await readWorkbookBytes(await writeSheetPlan(generateSample({ lang })));
    const result = validateWorkbook(raw, { asOf: dayFromYmd(2025, 9, 30) });
    expect(result.issues).toEqual([]);
    expect(result.members.length).toBeGreaterThanOrEqual(55);
  });

  it('holds the same cell values for the same seed, other values for another seed', async () => {
    const cells = async (seed: number) => readWorkbookBytes(await writeSheetPlan(generateSample({ lang: 'fr', seed })));
    const a = await cells(11);
    expect(await cells(11)).toEqual(a);
    expect(await cells(12)).not.toEqual(a);
  });

  it('writes dates as real dates, shown as dd/mm/yyyy', async () => {
    const wb = await openWritten(await writeSheetPlan(generateSample({ lang: 'en' })));
    const cell = wb.getWorksheet('Meetings')?.getCell('B2');
    expect(cell?.value).toBeInstanceOf(Date);
    expect(cell?.numFmt).toBe('dd/mm/yyyy');
  });
});

describe('long lists', () => {
  it('go to a hidden lists sheet through a defined name when an inline list would pass 255 characters', async () => {
    const plan = buildTemplatePlan('en');
    const long = Array.from({ length: 40 }, (_, i) => `A rather long label number ${i}`);
    const withLong: WorkbookPlan = {
      ...plan,
      sheets: plan.sheets.map((s, i) =>
        i === 0
          ? {
              ...s,
              columns: s.columns.map((c) =>
                c.key === 'pillar'
                  ? { ...c, kind: { kind: 'list', list: 'pillar', labels: long, multiple: false } }
                  : c,
              ),
            }
          : s,
      ),
    };
    const wb = await openWritten(await writeSheetPlan(withLong));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      'Members',
      'Meetings',
      'Attendance',
      'Incidents',
      'Stakeholders',
      'Initiatives',
      'Settings',
      'Lists',
    ]);
    expect(wb.getWorksheet('Lists')?.state).toBe('hidden');
    const formula = validationsOf(wb.worksheets[0] as ExcelJS.Worksheet)['D2']?.formulae[0] ?? '';
    expect(formula.startsWith('"')).toBe(false);
    expect(allowedValues(wb, formula)).toEqual(long);
    // The lists sheet matches no contract sheet: the workbook still validates.
    expect(validateWorkbook(await readWorkbookBytes(await writeSheetPlan(withLong)), { asOf: 0 }).issues).toEqual([]);
  });
});
