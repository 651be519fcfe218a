import { dayFromIso, dayToIso, formatIssueMessage, validateWorkbook, type RawWorkbook } from '..';
import { cleanSheets, cleanWith, workbook, type Grid } from '../../../test/builders/workbook';

const asOf = dayFromIso('2025-09-30')!;
const check = (wb: RawWorkbook) => validateWorkbook(wb, { asOf });
const codes = (wb: RawWorkbook) => check(wb).issues.map((i) => `${i.code} ${i.cell ?? i.sheet}`);

describe('a French workbook as a secretariat writes it', () => {
  const french: Record<string, Grid> = {
    'Liste des membres': [
      ['Groupe de travail PV — liste tenue par le secrétariat'],
      [],
      [
        'Pilier',
        'NOM *',
        'ID MEMBRE',
        'Organisation',
        'Sexe',
        'DATE D’ADHÉSION (jj/mm/aaaa)',
        'Date_de_départ',
        'Fonction',
      ],
      ['Société civile', 'Awa', 12, 'ACIDH', 'Féminin', '05/03/2024', null, 'Coordinatrice'],
      [null, null, null, null, null, null, null, null],
      ['Entreprise minière', 'Bob', 'M13', 'KCC', 'H', 45000, null, null],
    ],
    Réunions: [
      ['ID réunion', 'Date', 'Statut', 'Thèmes'],
      ['R1', '2024-04-02', 'Tenue', 'Sécurité ; droits humains;'],
    ],
    Présences: [
      ['ID réunion', 'ID membre', 'Présence', 'Délégué'],
      ['r1', ' 12 ', 'Présente', null],
      ['R1', 'm13', 'R', 'Chef adjoint'],
    ],
  };
  const result = check(workbook(french));

  it('finds headers below a title row, in any order and spelling, and reads the records', () => {
    // Incidents (a warning), then the programme's optional sheets (an info each).
    expect(result.issues.map((i) => `${i.code} ${i.severity}`)).toEqual([
      'sheet/missing warning',
      'sheet/missing info',
      'sheet/missing info',
    ]);
    expect(result.members.map((m) => [m.memberId, m.pillar, m.gender, dayToIso(m.joined), m.row])).toEqual([
      ['12', 'civil_society', 'F', '2024-03-05', 4],
      ['M13', 'extractive', 'M', '2023-03-15', 6],
    ]);
    // `droits humains` is a topic of the list; `Sécurité` names none and counts as written.
    expect(result.meetings[0]!.topics).toEqual([
      { code: null, key: 'securite', written: 'Sécurité' },
      { code: 'human_rights', key: 'human_rights', written: 'droits humains' },
    ]);
    expect(result.meetings[0]!.status).toBe('held');
    expect(result.meetings[0]!.type).toBe('ordinary');
    expect(result.attendance.map((a) => [a.meetingKey, a.memberKey, a.attendance])).toEqual([
      ['r1', '12', 'present'],
      ['r1', 'm13', 'represented'],
    ]);
    expect(result.sheetNames).toEqual({
      Members: 'Liste des membres',
      Meetings: 'Réunions',
      Attendance: 'Présences',
      Incidents: null,
      Stakeholders: null,
      Initiatives: null,
      Settings: null,
    });
    expect(result.incidents).toBeNull();
  });
});

describe('header rows', () => {
  it('looks for the header in the first 10 rows only', () => {
    const members = cleanSheets().Members!;
    const late = [...Array.from({ length: 10 }, () => ['note']), ...members];
    expect(codes(cleanWith({ Members: late })).filter((c) => c.startsWith('header/missing'))).toHaveLength(5);
  });

  it('does not read a sheet with a missing required column, and checks no reference against it', () => {
    const members = cleanSheets().Members!.map((r) => r.slice(1));
    const result = check(cleanWith({ Members: members }));
    expect(result.members).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual(['header/missing']);
    expect(result.attendance).toHaveLength(4);
  });
});

describe('rows left out of the figures', () => {
  it('counts rows with errors per sheet, not the rows that depend on them', () => {
    const members = cleanSheets().Members!.map((r) => [...r]);
    members[1]![3] = 'Banque'; // M1's pillar: an error, M1 is left out
    const meetings = cleanSheets().Meetings!.map((r) => [...r]);
    meetings[2]![1] = '31/04/2025'; // R2's date: an error
    const result = check(cleanWith({ Members: members, Meetings: meetings }));
    expect(result.excludedRows).toEqual({
      Members: 1,
      Meetings: 1,
      Attendance: 0,
      Incidents: 0,
      Stakeholders: 0,
      Initiatives: 0,
    });
    // Attendance of M1 and at R2 stays (no issue of its own): the indicators leave it out.
    expect(result.attendance).toHaveLength(4);
    expect(result.members.map((m) => m.memberId)).toEqual(['M2', 'M3', 'M4']);
    expect(result.meetings.map((m) => m.meetingId)).toEqual(['R1', 'R3']);
  });

  it('keeps a row with only warnings', () => {
    const members = cleanSheets().Members!.map((r) => [...r]);
    members[1]![4] = 'Inconnu';
    const result = check(cleanWith({ Members: members }));
    expect(result.issues.map((i) => i.severity)).toEqual(['warning']);
    expect(result.members.find((m) => m.memberId === 'M1')!.gender).toBeNull();
  });
});

