import { buildTemplatePlan } from './templatePlan';
import { LANGS } from '../i18n/i18n';
import { LISTS, listLabel } from '../schema/lists';
import { DEFAULT_SETTINGS, SETTING_SPECS } from '../schema/settings';
import { SHEETS } from '../schema/sheets';
import { missingKeys } from '../i18n/i18n';
import { TEMPLATE_MESSAGES } from './template.messages';

describe('the template plan', () => {
  it.each(LANGS)('has the seven contract sheets in order with their %s names and headers', (lang) => {
    const plan = buildTemplatePlan(lang);
    expect(plan.sheets.map((s) => s.name)).toEqual(SHEETS.map((s) => s[lang]));
    for (const [i, sheet] of plan.sheets.entries()) {
      expect(sheet.columns.map((c) => c.header)).toEqual(SHEETS[i]?.fields.map((f) => f[lang]));
    }
  });

  it('writes French headers in French and English ones in English', () => {
    expect(buildTemplatePlan('fr').sheets[0]?.columns.map((c) => c.header)).toContain("Date d'adhésion");
    expect(buildTemplatePlan('en').sheets[2]?.name).toBe('Attendance');
    expect(buildTemplatePlan('fr').sheets[2]?.name).toBe('Présences');
  });

  it.each(LANGS)('holds no data rows except Settings, filled with every setting and its default (%s)', (lang) => {
    const plan = buildTemplatePlan(lang);
    for (const sheet of plan.sheets.slice(0, 6)) expect(sheet.rows).toEqual([]);
    const settings = plan.sheets[6];
    expect(settings?.layout).toBe('keyValue');
    const written = (value: string | number | boolean) =>
      typeof value === 'boolean' ? listLabel('boolean', value ? 'yes' : 'no', lang) : value;
    expect(settings?.rows).toEqual(SETTING_SPECS.map((s) => [s[lang], written(DEFAULT_SETTINGS[s.key])]));
  });

  it('writes the yes/no setting publishOrganisations as the word the list accepts', () => {
    const row = (lang: 'fr' | 'en') =>
      buildTemplatePlan(lang).sheets[6]?.rows.find(
        (r) => r[0] === SETTING_SPECS.find((s) => s.key === 'publishOrganisations')?.[lang],
      );
    expect(row('fr')).toEqual(['Publier les noms des organisations dans les rapports pour les bailleurs', 'Oui']);
    expect(row('en')).toEqual(['Publish organisation names in donor reports', 'Yes']);
  });

  it.each(LANGS)('offers every list column as a drop-down of that list in %s', (lang) => {
    const plan = buildTemplatePlan(lang);
    const lists = plan.sheets.flatMap((s) => s.columns).flatMap((c) => (c.kind.kind === 'list' ? [c.kind] : []));
    // pillar, gender, meeting type, status, topics, lessons, attendance, category, actor, severity,
    // follow-up, confidential; the mapping's pillar and influence; the initiatives' kind.
    expect(lists.map((l) => l.list)).toEqual([
      'pillar',
      'gender',
      'meetingType',
      'meetingStatus',
      'topic',
      'country',
      'attendance',
      'incidentCategory',
      'actor',
      'severity',
      'followUp',
      'boolean',
      'pillar',
      'influence',
      'initiativeKind',
    ]);
    for (const l of lists) expect(l.labels).toEqual(LISTS[l.list].map((e) => e[lang]));
    const pillar = plan.sheets[0]?.columns.find((c) => c.key === 'pillar');
    expect(pillar?.kind).toEqual({
      kind: 'list',
      list: 'pillar',
      labels: LISTS.pillar.map((e) => e[lang]),
      multiple: false,
    });
    // Topics and countries take several values: the drop-down suggests, it never warns.
    expect(lists.filter((l) => l.multiple).map((l) => l.list)).toEqual(['topic', 'country']);
  });

  it('marks date columns and gives every column a width that fits its header', () => {
    const plan = buildTemplatePlan('fr');
    const members = plan.sheets[0]?.columns ?? [];
    expect(members.filter((c) => c.kind.kind === 'date').map((c) => c.key)).toEqual(['joined', 'left']);
    for (const c of plan.sheets.flatMap((s) => s.columns)) expect(c.width).toBeGreaterThan(c.header.length);
  });

  it('names the hidden lists sheet after no contract sheet, in each language', () => {
    const names = SHEETS.flatMap((s) => [s.en, s.fr, ...s.aliases]).map((n) => n.toLowerCase());
    for (const lang of LANGS) expect(names).not.toContain(buildTemplatePlan(lang).listsSheetName.toLowerCase());
    expect(buildTemplatePlan('fr').listPrompt.message).toMatch(/liste/);
    expect(missingKeys(TEMPLATE_MESSAGES)).toEqual([]);
  });
});
