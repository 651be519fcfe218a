import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  computeIndicators,
  indicatorsToJson,
  dayFromIso,
  dayFromText,
  DEFAULT_SETTINGS,
  ISSUE_CODES,
  issueMessages,
  LISTS,
  listLabel,
  normaliseName,
  resolvePeriod,
  SETTING_SPECS,
  SHEETS,
  validateWorkbook,
  type Catalogue,
  type FieldSpec,
  type Lang,
  type ListEntry,
  type ListName,
  type RawWorkbook,
} from '../../src/core';

/*
 * The secretariat's guide (docs/classeur.md in French, docs/workbook.md in English) against
 * the core's own definitions: every sheet, column, list value, setting and issue code the
 * engine knows is documented in both languages, with nothing the engine does not know.
 *
 * How the guides are laid out, so that a new sheet, column, list or code is easy to add:
 * - each part starts with an anchor `<a id="…"></a>` and runs to the next anchor:
 *   `sheet-<sheet key>`, `list-<list name>`, `issue-<code with / as ->`;
 * - a sheet part has the line `**Obligatoire** : oui|non` (`**Required**: yes|no`), a line
 *   of other accepted sheet names, and a table of columns whose head cell is `Colonne`
 *   (`Column`), with six cells: header, other accepted headers (the other language's one when
 *   it differs, the aliases, the technical key), type, required, what to write, an example;
 * - a list part has a table whose head cell is `Français` (`English`): this language's value,
 *   the other language's value, other accepted spellings, the code;
 * - the settings part (`sheet-settings`) has a second table, head cell `Paramètre`
 *   (`Setting`): label, other language's label, key, default, allowed values, purpose;
 * - an issue part quotes every message of its code, as the app shows it.
 * Literal values are written between backticks, exactly as a user types them.
 */

const root = join(__dirname, '..', '..');
const docsDir = join(root, 'docs');

interface GuideWords {
  readonly file: string;
  readonly other: Lang;
  readonly required: RegExp;
  readonly sheetNames: string;
  readonly yes: string;
  readonly no: string;
  readonly types: { readonly text: string; readonly date: string; readonly list: string; readonly multi: string };
  readonly descriptive: string;
  /** What a column flagged `neverExported` says: never exported, or at least never to donors. */
  readonly neverExported: RegExp;
  readonly columnHead: string;
  readonly listHead: string;
  readonly settingHead: string;
  readonly rate: (percent: number) => string;
}

const GUIDES: Record<Lang, GuideWords> = {
  fr: {
    file: 'classeur.md',
    other: 'en',
    required: /^- \*\*Obligatoire\*\* : (oui|non)\b/m,
    sheetNames: '- Autres noms acceptés pour la feuille :',
    yes: 'oui',
    no: 'non',
    types: { text: 'texte', date: 'date', list: 'liste', multi: 'plusieurs valeurs' },
    descriptive: 'descriptive',
    neverExported: /jamais exportée|jamais dans le rapport pour les bailleurs/i,
    columnHead: 'Colonne',
    listHead: 'Français',
    settingHead: 'Paramètre',
    rate: (p) => `${p} %`,
  },
  en: {
    file: 'workbook.md',
    other: 'fr',
    required: /^- \*\*Required\*\*: (yes|no)\b/m,
    sheetNames: '- Other accepted sheet names:',
    yes: 'yes',
    no: 'no',
    types: { text: 'text', date: 'date', list: 'list', multi: 'several values' },
    descriptive: 'descriptive',
    neverExported: /never exported|never in the donor report/i,
    columnHead: 'Column',
    listHead: 'English',
    settingHead: 'Setting',
    rate: (p) => `${p}%`,
  },
};

const LANGS: readonly Lang[] = ['fr', 'en'];
const read = (path: string) => readFileSync(path, 'utf8');
const guideText = (lang: Lang) => read(join(docsDir, GUIDES[lang].file));

/** The part of a guide from its anchor to the next anchor, or null when the anchor is absent. */
function part(text: string, id: string): string | null {
  const marker = `<a id="${id}"></a>`;
  const start = text.indexOf(marker);
  if (start < 0) return null;
  const next = text.indexOf('<a id="', start + marker.length);
  return text.slice(start + marker.length, next < 0 ? undefined : next);
}

function partOf(text: string, id: string): string {
  const found = part(text, id);
  if (found === null) throw new Error(`the guide has no part <a id="${id}"></a>`);
  return found;
}

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());