describe('the 1904 date system', () => {
  it('reads serials from 1904 workbooks as the same calendar days', () => {
    const sheets = cleanSheets();
    sheets.Members![1]![5] = 45000 - 1462; // 2023-03-15 in 1904 serials
    const result = validateWorkbook(workbook(sheets, true), { asOf });
    expect(dayToIso(result.members[0]!.joined)).toBe('2023-03-15');
  });
});

describe('issue order', () => {
  it('sorts by sheet order in the workbook, then row, then column, missing sheets first', () => {
    const sheets = cleanSheets();
    sheets.Attendance![1]![2] = 'Maybe'; // Attendance C2
    sheets.Members![3]![3] = 'Banque'; // Members D4
    sheets.Members![2]![5] = 'never'; // Members F3
    sheets.Members![2]![27] = 'x'; // a stray cell far right, no issue
    sheets.Members![0]![26] = 'Extra'; // header AA1
    sheets.Members![0]![7] = 'Notes'; // header H1
    delete sheets.Incidents;
    const order = codes(workbook(sheets));
    expect(order).toEqual([
      'sheet/missing Incidents',
      'header/unknown Members!H1',
      'header/unknown Members!AA1',
      'cell/type Members!F3',
      'cell/enum Members!D4',
      'cell/enum Attendance!C2',
    ]);
  });
});

describe('settings', () => {
  it('reads French labels and any rate spelling; bad values fall back to the default', () => {
    const settings: Grid = [
      ['Paramètre', 'Valeur'],
      ['Nom du groupe', 'GT Katanga'],
      ['Taux de présence visé', '70 %'],
      ["Part visée d'incidents partagés", 90],
      ['Fenêtre d’engagement (réunions)', 2],
      ['Plus petit effectif publié', '4'],
    ];
    const result = check(cleanWith({ Settings: settings }));
    expect(result.settings).toMatchObject({
      groupName: 'GT Katanga',
      attendanceTarget: 0.7,
      sharedTarget: 0.9,
      engagementWindow: 6,
      minCount: 4,
      overdueDays: 90,
    });
    expect(result.issues.map((i) => `${i.code} ${i.cell} ${i.field}`)).toEqual([
      'cell/type Settings!B5 engagementWindow',
    ]);
  });
});

describe('blank rows and cells', () => {
  it('skips blank rows anywhere and treats whitespace as blank', () => {
    const members = cleanSheets().Members!;
    const spaced: Grid = [
      members[0]!,
      [],
      ['  ', null, ''],
      members[1]!,
      [],
      members[2]!,
      members[3]!,
      members[4]!,
      [null],
      [],
    ];
    const result = check(cleanWith({ Members: spaced }));
    expect(result.issues).toEqual([]);
    expect(result.members.map((m) => m.row)).toEqual([4, 6, 7, 8]);
  });
});

describe('dates stored as serial numbers', () => {
  it('shows them as dates in issues, not as numbers', () => {
    const sheets = cleanSheets();
    sheets.Incidents![2]![1] = 45940; // 2025-10-10, after as-of
    const [issue] = check(workbook(sheets)).issues;
    expect(issue).toMatchObject({ code: 'cell/future', value: '2025-10-10' });
  });
});

describe('dates in messages', () => {
  it('writes both dates of a future-date warning day first, as the group does', () => {
    const sheets = cleanSheets();
    sheets.Incidents![2]![1] = 45940; // 2025-10-10
    const [issue] = check(workbook(sheets)).issues;
    expect(formatIssueMessage(issue!, 'fr')).toBe('La date 10/10/2025 est postérieure à aujourd’hui (30/09/2025).');
  });
});

describe('cells that hold no value', () => {
  it('treats NaN and an invalid date in a required cell as blank: cell/required', () => {
    const sheets = cleanSheets();
    sheets.Members![1]![1] = Number.NaN; // Name
    sheets.Members![2]![5] = new Date(Number.NaN); // Joined
    const issues = check(workbook(sheets)).issues.map((i) => `${i.code} ${i.cell}`);
    expect(issues).toEqual(['cell/required Members!B2', 'cell/required Members!F3']);
  });
});
