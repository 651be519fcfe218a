import {
  generateSample,
  planToRawWorkbook,
  listLabel,
  type Lang,
  type RawCell,
  type ReportAudience,
  type SheetPlan,
  type WorkbookPlan,
} from '../../../core';
import { unzipText } from '../../../../test/helpers/xlsxParts';
import { reportBytes, reportModel, YEAR } from '../../../../test/report/sampleReport';

/**
 * The privacy test of report.md: a workbook whose personal and confidential texts carry
 * unique markers; both reports are unzipped and every part searched for them.
 */
const PERSONAL = ['EMAILMARK', 'PHONEMARK', 'DELEGATEMARK', 'SITEMARK', 'DESCMARK', 'CONFIDMARK'] as const;

function mark(plan: WorkbookPlan, lang: Lang): WorkbookPlan {
  const yes = listLabel('boolean', 'yes', lang);
  const sheets = plan.sheets.map((sheet): SheetPlan => {
    const col = (key: string): number => sheet.columns.findIndex((c) => c.key === key);
    const set = (row: RawCell[], key: string, value: RawCell): void => {
      const i = col(key);
      if (i >= 0) row[i] = value;
    };
    const rows = sheet.rows.map((source, n) => {
      const row = [...source];
      if (sheet.key === 'members') {
        set(row, 'name', `NAMEMARK${n}Z`);
        set(row, 'email', `EMAILMARK${n}Z`);
        set(row, 'phone', `PHONEMARK${n}Z`);
      }
      if (sheet.key === 'meetings') set(row, 'topics', `TOPICMARK${n}Z`);
      if (sheet.key === 'attendance') set(row, 'delegate', `DELEGATEMARK${n}Z`);
      if (sheet.key === 'incidents') {
        set(row, 'site', `SITEMARK${n}Z`);
        set(row, 'description', `DESCMARK${n}Z`);
        if (n % 3 === 0) {
          // A confidential incident: every text of it is a marker (its ID, place, referral).
          set(row, 'confidential', yes);
          set(row, 'incidentId', `CONFIDMARK-ID${n}Z`);
          set(row, 'territory', `CONFIDMARK-TERRITORY${n}Z`);
          set(row, 'referredTo', `CONFIDMARK-REFERRED${n}Z`);
        }
      }
      return row;
    });
    return { ...sheet, rows };
  });
  return { ...plan, sheets };
}

async function partsText(bytes: Uint8Array): Promise<Map<string, string>> {
  return unzipText(bytes);
}

function found(parts: Map<string, string>, pattern: RegExp): string[] {
  const hits = new Set<string>();
  for (const text of parts.values()) for (const m of text.matchAll(pattern)) hits.add(m[0]);
  return [...hits].sort();
}

describe.each(['fr', 'en'] as const)('the written report holds no personal or confidential text (%s)', (lang) => {
  const raw = planToRawWorkbook(mark(generateSample({ lang }), lang));
  const written = async (audience: ReportAudience) => {
    const model = reportModel(raw, YEAR, audience);
    return { model, parts: await partsText(await reportBytes(model, lang)) };
  };

  it('the marked workbook is usable: confidential incidents are in the figures', () => {
    const model = reportModel(raw, YEAR, 'internal');
    expect(model.incidents.kind).toBe('figures');
    const rows = model.incidents.kind === 'figures' ? (model.incidents.rows ?? []) : [];
    const recorded = model.incidents.kind === 'figures' ? model.incidents.recorded : null;
    expect(recorded?.kind === 'count' && recorded.value).toBeGreaterThan(rows.length);
  });

  it('donor report: no marker at all, in any part of the file', async () => {
    const { parts } = await written('donor');
    expect(parts.size).toBeGreaterThan(10);
    expect(found(parts, /[A-Z]+MARK[-A-Z]*\d+Z/g)).toEqual([]);
  });

  it('internal report: no email, phone, delegate, site, description or confidential text; names only of members at risk', async () => {
    const { model, parts } = await written('internal');
    for (const marker of PERSONAL) expect(found(parts, new RegExp(`${marker}[-A-Z]*\\d+Z`, 'g'))).toEqual([]);
    const atRisk = (model.membership.atRisk ?? []).map((m) => m.name).sort();
    expect(atRisk.length).toBeGreaterThan(0);
    expect(found(parts, /NAMEMARK\d+Z/g)).toEqual(atRisk);
    // The search does find what is there: the internal report lists meeting topics.
    expect(found(parts, /TOPICMARK\d+Z/g).length).toBeGreaterThan(0);
  });
});