/** The body rows (as cells) of the first table whose head row starts with `head`. */
function table(text: string, head: string): string[][] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim().startsWith('|') && cellsOf(l)[0] === head);
  if (at < 0) throw new Error(`no table headed “${head}”`);
  const rows: string[][] = [];
  for (const line of lines.slice(at + 2)) {
    if (!line.trim().startsWith('|')) break;
    rows.push(cellsOf(line));
  }
  return rows;
}

/** The literal values of a text: what stands between backticks. */
const literals = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
const code = (value: string) => `\`${value}\``;
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** The row whose first cell is exactly this literal. */
function rowFor(rows: string[][], value: string): string[] {
  const row = rows.find((r) => r[0] === code(value));
  if (!row) throw new Error(`no row for ${code(value)}`);
  return row;
}

describe.each(LANGS)('the %s guide', (lang) => {
  const words = GUIDES[lang];
  const other = words.other;
  const text = guideText(lang);

  describe.each(SHEETS.map((s) => [s.en, s] as const))('sheet %s', (_name, sheet) => {
    // Read inside each test, so that a missing part fails its tests rather than the whole file.
    const sheetPart = () => partOf(text, `sheet-${sheet.key}`);

    it('is a part with the sheet name, whether it is required, and every other accepted name', () => {
      const body = sheetPart();
      expect(body.split('\n').find((l) => l.startsWith('#'))).toContain(code(sheet[lang]));
      expect(words.required.exec(body)?.[1]).toBe(sheet.required ? words.yes : words.no);
      const namesLine = body.split('\n').find((l) => l.startsWith(words.sheetNames)) ?? '';
      const expected = [...(sheet[other] === sheet[lang] ? [] : [sheet[other]]), ...sheet.aliases];
      expect(sorted(literals(namesLine))).toEqual(sorted(expected));
    });

    it('lists exactly its columns', () => {
      const rows = table(sheetPart(), words.columnHead);
      expect(sorted(rows.map((r) => r[0]!))).toEqual(sorted(sheet.fields.map((f) => code(f[lang]))));
    });

    it.each(sheet.fields.map((f) => [f.key, f] as const))(
      'documents column %s: other headers, type, required, privacy and a valid example',
      (_key, field: FieldSpec) => {
        const row = rowFor(table(sheetPart(), words.columnHead), field[lang]);
        expect(row).toHaveLength(6);
        const [, others = '', type = '', required = '', what = '', example = ''] = row;
        const expectedOthers = [...(field[other] === field[lang] ? [] : [field[other]]), ...field.aliases, field.key];
        expect(sorted(literals(others))).toEqual(sorted(expectedOthers));
        expect(type.startsWith(words.types[field.type.kind])).toBe(true);
        if (field.type.kind === 'list') {
          expect(type).toContain(`](#list-${field.type.list})`);
          expect(type.includes(words.descriptive)).toBe(field.type.descriptive);
        }
        expect(required).toBe(field.required ? words.yes : words.no);
        expect(words.neverExported.test(what)).toBe(field.neverExported === true);
        const [sample] = literals(example);
        expect(sample).toBeDefined();
        if (field.type.kind === 'date') expect(dayFromText(sample!)).not.toBeNull();
        if (field.type.kind === 'list') {
          const accepted = (LISTS[field.type.list] as readonly ListEntry[]).flatMap((e) => [e.en, e.fr, ...e.aliases]);
          expect(accepted.map(normaliseName)).toContain(normaliseName(sample!));
        }
        if (field.type.kind === 'multi' && field.type.list !== null) {
          // A multi-value column links its list, and its example holds several values of it.
          expect(type).toContain(`](#list-${field.type.list})`);
          const accepted = (LISTS[field.type.list] as readonly ListEntry[]).flatMap((e) => [e.en, e.fr, ...e.aliases]);
          const parts = sample!.split(field.type.comma ? /[;,]/ : ';').map((p) => normaliseName(p));
          expect(parts.length).toBeGreaterThan(1);
          for (const p of parts) expect(accepted.map(normaliseName)).toContain(p);
        }
      },
    );
  });

  it('has the sheets overview: each sheet linked, required or not', () => {
    const rows = table(partOf(text, 'sheets'), lang === 'fr' ? 'Feuille' : 'Sheet');
    expect(rows.map((r) => [r[0], r[1]])).toEqual(
      SHEETS.map((s) => [`[${code(s[lang])}](#sheet-${s.key})`, s.required ? words.yes : words.no]),
    );
  });

  describe.each(Object.keys(LISTS) as ListName[])('list %s', (list) => {
    const entries = LISTS[list] as readonly ListEntry[];

    it('has every value with its other language, every other spelling and its code, and nothing more', () => {
      const rows = table(partOf(text, `list-${list}`), words.listHead);
      expect(rows).toHaveLength(entries.length);
      for (const entry of entries) {
        const [, otherLabel, aliases = '', entryCode] = rowFor(rows, entry[lang]);
        expect(otherLabel).toBe(code(entry[other]));
        expect(sorted(literals(aliases))).toEqual(sorted(entry.aliases));
        expect(entryCode).toBe(code(entry.code));
      }
    });
  });

  it('has every setting with its labels, key, default and limits, and nothing more', () => {
    const rows = table(partOf(text, 'sheet-settings'), words.settingHead);
    expect(rows).toHaveLength(SETTING_SPECS.length);
    for (const spec of SETTING_SPECS) {
      const [, otherLabel, key, defaultValue, allowed = ''] = rowFor(rows, spec[lang]);
      expect(otherLabel).toBe(code(spec[other]));
      expect(key).toBe(code(spec.key));
      const value = DEFAULT_SETTINGS[spec.key];
      const written =
        spec.kind.kind === 'rate'
          ? words.rate(Math.round(Number(value) * 100))
          : typeof value === 'boolean'
            ? listLabel('boolean', value ? 'yes' : 'no', lang)
            : String(value);
      expect(defaultValue).toBe(code(written));
      if (spec.kind.kind === 'count') {
        expect(allowed).toContain(`≥ ${spec.kind.min}`);
        expect(allowed).toContain(`≤ ${spec.kind.max}`);
      }
      if (spec.kind.kind === 'rate') expect(allowed).toContain(words.rate(100));
      if (spec.kind.kind === 'boolean') expect(allowed).toContain(code(listLabel('boolean', 'no', lang)));
    }
  });

  describe.each(ISSUE_CODES.map((c) => [c] as const))('issue %s', (issueCode) => {
    const id = `issue-${issueCode.replace(/\//g, '-')}`;

    it('has its own part, listed in the overview', () => {
      expect(
        partOf(text, id)
          .split('\n')
          .find((l) => l.startsWith('#')),
      ).toContain(code(issueCode));
      const overview = table(partOf(text, 'issues'), 'Code');
      expect(overview.map((r) => r[0])).toContain(`[${code(issueCode)}](#${id})`);
    });

    it('quotes every message of the code as the app writes it', () => {
      const body = partOf(text, id);
      const keys = messageKeys(issueMessages[lang]).filter(([key]) => codeOfMessage(key) === issueCode);
      expect(keys.length).toBeGreaterThan(0);
      for (const [key, template] of keys) {
        // Word for word; the guide writes French typography's no-break spaces as plain ones.
        for (const fragment of fixedParts(template))
          expect({ key, quoted: body.includes(fragment.replace(/\u00a0/g, ' ')) }).toEqual({ key, quoted: true });
      }
    });
  });

  it('documents no issue code the core does not have', () => {
    const documented = [...text.matchAll(/<a id="issue-([^"]+)"><\/a>/g)].map((m) => m[1]);
    expect(sorted(documented.map(String))).toEqual(sorted(ISSUE_CODES.map((c) => c.replace(/\//g, '-'))));
  });
});

function messageKeys(catalogue: Catalogue, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : messageKeys(v, `${prefix}${k}.`),
  );
}

/** A message key's code: `cell/enum_warning_hint` belongs to `cell/enum`. */
function codeOfMessage(key: string): string | undefined {
  return ISSUE_CODES.find((c) => key === c || key.startsWith(`${c}_`));
}

/** The fixed text of a message, between its placeholders (pieces of 4 characters or more). */
function fixedParts(template: string): string[] {
  return template
    .split(/\{\{[^}]*\}\}/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 4);
}

test('every issue message belongs to an issue code (so the guides can quote it)', () => {
  for (const lang of LANGS) {
    expect(messageKeys(issueMessages[lang]).filter(([key]) => codeOfMessage(key) === undefined)).toEqual([]);
  }
});

/**
 * A small workbook with a meeting, an attendance, an incident, a stakeholder and an initiative:
 * every block of the indicators is filled, every list holds an item.
 */
const SMALL: RawWorkbook = {
  date1904: false,
  sheets: [
    {
      name: 'Members',
      rows: [
        ['Member ID', 'Name', 'Organisation', 'Pillar', 'Joined'],
        ['M1', 'Ana', 'Org', 'NGO', '01/01/2025'],
      ],
    },
    {
      name: 'Meetings',
      rows: [
        ['Meeting ID', 'Date', 'Topics', 'Lessons from', 'Linked initiative'],
        ['R1', '15/07/2025', 'Gender', 'Ghana', 'IDAK'],
      ],
    },
    {
      name: 'Attendance',
      rows: [
        ['Meeting ID', 'Member ID', 'Attendance'],
        ['R1', 'M1', 'Present'],
      ],
    },
    {
      name: 'Incidents',
      rows: [
        ['Incident ID', 'Date', 'Territory', 'Category', 'Alleged perpetrator', 'Follow-up'],
        ['I1', '01/07/2025', 'Kipushi', 'Other', 'Unknown', 'Open'],
      ],
    },
    {
      name: 'Stakeholders',
      rows: [
        ['Stakeholder ID', 'Organisation', 'Pillar', 'Identified on', 'Member ID'],
        ['S1', 'Org', 'NGO', '01/12/2024', 'M1'],
      ],
    },
    {
      name: 'Initiatives',
      rows: [
        ['Initiative', 'Kind'],
        ['IDAK', 'IDAK'],
      ],
    },
  ],
};

/** Objects whose keys are codes, settings or sheet names (documented elsewhere), not figures. */
const MAPS = new Set(['byPillar', 'byCategory', 'byActor', 'settings', 'excludedRows']);

/** Every key of the JSON form of the indicators, at any depth, except the keys of MAPS. */
function jsonKeys(value: unknown, parent = ''): Set<string> {
  const keys = new Set<string>();
  if (Array.isArray(value)) for (const item of value) for (const k of jsonKeys(item)) keys.add(k);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (!MAPS.has(parent)) keys.add(k);
      for (const inner of jsonKeys(v, k)) keys.add(inner);
    }
  }
  return keys;
}

