import { dayFromIso, normaliseName, validateWorkbook, type RawWorkbook } from '..';
import { cleanSheets, cleanWith, workbook, type Grid } from '../../../test/builders/workbook';

/** workbook.md, "Matching names": every step of the normalising rule, and sheet and header matching. */

const asOf = dayFromIso('2025-09-30')!;
const check = (wb: RawWorkbook) => validateWorkbook(wb, { asOf });
const codes = (wb: RawWorkbook) =>
  check(wb).issues.map((i) => `${i.code} ${i.cell ?? i.sheet} ${i.field ?? ''}`.trim());

describe('the normalising rule, step by step', () => {
  it.each([
    ['lower-case', 'MEMBER ID', 'member id'],
    ['accents stripped', 'Réunions Élevée', 'reunions elevee'],
    ['parentheses deleted with what is inside', 'Date (jj/mm/aaaa)', 'date'],
    ['parentheses deleted, not turned into a space', 'Présent(e)s', 'presents'],
    ['nested parentheses deleted whole', "Date d'adhésion (jj (ou j)/mm/aaaa)", 'date d adhesion'],
    ['two groups of parentheses', 'Nom (a) complet (b)', 'nom complet'],
    ['colon and star deleted', 'Nom * :', 'nom'],
    ['colon deleted, not a space', 'Statut:Tenue', 'statuttenue'],
    ['_ - apostrophe, curly apostrophe and dot become spaces', "a_b-c'd’e.f", 'a b c d e f'],
    ['runs of white space, non-breaking ones too, collapse', 'ID\u00a0\u00a0 membre\t\n', 'id membre'],
    ['trimmed', '  Nom  ', 'nom'],
    ['the examples of the spec', "DATE D'ADHÉSION ", 'date d adhesion'],
    ['the examples of the spec', 'date_d_adhesion', 'date d adhesion'],
  ])('%s: %j → %j', (_step, input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('matches the spec examples to joined, name and present in a real sheet', () => {
    const members: Grid = [
      ['Member ID', 'Nom *', 'Organisation', 'Pillar', "Date d'adhésion (jj/mm/aaaa)"],
      ['M1', 'Ana', 'Org', 'Extractive', '01/01/2024'],
      ['M2', 'Ben', 'Org', 'PSC', '01/01/2024'],
      ['M3', 'Cleo', 'Org', 'Government', '01/01/2024'],
      ['M4', 'Dan', 'Org', 'NGO', '01/01/2024'],
    ];
    const attendance: Grid = [
      ['Meeting ID', 'Member ID', 'Attendance'],
      ['R1', 'M1', 'Présent(e)'],
      ['R1', 'M2', 'présente'],
      ['R2', 'M1', 'PRÉSENT'],
      ['R2', 'M4', 'R'],
    ];
    const result = check(cleanWith({ Members: members, Attendance: attendance }));
    expect(result.issues).toEqual([]);
    expect(result.attendance.map((a) => a.attendance)).toEqual(['present', 'present', 'present', 'represented']);
    expect(result.members.map((m) => m.name)).toEqual(['Ana', 'Ben', 'Cleo', 'Dan']);
  });
});

describe('header matching with the normalising rule', () => {
  it('reads headers written with nested parentheses, colons, stars, non-breaking spaces and odd case', () => {
    const members: Grid = [
      [
        'ID\u00a0membre :',
        'NOM *',
        'organisation (structure (ou service))',
        'Pilier*',
        'genre',
        'DATE D’ADHÉSION',
        'date_de_départ',
      ],
      ['M1', 'Ana', 'Org', 'Extractive', 'F', '01/01/2024', null],
      ['M2', 'Ben', 'Org', 'PSC', 'M', '01/01/2024', null],
      ['M3', 'Cleo', 'Org', 'Government', 'F', '01/01/2024', null],
      ['M4', 'Dan', 'Org', 'NGO', 'M', '01/01/2024', '30/06/2025'],
    ];
    expect(codes(cleanWith({ Members: members }))).toEqual([]);
  });
});

describe('sheet matching', () => {
  it.each([
    ['Membres', 'Members'],
    ['LISTE DES MEMBRES', 'Members'],
    ['member_list', 'Members'],
    ['Membres (2024)', 'Members'],
    ['Réunions', 'Meetings'],
    ['reunions', 'Meetings'],
    ['Meeting list', 'Meetings'],
    ['Présences ', 'Attendance'],
    ['Participation', 'Attendance'],
    ['Registre des incidents', 'Incidents'],
    ['Incident log', 'Incidents'],
    ['Paramètres', 'Settings'],
    ['CONFIG', 'Settings'],
  ] as const)('a sheet named %j is the %s sheet', (name, contract) => {
    const sheets = cleanSheets();
    const grid = sheets[contract]!;
    delete sheets[contract];
    const result = check(workbook({ ...sheets, [name]: grid }));
    expect(result.issues).toEqual([]);
    expect(result.sheetNames[contract]).toBe(name);
  });

  it('uses the first of two matching sheets; the other gets sheet/duplicate with all else null', () => {
    const sheets = cleanSheets();
    const result = check(
      workbook({
        'Liste des membres': sheets.Members!,
        Meetings: sheets.Meetings!,
        Attendance: sheets.Attendance!,
        Members: [['nothing useful']],
        Incidents: sheets.Incidents!,
        Stakeholders: sheets.Stakeholders!,
        Initiatives: sheets.Initiatives!,
      }),
    );
    expect(result.sheetNames.Members).toBe('Liste des membres');
    expect(result.issues).toEqual([
      {
        code: 'sheet/duplicate',
        severity: 'error',
        sheet: 'Members',
        row: null,
        column: null,
        cell: null,
        field: null,
        value: null,
        hint: null,
        detail: { usedSheet: 'Liste des membres', hidden: 'none' },
      },
    ]);
    expect(result.members).toHaveLength(4);
  });
});

describe('the header row', () => {
  it('is the first of the first 10 rows holding two headers; rows above are ignored; row numbers are Excel rows', () => {
    const members = cleanSheets().Members!;
    const grid: Grid = [
      ['Members of the group'],
      ['Name'], // one header only: a note, not the header row
      [],
      [null, null, null, null, null, null, null, null, null],
      ...Array.from({ length: 5 }, () => ['note']),
      ...members, // header at row 10
    ];
    const result = check(cleanWith({ Members: grid }));
    expect(result.issues).toEqual([]);
    expect(result.members.map((m) => m.row)).toEqual([11, 12, 13, 14]);
  });

  it('shuffled columns and an unknown column (header/unknown info, field null)', () => {
    const grid: Grid = [
      ['Joined', 'Notes', 'Pillar', 'Name', 'Member ID', 'Organisation'],
      ['01/01/2024', 'x', 'Extractive', 'Ana', 'M1', 'Org'],
      ['01/01/2024', null, 'PSC', 'Ben', 'M2', 'Org'],
      ['01/01/2024', null, 'Government', 'Cleo', 'M3', 'Org'],
      ['01/01/2024', null, 'NGO', 'Dan', 'M4', 'Org'],
    ];
    const result = check(cleanWith({ Members: grid }));
    expect(result.issues.map((i) => [i.code, i.severity, i.cell, i.field, i.value])).toEqual([
      ['header/unknown', 'info', 'Members!B1', null, 'Notes'],
    ]);
    expect(result.members.map((m) => m.pillar)).toEqual([
      'extractive',
      'private_security',
      'government',
      'civil_society',
    ]);
  });
});
