import { dayFromIso, formatIssueMessage, validateWorkbook, type Issue, type RawWorkbook } from '..';
import { cleanSheets, cleanWith, withCell, withRows, workbook, type Grid } from '../../../test/builders/workbook';

/** workbook.md, "Issues": where each issue points, which rows are left out, what is checked. */

const asOf = dayFromIso('2025-09-30')!;
const check = (wb: RawWorkbook) => validateWorkbook(wb, { asOf });
const brief = (i: Issue) => `${i.code} ${i.severity} ${i.cell ?? `${i.sheet}:${i.row ?? '-'}`} ${i.field ?? '-'}`;
const issues = (wb: RawWorkbook) => check(wb).issues.map(brief);

describe('cell references', () => {
  it('quotes a sheet name that needs it, and not one that does not', () => {
    const sheets = cleanSheets();
    const attendance = sheets.Attendance!;
    attendance[1]![2] = 'Maybe';
    const members = sheets.Members!;
    members[1]![3] = 'Banque';
    delete sheets.Attendance;
    delete sheets.Members;
    const result = check(workbook({ 'Liste des membres': members, ...sheets, 'Présences ': attendance }));
    expect(result.issues.map((i) => i.cell)).toEqual(["'Liste des membres'!D2", "'Présences '!C2"]);
  });

  it('doubles an apostrophe in a quoted name', () => {
    const sheets = cleanSheets();
    const attendance = sheets.Attendance!;
    attendance[1]![2] = 'Maybe';
    delete sheets.Attendance;
    const result = check(workbook({ ...sheets, "Présences d'avril": attendance }));
    // not a contract name: the sheet is missing instead
    expect(result.issues.map((i) => i.code)).toEqual(['sheet/missing']);
    const named = check(workbook({ ...sheets, "Présence'": attendance }));
    expect(named.issues.map((i) => i.cell)).toEqual(["'Présence'''!C2"]);
  });
});

describe('rows with errors and rows with warnings', () => {
  it('references are checked against every row of the referenced sheet, also rows with errors', () => {
    const sheets = cleanSheets();
    sheets.Members![1]![3] = 'Banque'; // M1 left out
    sheets.Meetings![1]![3] = 'Peut-être'; // R1 left out (status)
    const result = check(workbook(sheets));
    expect(result.issues.map(brief)).toEqual([
      'cell/enum error Members!D2 pillar',
      'cell/enum error Meetings!D2 status',
    ]);
    expect(result.excludedRows).toEqual({
      Members: 1,
      Meetings: 1,
      Attendance: 0,
      Incidents: 0,
      Stakeholders: 0,
      Initiatives: 0,
    });
  });

  it('an incident shared at a left-out meeting gets no issue and is not left out (it counts as not shared)', () => {
    const sheets = cleanSheets();
    sheets.Meetings![1]![3] = 'Peut-être'; // R1 (15/03/2025) left out
    sheets.Incidents![1]![1] = '20/03/2025'; // I1, shared at R1, now after R1's date
    sheets.Incidents![1]![2] = null;
    const result = check(workbook(sheets));
    expect(result.issues.map(brief)).toEqual(['cell/enum error Meetings!D2 status']);
    expect(result.excludedRows.Incidents).toBe(0);
    expect(result.incidents!.map((i) => i.incidentId)).toEqual(['I1', 'I2']);
  });

  it('an Attendance row naming an unknown member gets ref/unknown only, repeated or not', () => {
    const result = check(cleanWith(withRows('Attendance', ['R1', 'M9', 'Present'], ['R1', 'm9', 'Absent'])));
    expect(result.issues.map(brief)).toEqual([
      'ref/unknown error Attendance!B6 memberId',
      'ref/unknown error Attendance!B7 memberId',
    ]);
    expect(result.excludedRows.Attendance).toBe(2);
  });

  it('counts every row with an error once in excludedRows, whatever the check that found it', () => {
    const result = check(
      cleanWith({
        ...withRows(
          'Attendance',
          ['R1', 'M1', 'Absent'], // row/duplicate
          ['R9', 'M1', 'Present'], // ref/unknown
          ['R2', 'M2', 'Peut-être'], // cell/enum
          ['R2', 'M3', null], // cell/required
        ),
      }),
    );
    expect(result.excludedRows).toEqual({
      Members: 0,
      Meetings: 0,
      Attendance: 4,
      Incidents: 0,
      Stakeholders: 0,
      Initiatives: 0,
    });
    expect(result.attendance.map((a) => a.row)).toEqual([2, 3, 4, 5]);
  });

  it('a row with warnings only is used', () => {
    const sheets = cleanSheets();
    sheets.Members![1]![4] = 'Inconnu'; // gender warning
    sheets.Meetings![2]![2] = 'Fête'; // meeting type warning
    sheets.Incidents![2]![1] = '01/10/2025'; // future incident
    const result = check(workbook(sheets));
    expect(result.counts).toEqual({ error: 0, warning: 3, info: 0 });
    expect(result.valid).toBe(true);
    expect(result.members).toHaveLength(4);
    expect(result.meetings).toHaveLength(3);
    expect(result.incidents).toHaveLength(2);
  });
});

