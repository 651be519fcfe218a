/**
 * Which sheet is read when several carry a contract sheet's name: a visible one before a hidden
 * stale copy, the duplicate's message saying which copy is hidden; and an optional sheet's name
 * on another tool's sheet (no header row of the contract) is not read, with one warning.
 */
import { dayFromIso, formatIssueMessage, validateWorkbook, type RawSheet, type RawWorkbook } from '..';
import { cleanSheets, cleanWith, workbook, type Grid } from '../../../test/builders/workbook';

const asOf = dayFromIso('2025-09-30')!;

function check(wb: RawWorkbook) {
  const result = validateWorkbook(wb, { asOf });
  const issues = result.issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    sheet: i.sheet,
    cell: i.cell,
    fr: formatIssueMessage(i, 'fr'),
    en: formatIssueMessage(i, 'en'),
  }));
  return { result, issues };
}

/** A stale copy of Membres: one member only, joined long ago. */
const STALE_MEMBERS: Grid = [
  ['ID membre', 'Nom', 'Organisation', 'Pilier', "Date d'adhésion"],
  ['M1', 'Ana', 'Mine Co', 'Entreprise extractive', '01/01/2020'],
];

/** The clean workbook with sheets put before it (hidden or not). */
function withCopyFirst(...first: RawSheet[]): RawWorkbook {
  const clean = workbook(cleanSheets());
  return { ...clean, sheets: [...first, ...clean.sheets] };
}

describe('a hidden, stale copy of Membres placed first', () => {
  const { result, issues } = check(withCopyFirst({ name: 'Membres', rows: STALE_MEMBERS, hidden: true }));

  it('is not the one read: the visible Members sheet is', () => {
    expect(result.sheetNames.Members).toBe('Members');
    expect(result.members.map((m) => m.memberId)).toEqual(['M1', 'M2', 'M3', 'M4']);
  });

  it('gets sheet/duplicate saying it is the hidden one, and which one is read', () => {
    expect(issues).toEqual([
      {
        code: 'sheet/duplicate',
        severity: 'error',
        sheet: 'Membres',
        cell: null,
        en: 'The sheet “Membres” is a hidden second “Members” sheet: only “Members”, which is visible, is read. If the hidden copy is old, delete it; otherwise rename it.',
        fr: 'La feuille «\u00a0Membres\u00a0» est une deuxième feuille «\u00a0Members\u00a0», masquée\u00a0: seule «\u00a0Members\u00a0», qui est visible, est lue. Si la copie masquée est ancienne, supprimez-la\u00a0; sinon, renommez-la.',
      },
    ]);
  });
});

describe('two sheets for Members with the same visibility', () => {
  it('both visible: the first in the workbook is read, the message says nothing of hiding', () => {
    const { result, issues } = check(workbook({ ...cleanSheets(), Membres: STALE_MEMBERS }));
    expect(result.sheetNames.Members).toBe('Members');
    expect(issues.map((i) => i.en)).toEqual([
      'The sheet “Membres” is a second “Members” sheet: only “Members” is read. Rename or remove one of them.',
    ]);
  });

  it('both hidden: the first in the workbook is read, and the message says both are hidden', () => {
    const clean = workbook(cleanSheets());
    const { result, issues } = check({
      ...clean,
      sheets: [
        { name: 'Membres', rows: STALE_MEMBERS, hidden: true },
        ...clean.sheets.map((s) => (s.name === 'Members' ? { ...s, hidden: true } : s)),
      ],
    });
    expect(result.sheetNames.Members).toBe('Membres');
    expect(issues.filter((i) => i.code === 'sheet/duplicate')).toEqual([
      expect.objectContaining({
        sheet: 'Members',
        en: 'The sheet “Members” is a second “Membres” sheet, and both are hidden: only “Membres”, the first in the workbook, is read. Unhide the one to keep (right-click a tab › Unhide) and remove the other.',
        fr: 'La feuille «\u00a0Members\u00a0» est une deuxième feuille «\u00a0Membres\u00a0», et les deux sont masquées\u00a0: seule «\u00a0Membres\u00a0», la première du classeur, est lue. Affichez celle à garder (clic droit sur un onglet › Afficher) et supprimez l’autre.',
      }),
    ]);
  });
});

