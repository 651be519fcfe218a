import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSheetPlan } from '../writeSheetPlan';
import { generateSample, planToRawWorkbook, listLabel, type SheetPlan, type WorkbookPlan } from '../../../core';
import { runCli, tempFolder } from '../../../../test/helpers/runCli';
import { unzipText } from '../../../../test/helpers/xlsxParts';
import { reportBytes, reportModel, Q3 } from '../../../../test/report/sampleReport';

/** Every text of the unzipped report (sheets, shared strings, drawings, names, docProps). */
async function everyPart(bytes: Uint8Array): Promise<string> {
  return [...unzipText(bytes)]
    .filter(([name]) => !name.startsWith('xl/media/'))
    .map(([, text]) => text)
    .join('\n');
}

/**
 * The sample with a member whose name is also an organisation's name, a role, and a referral on
 * every incident: texts the report has no business printing for donors.
 */
function adversarial(plan: WorkbookPlan): WorkbookPlan {
  const yes = listLabel('boolean', 'yes', 'en');
  const sheets = plan.sheets.map((sheet): SheetPlan => {
    const at = (key: string): number => sheet.columns.findIndex((c) => c.key === key);
    const rows = sheet.rows.map((source, n) => {
      const row = [...source];
      const put = (key: string, value: string): void => {
        if (at(key) >= 0) row[at(key)] = value;
      };
      if (sheet.key === 'members') {
        put('role', `ROLEMARK${n}Z`);
        // An individual member: the organisation column holds the person's own name.
        if (n === 0) {
          put('name', 'PERSONORGMARK0Z');
          put('organisation', 'PERSONORGMARK0Z');
        }
      }
      if (sheet.key === 'incidents') {
        put('referredTo', `REFERMARK${n}Z`);
        if (n === 1) {
          put('confidential', yes);
          put('territory', `LONELYTERRITORYMARK${n}Z`);
        }
      }
      return row;
    });
    return { ...sheet, rows };
  });
  return { ...plan, sheets };
}

describe('adversarial workbook: the donor report prints no person and no needless text', () => {
  const raw = planToRawWorkbook(adversarial(generateSample({ lang: 'en' })));

  it('a member whose organisation is their own name is not named in the donor report', async () => {
    const model = reportModel(raw, Q3, 'donor');
    const text = await everyPart(await reportBytes(model, 'en'));
    expect(text).not.toContain('PERSONORGMARK0Z');
    // The organisation is still counted.
    const internal = reportModel(raw, Q3, 'internal');
    expect(model.membership.organisations).toBe(internal.membership.organisations);
  });

  it('no role, referral, or territory named only by a confidential incident, in either audience', async () => {
    for (const audience of ['donor', 'internal'] as const) {
      const text = await everyPart(await reportBytes(reportModel(raw, Q3, audience), 'en'));
      expect(text.match(/(ROLE|REFER|LONELYTERRITORY)MARK\d+Z/g)).toBeNull();
    }
  });
});

/** Members whose organisation is named after them, as secretariats write it (issue 11). */
const PEOPLE: readonly (readonly [name: string, organisation: string])[] = [
  ['Paul Ilunga', 'Ilunga Paul'],
  ['Grace Umba', 'Grace  Umba.'],
  ['Joseph Mwamba', 'Me Joseph Mwamba'],
  ['Marc Kalala', 'Cabinet Marc Kalala'],
];

/** The sample with four active members renamed after PEOPLE, and the given settings rows. */
function withPeople(plan: WorkbookPlan, settings: readonly (readonly [string, string])[] = []): WorkbookPlan {
  const sheets = plan.sheets.map((sheet): SheetPlan => {
    if (sheet.key === 'settings') {
      const labels = new Set(settings.map((r) => r[0]));
      return {
        ...sheet,
        rows: [...sheet.rows.filter((r) => !labels.has(String(r[0]))), ...settings.map((r) => [...r])],
      };
    }
    if (sheet.key !== 'members') return sheet;
    const at = (key: string): number => sheet.columns.findIndex((c) => c.key === key);
    const rows = sheet.rows.map((source, n) => {
      const person = PEOPLE[n - 1];
      if (!person) return source;
      const row = [...source];
      row[at('name')] = person[0];
      row[at('organisation')] = person[1];
      return row;
    });
    return { ...sheet, rows };
  });
  return { ...plan, sheets };
}

