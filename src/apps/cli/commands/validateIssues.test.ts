import { join } from 'node:path';
import {
  dayFromIso,
  formatIssueMessage,
  ISSUE_CODES,
  issueMessages,
  validateWorkbook,
  type RawWorkbook,
} from '../../../core';
import { runCli, tempFolder } from '../../../../test/helpers/runCli';
import { cleanSheets, workbook, type Grid } from '../../../../test/builders/workbook';
import { writeXlsx } from '../../../../test/builders/writeXlsx';

/** workbook.md, "Issues": messages in both languages; the JSON of `vpwg validate --json`. */

const asOf = dayFromIso('2025-09-30')!;

/** A workbook that raises every issue code, and every variant of a message. */
function everything(): RawWorkbook {
  const s = cleanSheets();
  s.Members![0]!.push('Notes', 'Pilier'); // header/unknown, header/duplicate
  s.Members!.push(
    ['M1', 'Eve', 'Org', 'Societe civil', 'Femal', '01/01/2024'], // cell/unique, cell/enum + hint, warning + hint
    ['M6', null, 'Org', 'Banque', 'Zz', '05/03/24', '01/01/2020'], // required, enum, enum warning, type
    ['M7', 'Gil', 'Org', 'NGO', null, 60], // serial 60
    ['M8', 'Hal', 'Org', 'NGO', null, '01/01/2026'], // future
    ['M9', 'Ivy', 'Org', 'NGO', null, '01/01/2024', '01/01/2023'], // order
  );
  s.Meetings!.push(['R4', '15/05/2025'], ['R5', '15/11/2025', null, 'Tenue']); // no attendance, future
  s.Attendance!.push(['R1', 'M1', 'Present'], ['R9', 'M1', 'Present'], ['R1', 'M3', 'Present']);
  s.Members![3]![5] = '01/04/2025'; // M3 joins after R1: not a member
  s.Incidents!.push(
    ['I3', '01/05/2025', '01/04/2025', 'Kipushi', 'Other', 'PNC', 'R1', 'Clos', '01/04/2025', 'peut-être'],
    ['I4', '01/05/2025', null, 'Kipushi', 'Other', 'PNC', 'R9', 'Closed', null, null],
    ['I5', '01/05/2025', null, 'Kipushi', 'Other', 'PNC', null, 'Closed', null, null],
    ['I6', '01/11/2025', null, 'Kipushi', 'Other', 'PNC', null, 'Open', null, null],
  );
  // programme.md: a pillar that is not the member's, a date before identified, an unknown
  // member; a meeting naming an initiative the Initiatives sheet lacks (with and without a hint).
  s.Stakeholders!.push(
    ['S3', 'Guard Co', 'Government', null, '01/03/2025', null, 'M2'],
    ['S4', 'Other Co', 'NGO', null, '01/03/2025', '01/02/2025', 'M99'],
  );
  s.Meetings![0]!.push('Linked initiative');
  s.Meetings![1]!.push('IDKA; Forum minier');
  s.Settings!.push(
    ['Target attendance rate', '150%'],
    ['Engagement window (meetings)', 2],
    ['Couleur', 'bleu'],
    ['Group name', 'Again'],
    ['Follow-up overdue after (days)', new Date(Date.UTC(2024, 0, 1))], // a date in a count
    ['A link is dormant after (days)', 5000], // above its bound
  );
  // A visible and a hidden second Members; another tool's Paramètres beside Settings.
  const book = workbook({ ...s, Membres: s.Members!, 'Liste des membres': s.Members!, Parametres: [['Clé']] });
  return {
    ...book,
    sheets: book.sheets.map((sheet) => (sheet.name === 'Liste des membres' ? { ...sheet, hidden: true } : sheet)),
  };
}

/**
 * Missing sheets, the optional one too, a sheet without a required column, another tool's
 * Incidents, Cartographie, Liens (Initiatives) and Paramètres, and a hidden pair of Meetings sheets.
 */
function missing(): RawWorkbook {
  const book = workbook({
    Members: [['Member ID', 'Name']],
    Meetings: cleanSheets().Meetings!,
    Réunions: cleanSheets().Meetings!,
    Incidents: [['Notes']],
    Cartographie: [['Notes']],
    Liens: [['Notes']],
    Paramètres: [['Clé', 'Valeur']],
  });
  return {
    ...book,
    sheets: book.sheets.map((sheet) =>
      sheet.name.endsWith('nions') || sheet.name === 'Meetings' ? { ...sheet, hidden: true } : sheet,
    ),
  };
}

/** An ISO date as messages write it, day first (the value of a date in a count setting). */
const dayFirst = (value: string) => value.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');