describe('another tool’s “Paramètres” sheet, without the Setting and Value columns', () => {
  const foreign: Grid = [
    ['Clé', 'Valeur affichée', 'Description'],
    ['Seuil', '45292', 'Alerte'],
  ];

  it('is not read: one warning naming the columns it lacks, and the settings take their defaults', () => {
    const { result, issues } = check(cleanWith({ Settings: null, Paramètres: foreign }));
    expect(result.settings.minCount).toBe(5);
    expect(result.valid).toBe(true);
    expect(issues).toEqual([
      {
        code: 'sheet/foreign',
        severity: 'warning',
        sheet: 'Paramètres',
        cell: null,
        en: 'The sheet “Paramètres” has no “Setting” or “Value” column: vpwg takes it for another tool’s sheet and does not read it, so its settings take their defaults. To change them, add a “Settings” sheet (Setup in the add-in, or vpwg template) and rename this one.',
        fr: 'La feuille «\u00a0Paramètres\u00a0» n’a pas de colonne «\u00a0Paramètre\u00a0» ni «\u00a0Valeur\u00a0»\u00a0: vpwg la prend pour la feuille d’un autre outil et ne la lit pas\u00a0; ses paramètres gardent donc leur valeur par défaut. Pour les changer, ajoutez une feuille «\u00a0Paramètres\u00a0» (Configuration dans le complément, ou vpwg template) et renommez celle-ci.',
      },
    ]);
  });

  it('names only the column it lacks when it has the other', () => {
    const { issues } = check(
      cleanWith({
        Settings: null,
        Paramètres: [
          ['Valeur', 'Note'],
          ['3', 'x'],
        ],
      }),
    );
    expect(issues.map((i) => [i.code, i.en.split(':')[0]])).toEqual([
      ['sheet/foreign', 'The sheet “Paramètres” has no “Setting” column'],
    ]);
  });

  it('is a note only when vpwg’s own Settings sheet is read instead', () => {
    const { result, issues } = check(withCopyFirst({ name: 'Paramètres', rows: foreign }));
    expect(result.settings.groupName).toBe('Test group');
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'sheet/foreign',
        severity: 'info',
        en: 'The sheet “Paramètres” has no “Setting” or “Value” column: vpwg takes it for another tool’s sheet and reads “Settings” instead.',
        fr: 'La feuille «\u00a0Paramètres\u00a0» n’a pas de colonne «\u00a0Paramètre\u00a0» ni «\u00a0Valeur\u00a0»\u00a0: vpwg la prend pour la feuille d’un autre outil et lit «\u00a0Settings\u00a0» à sa place.',
      }),
    ]);
  });
});

describe('the other optional sheets under another tool’s sheet of the same name', () => {
  it('Incidents, Stakeholders, Initiatives: one warning each saying what stays empty, no header/missing', () => {
    const notes: Grid = [['Notes de réunion'], ['À relire']];
    const { result, issues } = check(
      cleanWith({ Incidents: notes, Stakeholders: null, Cartographie: notes, Initiatives: notes }),
    );
    expect(result.incidents).toBeNull();
    expect(result.stakeholders).toBeNull();
    expect(result.initiatives).toBeNull();
    expect(issues.map((i) => [i.code, i.severity, i.sheet])).toEqual([
      ['sheet/foreign', 'warning', 'Incidents'],
      ['sheet/foreign', 'warning', 'Initiatives'],
      ['sheet/foreign', 'warning', 'Cartographie'],
    ]);
    expect(issues.map((i) => i.en)).toEqual([
      'The sheet “Incidents” has no “Incident ID”, “Date”, “Territory”, “Category”, “Alleged perpetrator” or “Follow-up” column: vpwg takes it for another tool’s sheet and does not read it, so the incident figures stay empty. If it is the group’s incident log, give it those headers; otherwise rename it.',
      'The sheet “Initiatives” has no “Initiative” column: vpwg takes it for another tool’s sheet and does not read it, so links are counted from the Meetings sheet alone. If it is the group’s list of initiatives, give it those headers; otherwise rename it.',
      'The sheet “Cartographie” has no “Stakeholder ID”, “Organisation”, “Pillar” or “Identified on” column: vpwg takes it for another tool’s sheet and does not read it, so the outreach figures stay empty. If it is the group’s stakeholder mapping, give it those headers; otherwise rename it.',
    ]);
  });

  it('a real Incidents sheet missing one required column still gets header/missing (an error)', () => {
    const grid = cleanSheets().Incidents!.map((r) => r.filter((_, c) => c !== 7));
    const { issues } = check(cleanWith({ Incidents: grid }));
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['header/missing', 'error']]);
  });

  it('a required sheet is never taken for another tool’s: Members without its header row is still header/missing', () => {
    const { issues } = check(cleanWith({ Members: [['Notes']] }));
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['header/missing']));
  });
});

describe('a column named by the issue’s own sheet', () => {
  it('the Initiatives sheet’s required column is “Initiative” (not the Members’ “Name”)', () => {
    const { issues } = check(
      cleanWith({
        Initiatives: [
          ['Kind', 'Linked since', 'Province'],
          ['Other', null, 'Haut-Katanga'],
        ],
      }),
    );
    expect(issues.map((i) => [i.code, i.en, i.fr])).toEqual([
      [
        'header/missing',
        'The “Initiative” column was not found in the sheet “Initiatives” (its header must be in one of the first 10 rows); this sheet cannot be read until it is added.',
        'La colonne «\u00a0Initiative\u00a0» est introuvable dans la feuille «\u00a0Initiatives\u00a0» (son en-tête doit être dans les 10 premières lignes)\u00a0; cette feuille ne peut pas être lue tant qu’elle manque.',
      ],
    ]);
  });
});