const named = (model: ReturnType<typeof reportModel>): string[] =>
  model.membership.byPillar.flatMap((p) => [...p.organisations]);

describe('organisations named after people are counted, never named, in the donor report', () => {
  const raw = planToRawWorkbook(withPeople(generateSample({ lang: 'en' })));

  it('the four spellings of issue 11 are in the internal report (the test can see them)', () => {
    expect(named(reportModel(raw, Q3, 'internal'))).toEqual(expect.arrayContaining(PEOPLE.map((p) => p[1])));
  });

  it.each(['en', 'fr'] as const)('no word of them in any part of the donor report (%s)', async (lang) => {
    const model = reportModel(raw, Q3, 'donor');
    const text = await everyPart(await reportBytes(model, lang));
    for (const word of ['Ilunga', 'Umba', 'Mwamba', 'Kalala'])
      expect([word, text.includes(word)]).toEqual([word, false]);
    // Still counted: the donor's organisation counts are the internal report's.
    const internal = reportModel(raw, Q3, 'internal');
    expect(model.membership.byPillar.map((p) => p.organisationCount)).toEqual(
      internal.membership.byPillar.map((p) => p.organisationCount),
    );
    // The other organisations are still named.
    expect(named(model)).toContain('Léopard Sécurité SARL');
    expect(text).toContain(lang === 'en' ? 'not named' : 'non nommée');
  });
});

describe('Settings publishOrganisations = no: the donor report names no organisation at all', () => {
  it.each([
    ['en', 'Publish organisation names in donor reports', 'No'],
    ['fr', 'Publier les noms des organisations dans les rapports pour les bailleurs', 'Non'],
  ] as const)('%s workbook, "%s" = %s', async (lang, label, value) => {
    const raw = planToRawWorkbook(withPeople(generateSample({ lang }), [[label, value]]));
    const donor = reportModel(raw, Q3, 'donor');
    const internal = reportModel(raw, Q3, 'internal');
    // The setting is read: no issue on the Settings sheet.
    expect(donor.dataQuality.issues.filter((i) => i.sheet === (lang === 'en' ? 'Settings' : 'Paramètres'))).toEqual([]);
    expect(named(donor)).toEqual([]);
    expect(named(internal)).toContain('Léopard Sécurité SARL');
    expect(donor.membership.byPillar.map((p) => p.organisationCount)).toEqual(
      internal.membership.byPillar.map((p) => p.organisationCount),
    );
    const text = await everyPart(await reportBytes(donor, lang));
    for (const organisation of named(internal))
      expect([organisation, text.includes(organisation)]).toEqual([organisation, false]);
  });

  it('is on by default: without the row, the donor report names the organisations', () => {
    const raw = planToRawWorkbook(generateSample({ lang: 'en' }));
    expect(named(reportModel(raw, Q3, 'donor'))).toContain('Léopard Sécurité SARL');
  });
});

describe('vpwg report never writes over the workbook it reads', () => {
  it('refuses --out FILE itself even with --force: exit 2, one line, the workbook untouched', async () => {
    const dir = tempFolder();
    const file = join(dir, 'group.xlsx');
    writeFileSync(file, await writeSheetPlan(generateSample({ lang: 'en' })));
    const before = readFileSync(file);
    const r = await runCli(['report', file, '--quarter', '2025-Q3', '--out', join(dir, '.', 'group.xlsx'), '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('--year works and the audience is donor by default', async () => {
    const dir = tempFolder();
    const file = join(dir, 'group.xlsx');
    writeFileSync(file, await writeSheetPlan(generateSample({ lang: 'en' })));
    const out = join(dir, 'year.xlsx');
    const r = await runCli(['report', file, '--year', '2025', '--out', out]);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const text = await everyPart(readFileSync(out));
    expect(text).toContain('Year 2025');
    expect(text).toContain('Report for donors');
  });
});
