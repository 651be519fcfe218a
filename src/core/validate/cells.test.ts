import { dayFromIso, dayToIso, validateWorkbook, type RawCell, type RawWorkbook } from '..';
import { cleanSheets, cleanWith, withCell, workbook } from '../../../test/builders/workbook';

/** workbook.md, "Cells": every cell rule, read through the whole engine. */

const asOf = dayFromIso('2025-09-30')!;
const check = (wb: RawWorkbook) => validateWorkbook(wb, { asOf });
const brief = (wb: RawWorkbook) =>
  check(wb).issues.map((i) => [i.code, i.severity, i.cell, i.field, i.value, i.hint] as const);

describe('text cells', () => {
  it.each([
    [12, '12'],
    [12.0, '12'],
    [12.5, '12.5'],
    [-3, '-3'],
    [0.0000001, '0.0000001'],
    [2.5e22, '25000000000000000000000'],
    [-1.5e-8, '-0.000000015'],
    ['  M 7  ', 'M 7'],
  ] as [RawCell, string][])('%j reads as the text %j', (cell, text) => {
    const result = check(cleanWith(withCell('Members', 2, 1, cell)));
    expect(result.members[0]!.memberId).toBe(text);
  });

  it('an empty string is blank (cell/required on a required column)', () => {
    expect(brief(cleanWith(withCell('Members', 2, 3, '')))).toEqual([
      ['cell/required', 'error', 'Members!C2', 'organisation', null, null],
    ]);
  });

  it('a member ID written as a number matches the same ID written as text in Attendance', () => {
    const sheets = cleanSheets();
    sheets.Members![1]![0] = 14;
    for (const row of sheets.Attendance!) if (row[1] === 'M1') row[1] = ' 14 ';
    for (const row of sheets.Stakeholders!) if (row[6] === 'M1') row[6] = 14;
    const result = check(workbook(sheets));
    expect(result.issues).toEqual([]);
    expect(result.attendance.filter((a) => a.memberId === '14')).toHaveLength(2);
  });
});

describe('date cells', () => {
  const joined = (cell: RawCell, date1904 = false) => {
    const sheets = cleanSheets();
    sheets.Members![1]![5] = cell;
    const result = validateWorkbook(workbook(sheets, date1904), { asOf });
    const member = result.members.find((m) => m.memberId === 'M1');
    return member ? dayToIso(member.joined) : result.issues.map((i) => `${i.code} ${i.cell} ${i.value}`);
  };

  it.each([
    ['1900 serial', 45356, false, '2024-03-05'],
    ['1900 serial with a time of day', 45356.75, false, '2024-03-05'],
    ['1900 serial 59', 59, false, '1900-02-28'],
    ['1900 serial 61', 61, false, '1900-03-01'],
    ['1900 serial 1', 1, false, '1900-01-01'],
    ['1904 serial', 45356 - 1462, true, '2024-03-05'],
    ['1904 serial 60 (a real day there)', 60, true, '1904-03-01'],
    ['1904 serial 0', 0, true, '1904-01-01'],
    ['a date object', new Date(Date.UTC(2024, 2, 5)), false, '2024-03-05'],
    ['a date object with a time', new Date(Date.UTC(2024, 2, 5, 23, 59)), false, '2024-03-05'],
    ['ISO text', '2024-03-05', false, '2024-03-05'],
    ['d/m/yyyy', '5/3/2024', false, '2024-03-05'],
    ['dd/mm/yyyy', '05/03/2024', false, '2024-03-05'],
    ['dd-mm-yyyy', '05-03-2024', false, '2024-03-05'],
    ['dd.mm.yyyy', '05.03.2024', false, '2024-03-05'],
    ['text with a time', '05/03/2024 14:30', false, '2024-03-05'],
    ['ISO text with a time', '2024-03-05T14:30:00', false, '2024-03-05'],
    ['text with spaces around', ' 05/03/2024 ', false, '2024-03-05'],
    ['text with a 12-hour time', '05/03/2024 2:30 PM', false, '2024-03-05'],
    ['text with a 12-hour time and seconds', '05/03/2024 02:30:15 am', false, '2024-03-05'],
  ] as [string, RawCell, boolean, string][])('%s', (_name, cell, date1904, iso) => {
    expect(joined(cell, date1904)).toBe(iso);
  });

  it.each([
    ['serial 60 in the 1900 system', 60, '60'],
    ['two-digit year', '05/03/24', '05/03/24'],
    ['impossible date', '31/02/2024', '31/02/2024'],
    ['month first cannot be', '03/31/2024', '03/31/2024'],
    ['words', 'March 2024', 'March 2024'],
    ['a boolean', true, 'TRUE'],
    ['mixed separators', '05/03-2024', '05/03-2024'],
  ] as [string, RawCell, string][])('%s is a cell/type error on the cell', (_name, cell, value) => {
    expect(joined(cell)).toEqual([`cell/type Members!F2 ${value}`]);
  });
});

