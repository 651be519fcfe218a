import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createFormat,
  MEASURES,
  MEASURE_TARGETS,
  type Lang,
  type ReportAudience,
  type ReportModel,
  type TargetKey,
} from '../../src/core';
import { reportBytes, reportModel, sampleWorkbook, YEAR } from './sampleReport';

/**
 * The written report opened by spreadsheet programs no one here wrote: LibreOffice turns it
 * into a PDF whose text must hold every sheet's title and the key figures; openpyxl reads the
 * figures back as numbers and dates, and finds the pictures anchored on the Charts sheet.
 * A missing LibreOffice or openpyxl fails these tests: they are not optional.
 */
const dir = mkdtempSync(join(tmpdir(), 'vpwg-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CASES: readonly { lang: Lang; audience: ReportAudience }[] = [
  { lang: 'fr', audience: 'donor' },
  { lang: 'fr', audience: 'internal' },
  { lang: 'en', audience: 'internal' },
];
const SHEETS: Record<Lang, string[]> = {
  fr: [
    'Synthèse',
    'Réunions',
    'Membres',
    'Engagement',
    'Cartographie',
    'Expertise et liens',
    'Incidents',
    'Graphiques',
    'Qualité des données',
  ],
  en: [
    'Summary',
    'Meetings',
    'Membership',
    'Engagement',
    'Outreach',
    'Expertise and links',
    'Incidents',
    'Charts',
    'Data quality',
  ],
};
const TITLES: Record<Lang, string[]> = {
  fr: [
    'Rapport de suivi',
    'Réunions tenues sur la période',
    'Membres',
    'Engagement des membres',
    'Cartographie des acteurs',
    'Expertise technique et liens avec d’autres initiatives',
    'Incidents',
    'Graphiques',
    'Qualité des données',
  ],
  en: [
    'Monitoring report',
    'Meetings held in the period',
    'Membership',
    'Member engagement',
    'Outreach: the stakeholder mapping',
    'Technical expertise and links with other initiatives',
    'Incidents',
    'Charts',
    'Data quality',
  ],
};

const written = new Map<string, { file: string; model: ReportModel }>();
beforeAll(async () => {
  for (const { lang, audience } of CASES) {
    const model = reportModel(sampleWorkbook(lang), YEAR, audience);
    const file = join(dir, `report-${lang}-${audience}.xlsx`);
    writeFileSync(file, await reportBytes(model, lang));
    written.set(`${lang}-${audience}`, { file, model });
  }
});

function entry(lang: Lang, audience: ReportAudience) {
  const found = written.get(`${lang}-${audience}`);
  if (!found) throw new Error('report not written');
  return found;
}

describe('LibreOffice opens the report and prints every sheet', () => {
  const pdfText = new Map<string, string>();
  beforeAll(() => {
    const files = CASES.map((c) => entry(c.lang, c.audience).file);
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/lo-profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files,
      ],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
    for (const c of CASES) {
      const pdf = entry(c.lang, c.audience).file.replace(/\.xlsx$/, '.pdf');
      pdfText.set(`${c.lang}-${c.audience}`, execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    }
  }, 180_000);

  it.each(CASES)(
    '$lang $audience: every sheet title, the group, the period and key figures are in the PDF',
    ({ lang, audience }) => {
      const text = pdfText.get(`${lang}-${audience}`) ?? '';
      const { model } = entry(lang, audience);
      for (const title of TITLES[lang]) expect(text).toContain(title);
      expect(text).toContain(model.summary.groupName);
      expect(text).toContain(model.summary.period.label ?? '');
      expect(text).toContain(lang === 'fr' ? 'Progrès par rapport aux objectifs' : 'Progress against targets');
      if (model.incidents.kind !== 'figures' || model.incidents.recorded.kind !== 'count')
        throw new Error('the sample year has incident figures');
      const recorded = model.incidents.recorded.value;
      // Incidents recorded, meetings held and active members, as the tables print them.
      expect(text).toMatch(
        new RegExp(
          `${lang === 'fr' ? 'Incidents enregistrés sur la période' : 'Incidents recorded in the period'}\\s+${recorded}\\b`,
        ),
      );
      expect(text).toMatch(
        new RegExp(
          `${lang === 'fr' ? 'Réunions tenues' : 'Meetings held'}\\s+${model.meetings.rhythm.meetingsHeld}\\b`,
        ),
      );
      expect(text).toMatch(new RegExp(`Total\\s+${model.membership.active}\\b`));
      if (audience === 'donor') expect(text).toContain('< 5');
      else expect(text).toContain((model.membership.atRisk ?? [])[0]?.name ?? 'an at-risk member');
    },
  );

  it.each(CASES)(
    '$lang $audience: the Summary groups the targets under the four measures, in order',
    ({ lang, audience }) => {
      const text = pdfText.get(`${lang}-${audience}`) ?? '';
      const format = createFormat(lang);
      // pdftotext may write French typography's no-break spaces as plain ones: both sides alike.
      const plain = (s: string) => s.replace(/\u00a0/g, ' ');
      const at = (words: string): number => plain(text).indexOf(plain(words));
      const headings = MEASURES.map((m) => at(format.measure(m)));
      expect(headings.every((i) => i >= 0)).toBe(true);
      expect([...headings].sort((p, q) => p - q)).toEqual(headings);
      // Each target prints under the heading of its measure (the last one above it).
      const under = (key: TargetKey): number | undefined => {
        const p = at(format.target(key));
        return p < 0 ? undefined : MEASURES.filter((_, i) => (headings[i] ?? Infinity) < p).pop();
      };
      for (const m of MEASURES) for (const key of MEASURE_TARGETS[m]) expect([key, under(key)]).toEqual([key, m]);
    },
  );

  it.each(CASES)(
    '$lang $audience: Outreach and Expertise and links print their figures, the dormant link in words',
    ({ lang, audience }) => {
      const text = pdfText.get(`${lang}-${audience}`) ?? '';
      const { model } = entry(lang, audience);
      if (model.outreach.kind !== 'figures') throw new Error('the sample has a stakeholder mapping');
      const o = model.outreach.figures;
      const pipeline = o.byStage.identified + o.byStage.contacted + o.byStage.invited;
      // The stages-by-pillar total: mapped, being approached, members, declined.
      expect(text).toMatch(
        new RegExp(`Total\\s+${o.mapped}\\s+${pipeline}\\s+${o.byStage.member}\\s+${o.byStage.declined}\\b`),
      );
      const dormant = model.links.initiatives.find((i) => i.dormant);
      if (!dormant) throw new Error('the sample has a dormant link');
      const words =
        lang === 'fr' ? 'Inactif : aucune réunion depuis plus de 180 jours' : 'Dormant: no meeting for over 180 days';
      expect(text).toMatch(new RegExp(`${escape(dormant.name)}.*${words}`));
      const sessions = lang === 'fr' ? 'Séances techniques (atelier' : 'Technical sessions (workshop';
      expect(text).toMatch(new RegExp(`${escape(sessions)}.*\\s${model.expertise.sessions}\\n`));
    },
  );

  it('internal: every printed page of the mapped organisations repeats the list header', () => {
    const { model } = entry('fr', 'internal');
    const stakeholders = model.outreach.kind === 'figures' ? (model.outreach.stakeholders ?? []) : [];
    const pages = (pdfText.get('fr-internal') ?? '').split('\f');
    const listing = pages.filter((page) => stakeholders.some((s) => new RegExp(`\\s${s.stakeholderId}\\s`).test(page)));
    // The sample's mapping runs onto a second page: the test would prove nothing on one.
    expect(listing.length).toBeGreaterThan(1);
    for (const page of listing) expect(page).toMatch(/Organisation\s+Pilier\s+Influence\s+Étape\s+Identifié le/);
    const declined = stakeholders.find((s) => s.stage === 'declined');
    expect(declined && pages.join('').includes(declined.organisation)).toBe(true);
  });
});

function escape(words: string): string {
  return words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface ReadBack {
  sheets: string[];
  meetingsHeld: unknown;
  recorded: unknown;
  shareFormat: string;
  asOfType: string;
  images: { count: number; anchors: string[] };
  landscape: boolean[];
  printAreas: boolean[];
  frozen: (string | null)[];
}

const PYTHON = String.raw`
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
labels = json.loads(sys.argv[2])
def value_after(ws, label):
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == label:
                for nxt in row[cell.column:]:
                    if nxt.value is not None:
                        return nxt
    return None
summary = wb.worksheets[0]
held = value_after(wb.worksheets[1], labels['held'])
recorded = value_after(wb.worksheets[6], labels['recorded'])
attendance = value_after(summary, labels['attendance'])
as_of = value_after(summary, labels['asOf'])
charts = wb.worksheets[7]
print(json.dumps({
  'sheets': wb.sheetnames,
  'meetingsHeld': held.value if held else None,
  'recorded': recorded.value if recorded else None,
  'shareFormat': attendance.number_format if attendance else '',
  'asOfType': type(as_of.value).__name__ if as_of else '',
  'images': {'count': len(charts._images), 'anchors': [type(i.anchor).__name__ for i in charts._images]},
  'landscape': [ws.page_setup.orientation == 'landscape' for ws in wb.worksheets],
  'printAreas': [bool(ws.print_area) for ws in wb.worksheets],
  'frozen': [ws.freeze_panes for ws in wb.worksheets],
}))
`;

describe('openpyxl reads the figures back', () => {
  it.each(CASES)(
    '$lang $audience: sheets in order, numbers as numbers, dates as dates, pictures anchored to cells',
    ({ lang, audience }) => {
      const { file, model } = entry(lang, audience);
      const labels =
        lang === 'fr'
          ? {
              held: 'Réunions tenues',
              recorded: 'Incidents enregistrés sur la période',
              attendance: 'Taux de présence moyen',
              asOf: 'Situation au',
            }
          : {
              held: 'Meetings held',
              recorded: 'Incidents recorded in the period',
              attendance: 'Average attendance rate',
              asOf: 'As of',
            };
      const out = JSON.parse(
        execFileSync('/usr/bin/python3', ['-c', PYTHON, file, JSON.stringify(labels)], { encoding: 'utf8' }),
      ) as ReadBack;
      expect(out.sheets).toEqual(SHEETS[lang]);
      expect(out.meetingsHeld).toBe(model.meetings.rhythm.meetingsHeld);
      const recorded = model.incidents.kind === 'figures' ? model.incidents.recorded : null;
      expect(out.recorded).toBe(recorded?.kind === 'count' ? recorded.value : -1);
      expect(out.shareFormat).toBe('0%');
      expect(out.asOfType).toBe('datetime');
      const drawn = model.charts.incidentsByCategory?.some((r) => r.count.kind === 'count' && r.count.value > 0)
        ? 4
        : 3;
      expect(out.images).toEqual({ count: drawn, anchors: Array.from({ length: drawn }, () => 'TwoCellAnchor') });
      expect(out.landscape.every(Boolean)).toBe(true);
      expect(out.printAreas.every(Boolean)).toBe(true);
      expect(out.frozen.every((f) => f !== null)).toBe(true);
    },
  );
});