describe('messages', () => {
  const all = [...validateWorkbook(everything(), { asOf }).issues, ...validateWorkbook(missing(), { asOf }).issues];

  it('the workbooks above raise every code of the spec', () => {
    expect(new Set(all.map((i) => i.code))).toEqual(new Set(ISSUE_CODES));
  });

  it('… and every message of the sheets’ choice and of count settings, in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      const messages = new Set(all.map((i) => formatIssueMessage(i, lang)));
      const templates = Object.entries(issueMessages[lang]).filter(([key]) =>
        /^(sheet\/duplicate|sheet\/foreign|cell\/type_count)/.test(key),
      );
      const unused = templates.filter(([, template]) => {
        const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\{\w+\}\}/g, '.*');
        return ![...messages].some((m) => new RegExp(`^${pattern}$`, 's').test(m));
      });
      expect(unused.map(([key]) => key)).toEqual([]);
    }
  });

  it.each(['fr', 'en'] as const)(
    'in %s: no placeholder left, nothing empty between quotes, the value named',
    (lang) => {
      for (const issue of all) {
        const message = formatIssueMessage(issue, lang);
        const context = `${issue.code} ${issue.cell ?? issue.sheet}: ${message}`;
        expect([context, /\{\{|\}\}|undefined|null|NaN/.test(message)]).toEqual([context, false]);
        expect([context, /“\s*”|«\s*»|""|\(\s*\)/.test(message)]).toEqual([context, false]);
        if (issue.value !== null && !['cell/future', 'cell/order', 'incident/closed-date-missing'].includes(issue.code))
          expect(message).toContain(dayFirst(issue.value));
      }
    },
  );

  it('a setting’s default is written as each language writes numbers (0,6 in French)', () => {
    const rate = all.find((i) => i.code === 'cell/type' && i.field === 'attendanceTarget')!;
    expect(formatIssueMessage(rate, 'fr')).toContain('La valeur par défaut (0,6) est utilisée.');
    expect(formatIssueMessage(rate, 'en')).toContain('The default (0.6) is used.');
  });

  it('French and English messages differ for every issue', () => {
    for (const issue of all) expect(formatIssueMessage(issue, 'fr')).not.toBe(formatIssueMessage(issue, 'en'));
  });
});

describe('vpwg validate --json', () => {
  const dir = tempFolder();

  const writeSheets = (name: string, sheets: Record<string, Grid>): Promise<string> =>
    writeXlsx(join(dir, name), workbook(sheets));

  it('prints exactly { valid, counts, issues } with the issue keys in the spec order, sorted; exit 1 on errors', async () => {
    const s = cleanSheets();
    s.Attendance![1]![2] = 'Maybe';
    s.Members![2]![4] = 'Femal';
    s.Members![0]!.push('Notes');
    const attendance = s.Attendance!;
    delete s.Attendance;
    delete s.Incidents;
    const file = await writeSheets('errors.xlsx', { 'Présences ': attendance, ...s });
    const run = await runCli(['validate', file, '--json', '--lang', 'fr', '--as-of', '2025-09-30']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as {
      valid: boolean;
      counts: Record<string, number>;
      issues: Record<string, unknown>[];
    };
    expect(Object.keys(json)).toEqual(['valid', 'counts', 'issues']);
    expect(json.valid).toBe(false);
    expect(Object.keys(json.counts)).toEqual(['error', 'warning', 'info']);
    expect(json.counts).toEqual({ error: 1, warning: 2, info: 1 });
    for (const issue of json.issues)
      expect(Object.keys(issue)).toEqual([
        'code',
        'severity',
        'sheet',
        'row',
        'column',
        'cell',
        'field',
        'value',
        'message',
        'hint',
      ]);
    expect(json.issues.map((i) => [i.code, i.severity, i.sheet, i.cell, i.hint])).toEqual([
      ['sheet/missing', 'warning', 'Incidents', null, null],
      ['cell/enum', 'error', 'Présences ', "'Présences '!C2", null],
      ['header/unknown', 'info', 'Members', 'Members!H1', null],
      ['cell/enum', 'warning', 'Members', 'Members!E3', 'Female'],
    ]);
    expect(json.issues[1]!.message).toBe(
      '«\u00a0Maybe\u00a0» ne fait pas partie de la liste pour «\u00a0Présence\u00a0».',
    );
  });

  it('valid is true and the exit code 0 when there are only warnings and infos', async () => {
    const s = cleanSheets();
    s.Members![2]![4] = 'Femal';
    const file = await writeSheets('warnings.xlsx', s);
    const run = await runCli(['validate', file, '--json', '--as-of', '2025-09-30']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: true, counts: { error: 0, warning: 1, info: 0 } });
  });
});
