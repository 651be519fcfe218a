import {
  dayToYmd,
  generateSample,
  planToRawWorkbook,
  type Day,
  type Lang,
  type RawCell,
  type RawWorkbook,
} from '../../src/core';
import type { ExcelActions, Host } from '../../src/ports';

/** The built-in sample as an in-memory workbook, ending in the month of `today`. */
export function sampleWorkbook(lang: Lang, today: Day): RawWorkbook {
  const { year, month } = dayToYmd(today);
  return planToRawWorkbook(generateSample({ lang, end: { year, month } }));
}

/** The sample with mistakes planted: a bad pillar, a blank required ID, an unknown member. */
export function messyWorkbook(today: Day): RawWorkbook {
  const clean = sampleWorkbook('en', today);
  const edit = (sheet: string, row: number, column: number, value: RawCell) => {
    const s = clean.sheets.find((x) => x.name === sheet);
    const rows = s?.rows as RawCell[][] | undefined;
    const r = rows?.[row];
    if (!r) throw new Error(`no row ${row} in ${sheet}`);
    r[column] = value;
  };
  edit('Members', 2, 3, 'Extractve'); // pillar, one letter off
  edit('Meetings', 3, 0, null); // Meeting ID blank
  edit('Attendance', 4, 1, 'M999'); // no such member
  return clean;
}

export function webHost(workbook: RawWorkbook, initialLang: Lang): Host {
  return { kind: 'web', initialLang, excel: null, readWorkbook: async () => ({ ok: true, value: workbook }) };
}

/** An Excel host over an in-memory workbook, recording the actions the interface asks for. */
export function excelHost(workbook: RawWorkbook, initialLang: Lang): Host & { calls: string[] } {
  const calls: string[] = [];
  const excel: ExcelActions = {
    selectCell: async (sheet, cell) => {
      calls.push(`select ${sheet} ${cell}`);
      return { ok: true, value: undefined };
    },
    highlight: async (issues) => {
      calls.push(`highlight ${issues.length}`);
      return { ok: true, value: issues.length };
    },
    clearHighlights: async () => {
      calls.push('clear');
      return { ok: true, value: 0 };
    },
    createMissingSheets: async (lang, optional = []) => {
      calls.push(`create ${lang}${optional.map((key) => ` +${key}`).join('')}`);
      return { ok: false, failure: { reason: 'protected', sheet: 'Membres' } };
    },
    insertSample: async (lang) => {
      calls.push(`sample ${lang}`);
      return { ok: true, value: undefined };
    },
    onChanged: () => () => undefined,
    supports: { dataValidation: true, createWorkbook: true, changeEvents: true },
  };
  return { kind: 'excel', initialLang, excel, readWorkbook: async () => ({ ok: true, value: workbook }), calls };
}
