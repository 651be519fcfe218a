/**
 * @jest-environment jsdom
 */
import '../../test/ui/domStubs';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import {
  computeIndicators,
  createFormat,
  dayFromYmd,
  resolvePeriod,
  TARGET_KEYS,
  validateWorkbook,
  type Catalogue,
} from '../core';
import type { Host } from '../ports';
import { App } from './App';
import type { ReportBuilder } from '../ports';
import { UI_BUNDLES } from './uiBundles';
import { TAB_BUNDLES } from './tabBundles';
import { excelHost, messyWorkbook, sampleWorkbook, webHost } from '../../test/ui/memoryHosts';

const TODAY = dayFromYmd(2025, 9, 15);
/** For tests that never export: calling it is a failure. */
const unusedReport: ReportBuilder = () => Promise.reject(new Error('this test does not export a report'));

async function dashboardDrawn() {
  await screen.findAllByRole('list', { name: /^(targets|objectifs)/i }, { timeout: 10000 });
}

function flatten(c: Catalogue, prefix = ''): [string, string][] {
  return Object.entries(c).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`),
  );
}

describe('the interface over an in-memory workbook', () => {
  it('shows the engine’s figures for the running quarter', async () => {
    const raw = sampleWorkbook('en', TODAY);
    render(<App host={webHost(raw, 'en')} today={TODAY} buildReport={unusedReport} />);
    await dashboardDrawn();
    const today = TODAY;
    const period = resolvePeriod({ kind: 'quarter', quarter: '2025-Q3' }, today);
    if (!period.ok) throw new Error('period');
    const indicators = computeIndicators(validateWorkbook(raw, { asOf: today }), period.period);
    const format = createFormat('en');
    for (const key of TARGET_KEYS) {
      const { value, target } = indicators.targets[key];
      const f = (n: number) => format.targetValue(key, n);
      const expected = value === null ? `target ${f(target)}` : `${f(value)} against a target of ${f(target)}`;
      const item = document.querySelector(`[data-target="${key}"]`) as HTMLElement;
      expect(item.textContent).toContain(expected);
    }
    const active = document.querySelector('[data-figure="active"]') as HTMLElement;
    expect(active.textContent).toContain(String(indicators.membership.active));
    expect(screen.getByTestId('period-shown').textContent).toBe(
      'Quarter 2025-Q3 (2025-07-01 to 2025-09-30), so far, as of 2025-09-15',
    );
    // Six charts (the sample has a stakeholder mapping and topics), each with its table of figures.
    expect(document.querySelectorAll('canvas[role="img"]')).toHaveLength(6);
    expect(screen.getAllByRole('table').length).toBeGreaterThanOrEqual(6);
  });

  it('changes every visible string when the language is switched', async () => {
    render(<App host={webHost(sampleWorkbook('en', TODAY), 'en')} today={TODAY} buildReport={unusedReport} />);
    await dashboardDrawn();
    const before = document.body.textContent ?? '';
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'fr' } });
    await screen.findByRole('tab', { name: 'Tableau de bord' });
    const after = document.body.textContent ?? '';
    let checked = 0;
    for (const [ns, bundle] of Object.entries({ ...UI_BUNDLES, ...TAB_BUNDLES })) {
      const fr = new Map(flatten(bundle.fr));
      for (const [key, en] of flatten(bundle.en)) {
        const plain =
          en
            .split(/\{\{[^}]+\}\}/)
            .sort((a, b) => b.length - a.length)[0]
            ?.trim() ?? '';
        // The switch names each language in itself ("English", "Français") whatever the language shown.
        if (plain === 'English' || plain.length < 4 || fr.get(key)?.includes(plain) || !before.includes(plain))
          continue;
        checked++;
        expect([`${ns}:${key}`, after.includes(plain)]).toEqual([`${ns}:${key}`, false]);
      }
    }
    expect(checked).toBeGreaterThan(15);
    expect(document.documentElement.lang).toBe('fr');
  });

  it('says in one sentence why a workbook could not be read, in each language, from the host’s failure', async () => {
    const unreadable: Host = {
      kind: 'web',
      initialLang: 'fr',
      excel: null,
      readWorkbook: async () => ({
        ok: false,
        failure: { reason: 'unreadable', file: 'suivi.xlsx', cause: { reason: 'encrypted', detail: 'EncryptionInfo' } },
      }),
    };
    render(<App host={unreadable} today={TODAY} buildReport={unusedReport} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Le classeur «\u00a0suivi.xlsx\u00a0» est protégé par un mot de passe\u00a0: enregistrez-en une copie sans mot de passe, puis réessayez.',
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Langue' }), { target: { value: 'en' } });
    await screen.findByText(
      'The workbook "suivi.xlsx" is protected by a password: save a copy without a password and try again.',
    );
  });

  it('groups issues by sheet, errors first, and Enter selects the cell in Excel', async () => {
    const host = excelHost(messyWorkbook(TODAY), 'en');
    render(<App host={host} today={TODAY} buildReport={unusedReport} />);
    await dashboardDrawn();
    fireEvent.click(screen.getByRole('tab', { name: 'Issues' }));
    const summary = await screen.findByTestId('issue-summary');
    expect(summary.textContent).toMatch(/^[1-9]\d* error\(s\)/);
    const groups = document.querySelectorAll('section[aria-label]');
    const first = groups[0] as HTMLElement;
    expect(first.querySelector('li')?.getAttribute('data-severity')).toBe('error');
    for (const group of groups) {
      const severities = [...group.querySelectorAll('li')].map((li) => li.getAttribute('data-severity'));
      const rank = severities.map((s) => ['error', 'warning', 'info'].indexOf(s ?? ''));
      expect(rank).toEqual([...rank].sort((a, b) => a - b));
    }
    const pillar = within(document.body)
      .getAllByRole('button')
      .find((b) => b.textContent?.includes('Members!D3'));
    expect(pillar).toBeDefined();
    pillar?.focus();
    await act(async () => {
      fireEvent.keyDown(pillar as HTMLElement, { key: 'Enter' });
    });
    expect(host.calls).toContain('select Members Members!D3');
    fireEvent.click(screen.getByRole('button', { name: 'Highlight cells' }));
    await screen.findByText(/cell\(s\) highlighted/);
    expect(host.calls.some((c) => c.startsWith('highlight '))).toBe(true);
  });

  it('says why an Excel write failed in one sentence', async () => {
    const host = excelHost({ date1904: false, sheets: [] }, 'fr');
    render(<App host={host} today={TODAY} buildReport={unusedReport} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Configuration' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Créer les feuilles manquantes' }));
    await screen.findByText(
      'La feuille « Membres » est protégée : ôtez la protection (Révision > Ôter la protection) puis réessayez.',
    );
    expect(host.calls).toContain('create fr');
    expect(screen.getByText(/historique d'annulation/)).toBeTruthy();
  });

  it('hides every Excel-only action on the web page', async () => {
    render(<App host={webHost(messyWorkbook(TODAY), 'en')} today={TODAY} buildReport={unusedReport} />);
    await dashboardDrawn();
    fireEvent.click(screen.getByRole('tab', { name: 'Issues' }));
    await screen.findByTestId('issue-summary');
    expect(screen.queryByRole('button', { name: 'Highlight cells' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Clear highlights' })).toBeNull();
    expect(document.querySelectorAll('li[role="button"]')).toHaveLength(0);
    fireEvent.click(screen.getByRole('tab', { name: 'Setup' }));
    await screen.findByText('Settings in use');
    expect(screen.queryByRole('button', { name: 'Create the missing sheets' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Insert the sample' })).toBeNull();
    expect(screen.getByText('Creating sheets and inserting the sample happen in the Excel add-in.')).toBeTruthy();
  });

  it('offers the report export the door wires in (the Report tab is tested in ReportTab.test.tsx)', async () => {
    const built: string[] = [];
    const buildReport: ReportBuilder = async (_validated, request) => {
      built.push(`${request.quarter} ${request.audience} ${request.lang}`);
      return { bytes: new Uint8Array(), fileName: 'r.xlsx' };
    };
    Object.assign(URL, { createObjectURL: () => 'blob:r', revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<App host={webHost(sampleWorkbook('fr', TODAY), 'fr')} today={TODAY} buildReport={buildReport} />);
    await dashboardDrawn();
    fireEvent.click(screen.getByRole('tab', { name: 'Rapport' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Exporter le rapport' }));
    await screen.findByText('Le rapport r.xlsx a été téléchargé.');
    expect(built).toEqual(['2025-Q2 donor fr']);
    expect(screen.queryByText(/arrive bientôt/)).toBeNull();
    click.mockRestore();
  });
});
