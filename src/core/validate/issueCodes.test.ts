import { dayFromIso, formatIssueMessage, ISSUE_CODES, validateWorkbook, type Issue, type RawWorkbook } from '..';
import { cleanSheets, cleanWith, withCell, withRows, workbook } from '../../../test/builders/workbook';

const asOf = dayFromIso('2025-09-30')!;
const check = (wb: RawWorkbook) => validateWorkbook(wb, { asOf });
/** The fields a user sees of an issue (message apart). */
const where = (i: Issue) => ({
  code: i.code,
  severity: i.severity,
  sheet: i.sheet,
  row: i.row,
  column: i.column,
  cell: i.cell,
  field: i.field,
  value: i.value,
  hint: i.hint,
});

test('the clean base workbook has no issue at all', () => {
  const result = check(workbook(cleanSheets()));
  expect(result.issues.map(where)).toEqual([]);
  expect(result.valid).toBe(true);
  expect(result.members).toHaveLength(4);
  expect(result.meetings).toHaveLength(3);
  expect(result.attendance).toHaveLength(4);
  expect(result.incidents).toHaveLength(2);
  expect(result.settings.groupName).toBe('Test group');
});

type Case = [string, RawWorkbook, Partial<ReturnType<typeof where>>[]];
const loc = (
  code: Issue['code'],
  severity: Issue['severity'],
  sheet: string,
  row: number | null,
  column: string | null,
  field: string | null,
  value: string | null,
  hint: string | null = null,
) => ({
  code,
  severity,
  sheet,
  row,
  column,
  cell: row === null || column === null ? null : `${sheet}!${column}${row}`,
  field,
  value,
  hint,
});

