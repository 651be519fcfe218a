/**
 * @jest-environment jsdom
 */
import '../../../test/ui/domStubs';
import { fireEvent, render, screen, within } from '@testing-library/react';
import {
  MEASURES,
  MEASURE_TARGETS,
  computeIndicators,
  createFormat,
  dayFromYmd,
  resolvePeriod,
  validateWorkbook,
  type Lang,
  type RawWorkbook,
} from '../../core';
import { App } from '../App';
import type { ReportBuilder } from '../../ports';
import { sampleWorkbook, webHost } from '../../../test/ui/memoryHosts';
import { syntheticWorkbook } from '../../../bench/syntheticWorkbook';

const TODAY = dayFromYmd(2025, 9, 15);
const unusedReport: ReportBuilder = () => Promise.reject(new Error('this test does not export a report'));

function engine(raw: RawWorkbook) {
  const period = resolvePeriod({ kind: 'quarter', quarter: '2025-Q3' }, TODAY);
  if (!period.ok) throw new Error('period');
  return computeIndicators(validateWorkbook(raw, { asOf: TODAY }), period.period);
}

async function drawn(raw: RawWorkbook, lang: Lang) {
  render(<App host={webHost(raw, lang)} today={TODAY} buildReport={unusedReport} />);
  await screen.findAllByRole('list', { name: /^(Targets|Objectifs) / }, { timeout: 10000 });
}

function section(measure: number): HTMLElement {
  const found = document.querySelector(`section[data-measure="${measure}"]`);
  if (!(found instanceof HTMLElement)) throw new Error(`no section for measure ${measure}`);
  return found;
}

describe('the dashboard, one section per measure of the programme', () => {
  it('shows each target under its measure, in the order the core groups them', async () => {
    await drawn(sampleWorkbook('en', TODAY), 'en');
    for (const measure of MEASURES) {
      const keys = [...section(measure).querySelectorAll('[data-target]')].map((e) => e.getAttribute('data-target'));
      expect([measure, keys]).toEqual([measure, MEASURE_TARGETS[measure]]);
    }
  });

  it('gives measure 1 the mapping’s figures and its funnel by pillar, with the engine’s numbers in its table', async () => {
    const raw = sampleWorkbook('fr', TODAY);
    const { outreach } = engine(raw);
    if (!outreach) throw new Error('the sample has a Stakeholders sheet');
    await drawn(raw, 'fr');
    const one = section(1);
    const figure = (key: string) => one.querySelector(`[data-figure="${key}"] dd`)?.textContent;
    expect(figure('mapped')).toBe(String(outreach.mapped));
    expect(figure('keyOnBoard')).toBe(`${outreach.keyOnBoard} sur ${outreach.keyStakeholders}`);
    expect(figure('conversion')).toBe(createFormat('fr').percent(outreach.conversionShare));
    const table = within(one).getByRole('table', { name: 'Cartographie des acteurs par pilier' });
    const government = within(table).getByRole('rowheader', { name: 'Gouvernement' }).closest('tr');
    const g = outreach.byPillar.government;
    expect([...(government?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      String(g.member),
      String(g.pipeline),
      String(g.declined),
    ]);
    expect(within(one).getByRole('img', { name: 'Cartographie des acteurs par pilier' })).toBeTruthy();
  });

  it('says how to start the mapping when the workbook has no Stakeholders sheet, instead of an empty chart', async () => {
    const full = sampleWorkbook('en', TODAY);
    const raw = { ...full, sheets: full.sheets.filter((s) => s.name !== 'Stakeholders') };
    expect(raw.sheets.length).toBe(full.sheets.length - 1);
    await drawn(raw, 'en');
    const one = section(1);
    expect(within(one).getByTestId('outreach-missing').textContent).toMatch(
      /no Stakeholders sheet.*Setup tab, tick “Stakeholders”.*one row per organisation/,
    );
    expect(within(one).queryByRole('img', { name: 'Stakeholder mapping by pillar' })).toBeNull();
    expect(one.querySelector('[data-figure="mapped"]')).toBeNull();
    // The membership it had before is still there.
    expect(within(one).getByRole('img', { name: 'Active members by pillar' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'fr' } });
    expect((await within(one).findByTestId('outreach-missing')).textContent).toMatch(/pas de feuille Cartographie/);
  });

  it('draws the topics of the period under measure 2, with the countries whose lessons were used', async () => {
    const raw = sampleWorkbook('en', TODAY);
    const { expertise } = engine(raw);
    expect(expertise.topics.length).toBeGreaterThan(0);
    await drawn(raw, 'en');
    const two = section(2);
    const table = within(two).getByRole('table', { name: 'Topics discussed in the period' });
    expect(within(table).getAllByRole('row')).toHaveLength(expertise.topics.length + 1);
    const first = expertise.topics[0];
    expect(within(table).getAllByRole('cell')[0]?.textContent).toBe(String(first?.meetings));
    expect(two.querySelector('[data-figure="sessions"] dd')?.textContent).toBe(String(expertise.sessions));
    const countries = within(two).getByTestId('countries').textContent ?? '';
    if (expertise.countries.length === 0) expect(countries).toMatch(/No lessons from another country/);
    else expect(countries).toMatch(/^Lessons used from other countries/);
  });

  it('lists the initiatives under measure 4 with their last meeting, a dormant one said in words', async () => {
    const raw = sampleWorkbook('en', TODAY);
    const { links } = engine(raw);
    expect(links.dormant.length).toBeGreaterThan(0);
    await drawn(raw, 'en');
    const four = section(4);
    const items = within(four)
      .getAllByRole('listitem')
      .filter((li) => li.hasAttribute('data-initiative'));
    expect(items.map((li) => li.getAttribute('data-initiative'))).toEqual(links.initiatives.map((i) => i.name));
    const format = createFormat('en');
    for (const initiative of links.initiatives) {
      const item = four.querySelector(`[data-initiative="${initiative.name}"]`) as HTMLElement;
      const text = item.textContent ?? '';
      if (links.dormant.includes(initiative.name))
        expect([initiative.name, text]).toEqual([
          initiative.name,
          expect.stringContaining(
            initiative.lastMeeting === null
              ? 'Dormant — no meeting so far'
              : `Dormant — no meeting since ${format.date(initiative.lastMeeting)}`,
          ),
        ]);
      else {
        expect([initiative.name, text.includes('Dormant')]).toEqual([initiative.name, false]);
        if (initiative.lastMeeting !== null)
          expect(text).toContain(`Last meeting: ${format.date(initiative.lastMeeting)}`);
      }
    }
  });

  it('draws a big workbook’s figures once computed a slice at a time, the same as the engine’s', async () => {
    const raw = syntheticWorkbook({ name: 'test', members: 400, meetings: 240, attendance: 60_000, months: 36 });
    const validated = validateWorkbook(raw, { asOf: TODAY });
    expect(validated.attendance.length).toBeGreaterThan(50_000);
    const { expertise, rhythm } = engine(raw);
    render(<App host={webHost(raw, 'en')} today={TODAY} buildReport={unusedReport} />);
    // Said while the figures are computed, then the figures.
    await screen.findByText('Computing the indicators…', {}, { timeout: 30000 });
    await screen.findAllByRole('list', { name: /^Targets / }, { timeout: 30000 });
    expect(screen.queryByText('Computing the indicators…')).toBeNull();
    expect(section(2).querySelector('[data-figure="sessions"] dd')?.textContent).toBe(String(expertise.sessions));
    expect(rhythm.meetingsHeld).toBeGreaterThan(0);
  }, 60000);
});