describe.each([
  ['fr', 'indicateurs.md'],
  ['en', 'indicators.md'],
])('the %s page on the figures (%s)', (_lang, file) => {
  it('names every key of `vpwg indicators --json`', () => {
    const asOf = dayFromIso('2025-09-30')!;
    const period = resolvePeriod({ kind: 'quarter', quarter: '2025-Q3' }, asOf);
    if (!period.ok) throw new Error('bad period');
    const validated = validateWorkbook(SMALL, { asOf });
    expect(validated.counts.error).toBe(0);
    const json: unknown = JSON.parse(JSON.stringify(indicatorsToJson(computeIndicators(validated, period.period))));
    const keys = [...jsonKeys(json)];
    expect(keys.length).toBeGreaterThan(40);
    const text = read(join(docsDir, file));
    expect(keys.filter((k) => !text.includes(code(k)))).toEqual([]);
  });
});

describe('links', () => {
  const markdown = [
    join(root, 'README.md'),
    ...readdirSync(docsDir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(docsDir, f)),
  ];

  it('the README sends readers to docs/, never to ../shared/spec', () => {
    const readme = read(join(root, 'README.md'));
    expect(readme).not.toContain('../shared/spec');
    expect(readme).toContain('](docs/README.md)');
  });

  it('the docs index links every guide in both languages', () => {
    const index = read(join(docsDir, 'README.md'));
    for (const file of readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      expect(index).toContain(`](${file})`);
    }
  });

  it.each(markdown.map((f) => [relative(root, f), f] as const))(
    '%s: every local link reaches a file and an anchor that exist',
    (_name, file) => {
      const broken: string[] = [];
      const text = read(file);
      // Code spans and blocks hold no links.
      const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
      for (const m of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/i.test(target)) continue;
        const [path = '', anchor] = target.split('#');
        const targetFile = path === '' ? file : join(dirname(file), path);
        if (!existsSync(targetFile)) {
          broken.push(target);
          continue;
        }
        if (anchor !== undefined && !read(targetFile).includes(`<a id="${anchor}"></a>`)) broken.push(target);
      }
      expect(broken).toEqual([]);
    },
  );
});