describe('where each issue points', () => {
  it('cell/order on the later date, for each rule', () => {
    const sheets = cleanSheets();
    sheets.Members![2]![6] = '31/12/2023'; // left before joined
    sheets.Incidents![1]![2] = '28/02/2025'; // reported before date
    sheets.Incidents![1]![8] = '28/02/2025'; // closed before date
    const result = check(workbook(sheets));
    expect(result.issues.map(brief)).toEqual([
      'cell/order error Members!G3 left',
      'cell/order error Incidents!C2 reported',
      'cell/order error Incidents!I2 closed',
    ]);
  });

  it('header/missing: the sheet and the field, row and column null; the sheet is not used nor checked against', () => {
    const attendance = cleanSheets().Attendance!.map((r) => r.slice(0, 2));
    attendance.push(['R9', 'M9']);
    const result = check(cleanWith({ Attendance: attendance }));
    expect(result.issues).toEqual([
      {
        code: 'header/missing',
        severity: 'error',
        sheet: 'Attendance',
        row: null,
        column: null,
        cell: null,
        field: 'attendance',
        value: null,
        hint: null,
      },
    ]);
    expect(result.attendance).toEqual([]);
    expect(result.sheetNames.Attendance).toBeNull();
  });

  it('sheet/missing: the English contract name even in a French workbook, all else null', () => {
    const sheets = cleanSheets();
    const result = check(
      workbook({ Membres: sheets.Members!, Réunions: sheets.Meetings!, Incidents: sheets.Incidents! }),
    );
    const missing = (sheet: string, severity: string) => ({
      code: 'sheet/missing',
      severity,
      sheet,
      row: null,
      column: null,
      cell: null,
      field: null,
      value: null,
      hint: null,
    });
    // The programme's optional sheets are an info each, in contract order after the required one.
    expect(result.issues).toEqual([
      missing('Attendance', 'error'),
      missing('Stakeholders', 'info'),
      missing('Initiatives', 'info'),
    ]);
  });

  it('meeting/no-attendance on the Meeting ID cell in Meetings, wherever that column is', () => {
    const meetings: Grid = [
      ['Date', 'Status', 'Meeting ID'],
      ['15/03/2025', 'Held', 'R1'],
      ['15/04/2025', null, 'R2'],
      ['15/05/2025', 'Tenue', 'R4'],
      ['15/06/2025', 'Cancelled', 'R5'],
    ];
    expect(issues(cleanWith({ Meetings: meetings }))).toEqual(['meeting/no-attendance warning Meetings!C4 meetingId']);
  });

  it('attendance/not-member on the Member ID cell of the Attendance row (before joining too)', () => {
    const result = check(cleanWith(withCell('Members', 2, 6, '20/03/2025')));
    expect(result.issues.map(brief)).toEqual(['attendance/not-member warning Attendance!B2 memberId']);
  });

  it('incident/closed-date-missing on the follow-up cell, and not when the closed cell is unreadable', () => {
    expect(issues(cleanWith(withCell('Incidents', 3, 8, 'Clôturé')))).toEqual([
      'incident/closed-date-missing error Incidents!H3 followUp',
    ]);
    expect(issues(cleanWith(withCell('Incidents', 2, 9, 'bientôt')))).toEqual(['cell/type error Incidents!I2 closed']);
  });

  it('cell/future only for a held meeting, an incident date and a joined date', () => {
    const sheets = cleanSheets();
    sheets.Meetings!.push(['R5', '01/10/2025', null, 'Cancelled'], ['R6', '01/10/2025', null, null]);
    sheets.Incidents![2]![2] = '01/10/2025'; // reported in the future: no warning asked for
    const result = check(workbook(sheets));
    expect(result.issues.map(brief)).toEqual(['cell/future warning Meetings!B6 date']);
  });
});