const cases: Case[] = [
  [
    'sheet/missing (required)',
    cleanWith({ Meetings: null }),
    [loc('sheet/missing', 'error', 'Meetings', null, null, null, null)],
  ],
  [
    'sheet/missing (Incidents is a warning)',
    cleanWith({ Incidents: null }),
    [loc('sheet/missing', 'warning', 'Incidents', null, null, null, null)],
  ],
  ['no Settings sheet is not an issue', cleanWith({ Settings: null }), []],
  [
    'header/missing: a required column is absent, the sheet is not used',
    cleanWith({ Members: cleanSheets().Members!.map((r) => r.filter((_, c) => c !== 2)) }),
    [loc('header/missing', 'error', 'Members', null, null, 'organisation', null)],
  ],
  [
    'sheet/duplicate: a second sheet matching Members',
    workbook({ ...cleanSheets(), Membres: cleanSheets().Members! }),
    [{ ...loc('sheet/duplicate', 'error', 'Membres', null, null, null, null) }],
  ],
  [
    'sheet/foreign: another tool’s “Paramètres” sheet is not read (a warning, not two errors)',
    cleanWith({
      Settings: null,
      Paramètres: [
        ['Paramètre', 'Description'],
        ['Seuil', 'Alerte à 10'],
      ],
    }),
    [loc('sheet/foreign', 'warning', 'Paramètres', null, null, null, null)],
  ],
  [
    'header/duplicate: two columns for the same field',
    cleanWith(withCell('Meetings', 1, 5, 'Statut')),
    [loc('header/duplicate', 'error', 'Meetings', 1, 'E', 'status', 'Statut')],
  ],
  [
    'header/unknown: an extra column',
    cleanWith(withCell('Members', 1, 8, 'Notes')),
    [loc('header/unknown', 'info', 'Members', 1, 'H', null, 'Notes')],
  ],
  [
    'header/unknown: an unknown setting',
    cleanWith(withRows('Settings', ['Colour', 'blue'])),
    [loc('header/unknown', 'info', 'Settings', 4, 'A', null, 'Colour')],
  ],
  [
    'cell/required',
    cleanWith(withCell('Members', 3, 2, null)),
    [loc('cell/required', 'error', 'Members', 3, 'B', 'name', null)],
  ],
  [
    'cell/type: two-digit year',
    cleanWith(withCell('Members', 2, 6, '05/03/24')),
    [loc('cell/type', 'error', 'Members', 2, 'F', 'joined', '05/03/24')],
  ],
  [
    'cell/type: impossible date',
    cleanWith(withCell('Incidents', 3, 2, '31/02/2024')),
    [loc('cell/type', 'error', 'Incidents', 3, 'B', 'date', '31/02/2024')],
  ],
  [
    'cell/type: serial 60',
    cleanWith(withCell('Meetings', 2, 2, 60)),
    [loc('cell/type', 'error', 'Meetings', 2, 'B', 'date', '60')],
  ],
  [
    'cell/type: a setting out of range',
    cleanWith(withCell('Settings', 3, 2, 2)),
    [loc('cell/type', 'error', 'Settings', 3, 'B', 'minCount', '2')],
  ],
  [
    'cell/type: a rate above 100%',
    cleanWith(withRows('Settings', ['Target attendance rate', '150%'])),
    [loc('cell/type', 'error', 'Settings', 4, 'B', 'attendanceTarget', '150%')],
  ],
  [
    'cell/enum (error) with a hint',
    cleanWith(withCell('Members', 5, 4, 'Societe civil')),
    [loc('cell/enum', 'error', 'Members', 5, 'D', 'pillar', 'Societe civil', 'Société civile')],
  ],
  [
    'cell/enum (error) without a hint',
    cleanWith(withCell('Attendance', 2, 3, 'Maybe')),
    [loc('cell/enum', 'error', 'Attendance', 2, 'C', 'attendance', 'Maybe')],
  ],
  [
    'cell/enum (warning) in gender',
    cleanWith(withCell('Members', 2, 5, 'Femal')),
    [loc('cell/enum', 'warning', 'Members', 2, 'E', 'gender', 'Femal', 'Female')],
  ],
  [
    'cell/enum (warning) in meeting type',
    cleanWith(withCell('Meetings', 2, 3, 'Party')),
    [loc('cell/enum', 'warning', 'Meetings', 2, 'C', 'type', 'Party')],
  ],
  [
    'cell/enum (error) in confidential',
    cleanWith(withCell('Incidents', 2, 10, 'maybe')),
    [loc('cell/enum', 'error', 'Incidents', 2, 'J', 'confidential', 'maybe')],
  ],
  [
    'cell/unique: every repeat, IDs compared ignoring case',
    cleanWith(
      withRows(
        'Members',
        ['m1', 'Eve', 'Org', 'NGO', 'F', '01/01/2024'],
        [' M1 ', 'Fay', 'Org', 'NGO', 'F', '01/01/2024'],
      ),
    ),
    [
      loc('cell/unique', 'error', 'Members', 6, 'A', 'memberId', 'm1'),
      loc('cell/unique', 'error', 'Members', 7, 'A', 'memberId', ' M1 '),
    ],
  ],
  [
    'ref/unknown: a member (and nothing else)',
    cleanWith(withRows('Attendance', ['R1', 'M9', 'Present'])),
    [loc('ref/unknown', 'error', 'Attendance', 6, 'B', 'memberId', 'M9')],
  ],
  [
    'ref/unknown: a meeting',
    cleanWith(withRows('Attendance', ['R9', 'M1', 'Present'])),
    [loc('ref/unknown', 'error', 'Attendance', 6, 'A', 'meetingId', 'R9')],
  ],
  [
    'ref/unknown: an incident shared at an unknown meeting',
    cleanWith(withCell('Incidents', 3, 7, 'R7')),
    [loc('ref/unknown', 'error', 'Incidents', 3, 'G', 'sharedMeetingId', 'R7')],
  ],
  [
    'row/duplicate: the same pair again',
    cleanWith(withRows('Attendance', ['r1', 'm1', 'Absent'])),
    [
      {
        code: 'row/duplicate',
        severity: 'error',
        sheet: 'Attendance',
        row: 6,
        column: null,
        cell: null,
        field: null,
        value: null,
        hint: null,
      },
    ],
  ],
  [
    'cell/order: left before joined',
    cleanWith(withCell('Members', 5, 7, '2023-12-31')),
    [loc('cell/order', 'error', 'Members', 5, 'G', 'left', '2023-12-31')],
  ],
  [
    'cell/order: reported before date',
    cleanWith(withCell('Incidents', 2, 3, '28/02/2025')),
    [loc('cell/order', 'error', 'Incidents', 2, 'C', 'reported', '28/02/2025')],
  ],
  [
    'cell/order: closed before date',
    cleanWith(withCell('Incidents', 2, 9, '28/02/2025')),
    [loc('cell/order', 'error', 'Incidents', 2, 'I', 'closed', '28/02/2025')],
  ],
  [
    'cell/order: shared at a meeting before the incident',
    cleanWith({
      Incidents: withCell('Incidents', 2, 2, '20/03/2025').Incidents!.map((r, i) =>
        i === 1 ? r.map((c, j) => (j === 2 ? null : c)) : r,
      ),
    }),
    [loc('cell/order', 'error', 'Incidents', 2, 'G', 'sharedMeetingId', 'R1')],
  ],
  [
    'incident/closed-date-missing',
    cleanWith(withCell('Incidents', 2, 9, null)),
    [loc('incident/closed-date-missing', 'error', 'Incidents', 2, 'H', 'followUp', 'Closed')],
  ],
  [
    'cell/future: a held meeting',
    cleanWith(withCell('Meetings', 4, 4, 'Held')),
    [loc('cell/future', 'warning', 'Meetings', 4, 'B', 'date', '15/12/2025')],
  ],
  [
    'cell/future: an incident',
    cleanWith(withCell('Incidents', 3, 2, '01/10/2025')),
    [loc('cell/future', 'warning', 'Incidents', 3, 'B', 'date', '01/10/2025')],
  ],
  [
    'cell/future: a member joining later',
    cleanWith(withRows('Members', ['M5', 'Gil', 'Org', 'NGO', null, '2025-12-01'])),
    [loc('cell/future', 'warning', 'Members', 6, 'F', 'joined', '2025-12-01')],
  ],
  [
    'attendance/not-member: after leaving',
    cleanWith(withCell('Members', 5, 7, '2025-04-15')),
    [loc('attendance/not-member', 'warning', 'Attendance', 5, 'B', 'memberId', 'M4')],
  ],
  [
    'meeting/no-attendance',
    cleanWith(withRows('Meetings', ['R4', '15/05/2025'])),
    [loc('meeting/no-attendance', 'warning', 'Meetings', 5, 'A', 'meetingId', 'R4')],
  ],
  // programme.md: the stakeholder mapping and the initiatives.
  [
    'sheet/missing (Stakeholders is an info)',
    cleanWith({ Stakeholders: null }),
    [loc('sheet/missing', 'info', 'Stakeholders', null, null, null, null)],
  ],
  [
    'sheet/missing (Initiatives is an info)',
    cleanWith({ Initiatives: null }),
    [loc('sheet/missing', 'info', 'Initiatives', null, null, null, null)],
  ],
  [
    'cell/enum (warning) in influence, taken as blank',
    cleanWith(withCell('Stakeholders', 3, 4, 'Hihg')),
    [loc('cell/enum', 'warning', 'Stakeholders', 3, 'D', 'influence', 'Hihg', 'High')],
  ],
  [
    'cell/enum (warning) in an initiative’s kind',
    cleanWith(withCell('Initiatives', 2, 2, 'Sponsor')),
    [loc('cell/enum', 'warning', 'Initiatives', 2, 'B', 'kind', 'Sponsor')],
  ],
  [
    'cell/unique: a repeated stakeholder ID',
    cleanWith(withRows('Stakeholders', ['s1', 'Other Co', 'Extractive company', null, '01/03/2025'])),
    [loc('cell/unique', 'error', 'Stakeholders', 4, 'A', 'stakeholderId', 's1')],
  ],
  [
    'cell/unique: a member named by a second stakeholder (on the repeat)',
    cleanWith(withRows('Stakeholders', ['S3', 'Mine Co (HQ)', 'Extractive company', null, '01/03/2025', null, 'm1'])),
    [loc('cell/unique', 'error', 'Stakeholders', 4, 'G', 'memberId', 'm1')],
  ],
  [
    'cell/unique: an initiative named again after normalising',
    cleanWith(withRows('Initiatives', [' idak (Kolwezi)', 'Other', null])),
    [loc('cell/unique', 'error', 'Initiatives', 3, 'A', 'name', ' idak (Kolwezi)')],
  ],
  [
    'ref/unknown: a stakeholder’s member is not in Members (an error)',
    cleanWith(withCell('Stakeholders', 3, 7, 'M9')),
    [loc('ref/unknown', 'error', 'Stakeholders', 3, 'G', 'memberId', 'M9')],
  ],
  [
    'ref/unknown: a meeting’s initiatives, one warning per unknown part, the nearest name as hint',
    cleanWith({
      Meetings: [
        ['Meeting ID', 'Date', 'Type', 'Status', 'Linked initiative'],
        ['R1', '15/03/2025', 'Ordinary', 'Held', 'IDAK; Platforme PV ; idak'],
        ['R2', '15/04/2025', null, null, 'IDKA;;  '],
        ['R3', '15/12/2025', 'Ordinary', 'Planned', 'ITIE'],
      ],
    }),
    [
      loc('ref/unknown', 'warning', 'Meetings', 2, 'E', 'initiative', 'Platforme PV'),
      loc('ref/unknown', 'warning', 'Meetings', 3, 'E', 'initiative', 'IDKA', 'IDAK'),
      loc('ref/unknown', 'warning', 'Meetings', 4, 'E', 'initiative', 'ITIE'),
    ],
  ],
  [
    'ref/unknown: no initiative is checked without an Initiatives sheet',
    cleanWith({
      Initiatives: null,
      Meetings: [
        ['Meeting ID', 'Date', 'Type', 'Status', 'Linked initiative'],
        ['R1', '15/03/2025', 'Ordinary', 'Held', 'Anything at all'],
        ['R2', '15/04/2025', null, null, null],
      ],
    }),
    [loc('sheet/missing', 'info', 'Initiatives', null, null, null, null)],
  ],
  [
    'cell/order: contacted before identified',
    cleanWith(withCell('Stakeholders', 2, 6, '30/09/2023')),
    [loc('cell/order', 'error', 'Stakeholders', 2, 'F', 'contacted', '30/09/2023')],
  ],
  [
    'cell/order: invited and declined before identified, each on its cell',
    cleanWith({
      Stakeholders: [
        ['Stakeholder ID', 'Organisation', 'Pillar', 'Identified on', 'Invited on', 'Declined on'],
        ['S1', 'Mine Co', 'Extractive company', '01/10/2023', '2023-09-01', '2023-10-01'],
        ['S2', 'Guard Two', 'Private security', '01/02/2025', null, '2025-01-31'],
      ],
    }),
    [
      loc('cell/order', 'error', 'Stakeholders', 2, 'E', 'invited', '2023-09-01'),
      loc('cell/order', 'error', 'Stakeholders', 3, 'F', 'declined', '2025-01-31'),
    ],
  ],
  [
    'cell/future does not apply to the mapping or the initiatives',
    cleanWith({
      ...withRows('Stakeholders', ['S3', 'Future Co', 'Government', 'Low', '01/12/2025', '02/12/2025']),
      ...withRows('Initiatives', ['ICoCA', 'International', '01/01/2026']),
    }),
    [],
  ],
  [
    'stakeholder/pillar-mismatch: the member’s pillar as hint',
    cleanWith(withCell('Stakeholders', 2, 3, 'Government')),
    [
      loc(
        'stakeholder/pillar-mismatch',
        'warning',
        'Stakeholders',
        2,
        'C',
        'pillar',
        'Government',
        'Extractive company',
      ),
    ],
  ],
];

