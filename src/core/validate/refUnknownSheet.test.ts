import { dayFromIso, formatIssueMessage, issueSheetName, validateWorkbook, type Issue, type Lang } from '..';
import { cleanSheets, workbook, type Grid } from '../../../test/builders/workbook';

/**
 * `ref/unknown` names the sheet the user has: the tab the reference was looked up in, as the
 * workbook names it, whatever the language the message is read in (an English-named workbook
 * read in French says “Meetings”, not “Réunions”), and the contract's name in the user's
 * language only for a sheet the workbook lacks.
 */

const asOf = dayFromIso('2025-09-30')!;

/** The tabs that a reference is looked up in, named as a workbook may name them. */
interface Tabs {
  readonly Members: string;
  readonly Meetings: string;
  readonly Initiatives: string;
}

/**
 * The clean workbook with its referenced tabs renamed, and one unknown reference of each kind:
 * an Attendance meeting (R9) and member (M9), an incident shared at R7, a stakeholder's member
 * M8, and a meeting's initiative ITIE.
 */
function bookWithUnknownReferences(tabs: Tabs) {
  const sheets = cleanSheets();
  const meetings: Grid = [
    ['Meeting ID', 'Date', 'Type', 'Status', 'Linked initiative'],
    ['R1', '15/03/2025', 'Ordinary', 'Held', 'ITIE'],
    ['R2', '15/04/2025', null, null, null],
  ];
  sheets.Attendance!.push(['R9', 'M1', 'Present'], ['R1', 'M9', 'Present']);
  sheets.Incidents![2]![6] = 'R7';
  sheets.Stakeholders![2]![6] = 'M8';
  const { Members: members, Initiatives: initiatives, ...rest } = sheets;
  delete rest.Meetings;
  return workbook({
    [tabs.Members]: members!,
    [tabs.Meetings]: meetings,
    ...rest,
    [tabs.Initiatives]: initiatives!,
  });
}

function refMessages(tabs: Tabs, lang: Lang): string[] {
  const result = validateWorkbook(bookWithUnknownReferences(tabs), { asOf });
  return result.issues.filter((i) => i.code === 'ref/unknown').map((i) => formatIssueMessage(i, lang));
}

const q = (name: string) => `«\u00a0${name}\u00a0»`;

describe('ref/unknown names the workbook’s own tab', () => {
  it('an English-named workbook read in French names “Meetings” and “Members”, not « Réunions » and « Membres »', () => {
    expect(refMessages({ Members: 'Members', Meetings: 'Meetings', Initiatives: 'Partners' }, 'fr')).toEqual([
      `${q('ITIE')} ne figure pas dans la feuille ${q('Partners')}\u00a0: la réunion compte quand même comme liée à elle, sous ce nom. Ajoutez-la à la feuille, ou corrigez l’orthographe.`,
      `${q('R9')} n’existe pas dans la feuille ${q('Meetings')}.`,
      `${q('M9')} n’existe pas dans la feuille ${q('Members')}.`,
      `${q('R7')} n’existe pas dans la feuille ${q('Meetings')}.`,
      `${q('M8')} n’existe pas dans la feuille ${q('Members')}.`,
    ]);
  });

  it('a French-named workbook read in English names its tabs as written, a trailing space and an alias included', () => {
    expect(
      refMessages({ Members: 'Liste des membres', Meetings: 'Réunions ', Initiatives: 'Initiatives' }, 'en'),
    ).toEqual([
      '“ITIE” is not in the “Initiatives” sheet: the meeting still counts as linked to it, under this name. Add it to the sheet, or correct the spelling.',
      '“R9” does not exist in the “Réunions ” sheet.',
      '“M9” does not exist in the “Liste des membres” sheet.',
      '“R7” does not exist in the “Réunions ” sheet.',
      '“M8” does not exist in the “Liste des membres” sheet.',
    ]);
  });

  it('with two Meetings sheets, names the one the IDs were looked up in, not the one left unread', () => {
    const sheets = cleanSheets();
    sheets.Attendance!.push(['R9', 'M1', 'Present']);
    const { Meetings: meetings, ...rest } = sheets;
    const result = validateWorkbook(workbook({ Réunions: meetings!, ...rest, Meetings: meetings! }), { asOf });
    expect(result.issues.map((i) => [i.code, i.sheet])).toEqual([
      ['ref/unknown', 'Attendance'],
      ['sheet/duplicate', 'Meetings'],
    ]);
    expect(formatIssueMessage(result.issues[0]!, 'en')).toBe('“R9” does not exist in the “Réunions” sheet.');
  });

  it('two workbooks validated one after the other each name their own tabs, the issues of one tab sharing one detail', () => {
    const english = validateWorkbook(
      bookWithUnknownReferences({ Members: 'Members', Meetings: 'Meetings', Initiatives: 'Initiatives' }),
      { asOf },
    );
    const french = validateWorkbook(
      bookWithUnknownReferences({ Members: 'Membres', Meetings: 'Réunions', Initiatives: 'Initiatives' }),
      { asOf },
    );
    const details = (issues: readonly Issue[], target: string) =>
      issues.flatMap((i) => (i.code === 'ref/unknown' && i.detail.target === target ? [i.detail] : []));
    const englishMeetings = details(english.issues, 'Meetings');
    expect(englishMeetings).toHaveLength(2);
    expect(englishMeetings[1]).toBe(englishMeetings[0]);
    expect(englishMeetings[0]?.targetSheet).toBe('Meetings');
    expect(details(french.issues, 'Meetings').map((d) => d.targetSheet)).toEqual(['Réunions', 'Réunions']);
    expect(details(french.issues, 'Members').map((d) => d.targetSheet)).toEqual(['Membres', 'Membres']);
  });
});

describe('a Meetings sheet the workbook lacks', () => {
  const noMeetings = () => {
    const sheets = cleanSheets();
    delete sheets.Meetings;
    sheets.Attendance!.push(['R9', 'M1', 'Present']);
    return workbook(sheets);
  };

  it('is named « Réunions » in French and “Meetings” in English, and its IDs are not checked', () => {
    const result = validateWorkbook(noMeetings(), { asOf });
    const missing = result.issues.filter((i) => i.code === 'sheet/missing');
    expect(missing.map((i) => [issueSheetName(i, 'fr'), issueSheetName(i, 'en')])).toEqual([['Réunions', 'Meetings']]);
    expect(result.issues.filter((i) => i.code === 'ref/unknown')).toEqual([]);
  });

  it('a reference looked up in no tab names the contract sheet in the user’s language', () => {
    const issue: Issue = {
      code: 'ref/unknown',
      severity: 'error',
      sheet: 'Attendance',
      row: 6,
      column: 'A',
      cell: 'Attendance!A6',
      field: 'meetingId',
      value: 'R9',
      hint: null,
      detail: { target: 'Meetings', targetSheet: null },
    };
    expect(formatIssueMessage(issue, 'fr')).toBe(`${q('R9')} n’existe pas dans la feuille ${q('Réunions')}.`);
    expect(formatIssueMessage(issue, 'en')).toBe('“R9” does not exist in the “Meetings” sheet.');
  });
});
