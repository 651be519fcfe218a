/**
 * @jest-environment jsdom
 */
import '../../../test/ui/domStubs';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { dayFromYmd } from '../../core';
import { App } from '../../ui/App';
import { WebApp } from './WebApp';
import type { ReportBuilder } from '../../ports';
import { excelHost, sampleWorkbook, webHost } from '../../../test/ui/memoryHosts';

const TODAY = dayFromYmd(2025, 9, 15);
const unusedReport: ReportBuilder = () => Promise.reject(new Error('this test does not export a report'));

async function dashboardDrawn() {
  await screen.findAllByRole('list', { name: /^(Targets|Objectifs) / }, { timeout: 10000 });
}

/**
 * Whether `text` appeared inside a live region that was already in the page before the action:
 * screen readers announce what is put into a region they know, not reliably one that arrives
 * with its message (WCAG 4.1.3 status messages).
 */
async function announcedIn(regions: Element[], text: string | RegExp): Promise<boolean> {
  const message = await screen.findByText(text, {}, { timeout: 10000 });
  return regions.some((r) => r.contains(message));
}

function liveRegions(): Element[] {
  return [...document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')];
}

describe('the interface for assistive technology', () => {
  it('has one "open a workbook" control, not a hidden second one a screen reader would list', async () => {
    render(<WebApp today={TODAY} locale="en-GB" buildReport={unusedReport} />);
    await dashboardDrawn();
    expect(screen.getAllByRole('button', { name: 'Open an .xlsx workbook' })).toHaveLength(1);
  });

  it('announces a downloaded report', async () => {
    const built: ReportBuilder = async () => ({ bytes: new Uint8Array(), fileName: 'r.xlsx' });
    Object.assign(URL, { createObjectURL: () => 'blob:r', revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<App host={webHost(sampleWorkbook('fr', TODAY), 'fr')} today={TODAY} buildReport={built} />);
    await dashboardDrawn();
    fireEvent.click(screen.getByRole('tab', { name: 'Rapport' }));
    const button = await screen.findByRole('button', { name: 'Exporter le rapport' });
    const regions = liveRegions();
    fireEvent.click(button);
    expect(await announcedIn(regions, 'Le rapport r.xlsx a été téléchargé.')).toBe(true);
    click.mockRestore();
  });

  it('announces why an Excel write failed', async () => {
    render(<App host={excelHost({ date1904: false, sheets: [] }, 'en')} today={TODAY} buildReport={unusedReport} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Setup' }));
    const button = await screen.findByRole('button', { name: 'Create the missing sheets' });
    const regions = liveRegions();
    fireEvent.click(button);
    expect(await announcedIn(regions, /“Membres” is protected/)).toBe(true);
  });

  it('announces a period that cannot be measured', async () => {
    render(<App host={webHost(sampleWorkbook('en', TODAY), 'en')} today={TODAY} buildReport={unusedReport} />);
    await dashboardDrawn();
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind of period' }), { target: { value: 'range' } });
    const regions = liveRegions();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-09-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-01-01' } });
    expect(await announcedIn(regions, /The period starts \(2025-09-01\) after it ends \(2025-01-01\)/)).toBe(true);
  });

  it('shows a target at risk or off track as a status, not as an alert read out at every drawing', async () => {
    render(<App host={webHost(sampleWorkbook('en', TODAY), 'en')} today={TODAY} buildReport={unusedReport} />);
    await dashboardDrawn();
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind of period' }), { target: { value: 'range' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2023-01-01' } });
    await waitFor(() => expect(screen.getByRole('main').textContent).toMatch(/Off track|At risk/));
    const targets = screen.getAllByRole('list', { name: /^Targets of measure/ });
    expect(targets).toHaveLength(4);
    expect(targets.flatMap((list) => within(list).queryAllByRole('alert'))).toEqual([]);
  });

  it('gives each measure its heading, the charts, lists and targets of that measure under it', async () => {
    render(<App host={webHost(sampleWorkbook('en', TODAY), 'en')} today={TODAY} buildReport={unusedReport} />);
    await dashboardDrawn();
    const outline = [...document.querySelectorAll('h1, h2, h3')].map((h) => `${h.tagName} ${h.textContent}`);
    expect(outline.filter((h) => h.startsWith('H2'))).toEqual([
      'H2 Measure 1: a wider, balanced membership',
      'H2 Measure 2: technical expertise',
      'H2 Measure 3: monthly rhythm and information sharing',
      'H2 Measure 4: links with other initiatives',
    ]);
    const under = (title: string) =>
      outline
        .slice(0, outline.indexOf(title))
        .filter((h) => h.startsWith('H2'))
        .pop();
    expect(under('H3 Stakeholder mapping by pillar')).toMatch(/^H2 Measure 1/);
    expect(under('H3 Topics discussed in the period')).toMatch(/^H2 Measure 2/);
    expect(under('H3 Incidents by category')).toMatch(/^H2 Measure 3/);
    expect(under('H3 Linked initiatives and platforms')).toMatch(/^H2 Measure 4/);
    // Each section is a region named by its heading, for landmark navigation.
    expect(screen.getByRole('region', { name: 'Measure 2: technical expertise' })).toBeTruthy();
  });

  it('keeps Refresh focusable while the workbook is read again', async () => {
    let calls = 0;
    const host = webHost(sampleWorkbook('en', TODAY), 'en');
    const slow = {
      ...host,
      readWorkbook: () => (++calls === 1 ? host.readWorkbook() : new Promise<never>(() => undefined)),
    };
    render(<App host={slow} today={TODAY} buildReport={unusedReport} />);
    await dashboardDrawn();
    const refresh = screen.getByRole('button', { name: 'Refresh' });
    refresh.focus();
    fireEvent.click(refresh);
    await waitFor(() => expect(refresh.getAttribute('aria-disabled')).toBe('true'));
    expect(refresh.hasAttribute('disabled')).toBe(false);
    expect(document.activeElement).toBe(refresh);
  });
});