describe.each(cases)('%s', (_name, wb, expected) => {
  const result = check(wb);
  it('gives exactly the expected issues, pointing at the right cell', () => {
    expect(result.issues.map(where)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
  it('has a message in French and in English, naming what the user wrote', () => {
    for (const issue of result.issues) {
      const fr = formatIssueMessage(issue, 'fr');
      const en = formatIssueMessage(issue, 'en');
      expect(fr).not.toEqual(en);
      for (const m of [fr, en]) {
        expect(m).not.toMatch(/\{\{|undefined|null/);
        if (issue.value && !['cell/order', 'incident/closed-date-missing', 'cell/future'].includes(issue.code))
          expect(m).toContain(issue.value.trim());
        if (issue.hint) expect(m).toContain(issue.hint);
      }
    }
  });
  it('counts errors, warnings and infos and is valid only without errors', () => {
    const n = (s: Issue['severity']) => result.issues.filter((i) => i.severity === s).length;
    expect(result.counts).toEqual({ error: n('error'), warning: n('warning'), info: n('info') });
    expect(result.valid).toBe(n('error') === 0);
  });
});

test('every issue code of the spec is exercised by the table above', () => {
  const seen = new Set(cases.flatMap(([, , e]) => e.map((x) => x.code)));
  expect(ISSUE_CODES.filter((c) => !seen.has(c))).toEqual([]);
});

test('messages follow the language: French words in French, English words in English', () => {
  const [issue] = check(cleanWith(withCell('Members', 5, 4, 'Societe civil'))).issues;
  expect(formatIssueMessage(issue!, 'fr')).toBe(
    '«\u00a0Societe civil\u00a0» ne fait pas partie de la liste pour «\u00a0Pilier\u00a0». Vouliez-vous dire «\u00a0Société civile\u00a0»\u00a0?',
  );
  expect(formatIssueMessage(issue!, 'en')).toBe(
    '“Societe civil” is not in the list for “Pillar”. Did you mean “Société civile”?',
  );
});