describe('sorting', () => {
  it('by sheet order in the workbook, then row, then column (row-level before the cells of its row)', () => {
    const sheets = cleanSheets();
    sheets.Attendance!.push(['R1', 'M1', 'Peut-être']);
    sheets.Attendance![1]![3] = 'x';
    const attendance = sheets.Attendance!;
    delete sheets.Attendance;
    const result = check(workbook({ Attendance: attendance, ...sheets }));
    expect(result.issues.map(brief)).toEqual([
      'row/duplicate error Attendance:6 -',
      'cell/enum error Attendance!C6 attendance',
    ]);
  });
});

describe('Settings', () => {
  const settings = (...rows: Grid) => check(cleanWith({ Settings: [['Paramètre', 'Valeur'], ...rows] }));

  it.each([
    ['Taux de présence visé', 0.65, 0.65],
    ['Taux de présence visé', '65%', 0.65],
    ['Taux de présence visé', '65 %', 0.65],
    ['Taux de présence visé', '65\u00a0%', 0.65],
    ['Taux de présence visé', '65\u202f%', 0.65],
    ['Target attendance rate', 65, 0.65],
    ['Target attendance rate', '0,65', 0.65],
    ['Target attendance rate', 1, 1],
    ['Target attendance rate', 0, 0],
  ])('%s = %j → %j', (label, value, rate) => {
    const result = settings([label, value]);
    expect(result.issues).toEqual([]);
    expect(result.settings.attendanceTarget).toBeCloseTo(rate, 10);
  });

  it.each([
    ['Target attendance rate', 'attendanceTarget', '150%', 0.6],
    ['Target attendance rate', 'attendanceTarget', 'beaucoup', 0.6],
    ['Target attendance rate', 'attendanceTarget', -0.5, 0.6],
    ['Smallest count shown in donor reports', 'minCount', 2, 5],
    ['Plus petit effectif publié', 'minCount', '2', 5],
    ['Engagement window (meetings)', 'engagementWindow', 2, 6],
    ['Target meetings per month', 'meetingsPerMonth', 0, 1],
    ['Minimum active members per pillar', 'minPerPillar', 0, 3],
    ['Follow-up overdue after (days)', 'overdueDays', 0, 90],
    ['Follow-up overdue after (days)', 'overdueDays', 12.5, 90],
  ])('%s = %j is a cell/type error on the value cell, field %s, default used', (label, key, value, fallback) => {
    const result = settings(['Nom du groupe', 'GT'], [label, value]);
    expect(result.issues.map((i) => [i.code, i.severity, i.cell, i.field])).toEqual([
      ['cell/type', 'error', 'Settings!B3', key],
    ]);
    expect(result.settings[key as keyof typeof result.settings]).toBe(fallback);
  });

  it.each([
    ['Publish organisation names in donor reports', 'No', false],
    ['Publish organisation names in donor reports', 'yes', true],
    ['Publier les noms des organisations dans les rapports pour les bailleurs', 'Non', false],
    ['Publier les noms des organisations dans les rapports pour les bailleurs', 'oui', true],
    ['publishOrganisations', 'N', false],
    ['publishOrganisations', 'Faux', false],
    ['publishOrganisations', false, false],
    ['publishOrganisations', true, true],
    ['publishOrganisations', 0, false],
  ])('%s = %j → publishOrganisations %j', (label, value, expected) => {
    const result = settings([label, value]);
    expect(result.issues).toEqual([]);
    expect(result.settings.publishOrganisations).toBe(expected);
  });

  it('publishOrganisations is yes by default, and "peut-être" is a cell/type error naming yes and no', () => {
    expect(settings(['Nom du groupe', 'GT']).settings.publishOrganisations).toBe(true);
    const result = settings(['Nom du groupe', 'GT'], ['Publish organisation names in donor reports', 'peut-être']);
    expect(result.issues.map((i) => [i.code, i.severity, i.cell, i.field])).toEqual([
      ['cell/type', 'error', 'Settings!B3', 'publishOrganisations'],
    ]);
    expect(result.settings.publishOrganisations).toBe(true);
    const issue = result.issues[0]!;
    expect(formatIssueMessage(issue, 'en')).toBe(
      '“peut-être” is not yes or no for “Publish organisation names in donor reports”: write Yes or No. The default (Yes) is used.',
    );
    expect(formatIssueMessage(issue, 'fr')).toBe(
      '«\u00a0peut-être\u00a0» n’est ni oui ni non pour «\u00a0Publier les noms des organisations dans les rapports pour les bailleurs\u00a0»\u00a0: écrivez Oui ou Non. La valeur par défaut (Oui) est utilisée.',
    );
  });

  it('accepts the smallest allowed values: minCount 3, engagementWindow 3, counts of 1', () => {
    const result = settings(
      ['Smallest count shown in donor reports', 3],
      ['Engagement window (meetings)', '3'],
      ['Target meetings per month', 1],
      ['Minimum active members per pillar', 1],
      ['Follow-up overdue after (days)', 1],
    );
    expect(result.issues).toEqual([]);
    expect(result.settings).toMatchObject({
      minCount: 3,
      engagementWindow: 3,
      meetingsPerMonth: 1,
      minPerPillar: 1,
      overdueDays: 1,
    });
  });

  it('an unknown key is header/unknown info on the key cell; missing keys take the default', () => {
    const result = settings(['Couleur', 'bleu'], ['Nom du groupe', 'GT Katanga']);
    expect(result.issues.map((i) => [i.code, i.severity, i.cell, i.field, i.value])).toEqual([
      ['header/unknown', 'info', 'Settings!A2', null, 'Couleur'],
    ]);
    expect(result.settings.groupName).toBe('GT Katanga');
    expect(result.settings.sharedTarget).toBe(0.8);
  });

  it('English sheet and labels, with the header row below a title', () => {
    const result = check(
      cleanWith({
        Settings: [
          ['Settings of the group'],
          ['Setting', 'Value'],
          ['Share of incidents shared (target)', 0.5], // not a label: unknown
          ['Target share of incidents shared', '50%'],
        ],
      }),
    );
    expect(result.issues.map(brief)).toEqual(['header/unknown info Settings!A3 -']);
    expect(result.settings.sharedTarget).toBe(0.5);
  });
});

describe('IDs', () => {
  it('are compared ignoring case and surrounding (also non-breaking) spaces, and shown as written', () => {
    const sheets = cleanSheets();
    sheets.Attendance!.push(['\u00a0r2\u00a0', 'm2 ', 'Absent'], ['R2', ' m9', 'Absent']);
    sheets.Incidents![2]![6] = ' r2';
    const result = check(workbook(sheets));
    expect(result.issues.map((i) => [i.code, i.cell, i.value])).toEqual([['ref/unknown', 'Attendance!B7', ' m9']]);
    expect(result.attendance.find((a) => a.row === 6)).toMatchObject({ meetingId: 'r2', memberId: 'm2' });
    expect(result.incidents![1]!.sharedMeetingId).toBe('r2');
  });
});
