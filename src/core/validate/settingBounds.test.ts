/**
 * Count settings (days, meetings, members, the donors' smallest count): a date typed there, or a
 * number above the setting's bound, is a `cell/type` error on its cell, the default is used, and
 * the message says why in both languages.
 */
import { dayFromIso, formatIssueMessage, SETTING_SPECS, validateWorkbook, type RawCell } from '..';
import { cleanWith } from '../../../test/builders/workbook';

const asOf = dayFromIso('2025-09-30')!;

/** The clean workbook whose Settings sheet holds one setting, as the user typed it in B2. */
function withSetting(label: string, value: RawCell) {
  const result = validateWorkbook(
    cleanWith({
      Settings: [
        ['Setting', 'Value'],
        [label, value],
      ],
    }),
    { asOf },
  );
  return {
    result,
    issues: result.issues.map((i) => ({ ...i, fr: formatIssueMessage(i, 'fr'), en: formatIssueMessage(i, 'en') })),
  };
}

/** The one issue a refused "Follow-up overdue after (days)" in B2 gets: an error on its cell, with its sentences. */
function overdueRefused(said: { readonly value?: string; readonly en: string; readonly fr: string }) {
  const where = { code: 'cell/type', severity: 'error', cell: 'Settings!B2', field: 'overdueDays' };
  return [expect.objectContaining({ ...where, ...said })];
}

describe('a date in a count setting', () => {
  it('is a cell/type error on its cell, not 45,292 days, and the default is used', () => {
    const { result, issues } = withSetting('Follow-up overdue after (days)', new Date(Date.UTC(2024, 0, 1)));
    expect(result.settings.overdueDays).toBe(90);
    expect(issues).toEqual(
      overdueRefused({
        en: '“01/01/2024” is a date, but “Follow-up overdue after (days)” needs a whole number from 1 to 3,650\u00a0days; if you typed a number, the cell is formatted as a date (Home › Number › General). The default (90) is used.',
        fr: '«\u00a001/01/2024\u00a0» est une date, mais «\u00a0Suivi en retard après (jours)\u00a0» demande un nombre entier de 1 à 3\u00a0650\u00a0jours\u00a0; si vous avez tapé un nombre, la cellule est au format date (Accueil › Nombre › Standard). La valeur par défaut (90) est utilisée.',
      }),
    );
  });
});

describe('a count setting above its bound', () => {
  it('is a cell/type error whose message states the bound, and the default is used', () => {
    const { result, issues } = withSetting('Suivi en retard après (jours)', 45_292);
    expect(result.settings.overdueDays).toBe(90);
    expect(issues).toEqual(
      overdueRefused({
        value: '45292',
        en: '“45292” is too large for “Follow-up overdue after (days)”: at most 3,650\u00a0days. The default (90) is used.',
        fr: '«\u00a045292\u00a0» est trop grand pour «\u00a0Suivi en retard après (jours)\u00a0»\u00a0: au plus 3\u00a0650\u00a0jours. La valeur par défaut (90) est utilisée.',
      }),
    );
  });

  it('says each count setting’s own bound and unit (or a bare number for the donors’ smallest count)', () => {
    const said = (label: string, value: RawCell) => withSetting(label, value).issues.map((i) => i.en);
    expect(said('Target meetings per month', 32)).toEqual([expect.stringContaining('at most 31\u00a0meetings.')]);
    expect(said('Minimum active members per pillar', 101)).toEqual([
      expect.stringContaining('at most 100\u00a0members.'),
    ]);
    expect(said('Engagement window (meetings)', 121)).toEqual([expect.stringContaining('at most 120\u00a0meetings.')]);
    expect(said('A link is dormant after (days)', 3651)).toEqual([expect.stringContaining('at most 3,650\u00a0days.')]);
    expect(said('Smallest count shown in donor reports', 101)).toEqual([expect.stringContaining('at most 100.')]);
  });

  it('reads every count setting at its bound, and refuses one more', () => {
    for (const spec of SETTING_SPECS) {
      if (spec.kind.kind !== 'count') continue;
      const atBound = withSetting(spec.en, spec.kind.max);
      expect({ key: spec.key, issues: atBound.issues, value: atBound.result.settings[spec.key] }).toEqual({
        key: spec.key,
        issues: [],
        value: spec.kind.max,
      });
      const above = withSetting(spec.fr, spec.kind.max + 1);
      expect({ key: spec.key, codes: above.issues.map((i) => i.code) }).toEqual({
        key: spec.key,
        codes: ['cell/type'],
      });
    }
  });
});