describe('list cells', () => {
  it.each([
    // column D pillar (error), E gender (warning)
    [4, 'Societe civil', 'error', 'Société civile'],
    [4, 'Civil societ', 'error', 'Civil society'],
    [4, 'Gouvernemen', 'error', 'Gouvernement'],
    [4, 'Banque', 'error', null],
    [4, 'OS', 'error', 'OSC'], // three letters is not an abbreviation the hint ignores
    [4, 'Z', 'error', null], // one letter: no hint from one- or two-letter abbreviations
    [5, 'Femme enceinte', 'warning', null],
    [5, 'Fem', 'warning', 'Femme'],
    [5, 'Homm', 'warning', 'Homme'],
  ] as [number, string, string, string | null][])('column %d %j → %s, hint %j', (column, value, severity, hint) => {
    const [issue] = check(cleanWith(withCell('Members', 2, column, value))).issues;
    expect(issue).toMatchObject({ code: 'cell/enum', severity, value, hint });
  });

  it('a descriptive value that matches nothing is taken as blank, and the row is used', () => {
    const result = check(cleanWith(withCell('Meetings', 2, 3, 'Banquet')));
    expect(result.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([['cell/enum', 'warning', 'Meetings!C2']]);
    expect(result.meetings.find((m) => m.meetingId === 'R1')!.type).toBe('ordinary');
  });

  it('a bad severity is a warning and the incident is kept', () => {
    const sheets = cleanSheets();
    sheets.Incidents![0]!.push('Gravité');
    sheets.Incidents![1]!.push('Très haute');
    sheets.Incidents![2]!.push('Critque');
    const result = check(workbook(sheets));
    expect(result.issues.map((i) => [i.code, i.severity, i.cell, i.hint])).toEqual([
      ['cell/enum', 'warning', 'Incidents!K2', null],
      ['cell/enum', 'warning', 'Incidents!K3', 'Critique'],
    ]);
    expect(result.incidents).toHaveLength(2);
  });

  it.each([
    ['Yes', true],
    ['oui', true],
    ['O', true],
    ['VRAI', true],
    [1, true],
    ['x', true],
    [true, true],
    ['Non', false],
    ['faux', false],
    [0, false],
    [false, false],
    [null, false],
  ] as [RawCell, boolean][])('confidential %j → %j', (cell, confidential) => {
    const result = check(cleanWith(withCell('Incidents', 2, 10, cell)));
    expect(result.issues).toEqual([]);
    expect(result.incidents![0]!.confidential).toBe(confidential);
  });

  it('every list value of the spec matches in English, in French and each alias, with accents and case', () => {
    const pillars: [string, string][] = [
      ['ENTREPRISE EXTRACTIVE', 'extractive'],
      ['industrie_extractive', 'extractive'],
      ['Entreprise minière', 'extractive'],
      ['société de sécurité privée', 'private_security'],
      ['Autorités publiques', 'government'],
      ['Etat', 'government'],
      ['Services publics', 'government'],
      ['OSC', 'civil_society'],
      ['ong', 'civil_society'],
      ['Ambassade', 'observer'],
      ['Bailleur', 'observer'],
      ['Organisation internationale', 'observer'],
      ['International organisation', 'observer'],
    ];
    for (const [written, code] of pillars) {
      // The mapping's S1 names M1 under its own pillar: only its pillar-mismatch warning may follow.
      const result = check(cleanWith(withCell('Members', 2, 4, written)));
      const own = result.issues.filter((i) => i.sheet === 'Members');
      expect([written, own.length, result.members[0]!.pillar]).toEqual([written, 0, code]);
    }
  });
});
