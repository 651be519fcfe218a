/**
 * @jest-environment jsdom
 */
import '../../../test/ui/domStubs';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { dayFromYmd, type Lang } from '../../core';
import { App } from '../App';
import type { ReportBuilder } from '../../ports';
import { bookEndingIn2025 } from '../../../test/builders/workbook';
import { sampleWorkbook, webHost } from '../../../test/ui/memoryHosts';

/** "Today" in 2026-Q4; the workbook's data ends in 2025 (last held meeting 12 Nov 2025). */
const TODAY = dayFromYmd(2026, 11, 20);
const unusedReport: ReportBuilder = () => Promise.reject(new Error('this test does not export a report'));

function liveRegions(): Element[] {
  return [...document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')];
}

const quarterSelect = () => screen.getByRole('combobox', { name: /^(Quarter|Trimestre)$/ }) as HTMLSelectElement;

function renderApp(lang: Lang, book = bookEndingIn2025()) {
  return render(<App host={webHost(book, lang)} today={TODAY} buildReport={unusedReport} />);
}

describe('the dashboard opens on the period that has data', () => {
  it('shows 2025-Q4 with a note, announced in a live region already in the page, when 2026-Q4 has no meeting', async () => {
    renderApp('en');
    const regions = liveRegions();
    const note = await screen.findByTestId('period-note', {}, { timeout: 10000 });
    expect(note.textContent).toBe(
      'Your latest meeting is from 2025-11-12 — showing 2025-Q4. Show the current quarter.',
    );
    expect(regions.some((r) => r.contains(note))).toBe(true);
    expect(quarterSelect().value).toBe('2025-Q4');
    expect(screen.getByTestId('period-shown').textContent).toBe(
      'Quarter 2025-Q4 (2025-10-01 to 2025-12-31), as of 2025-12-31',
    );
    expect(document.querySelector('[data-target="meetings"]')?.textContent).toContain('1 against a target of 3');
  });

  it('says it in French, with the date written the French way', async () => {
    renderApp('fr');
    const note = await screen.findByTestId('period-note', {}, { timeout: 10000 });
    expect(note.textContent).toBe(
      'Votre dernière réunion date du 12/11/2025 — affichage de 2025-Q4. Afficher le trimestre en cours.',
    );
    // The note follows the language switch.
    fireEvent.change(screen.getByRole('combobox', { name: 'Langue' }), { target: { value: 'en' } });
    await screen.findByText(/Your latest meeting is from 2025-11-12/);
  });

  it('goes to the running quarter from the note, with the keyboard focus on the quarter it now shows', async () => {
    renderApp('en');
    const link = await screen.findByRole('button', { name: 'Show the current quarter' }, { timeout: 10000 });
    link.focus();
    fireEvent.click(link);
    await waitFor(() => expect(quarterSelect().value).toBe('2026-Q4'));
    expect(screen.queryByTestId('period-note')).toBeNull();
    expect(document.activeElement).toBe(quarterSelect());
    expect(screen.getByTestId('period-shown').textContent).toBe(
      'Quarter 2026-Q4 (2026-10-01 to 2026-12-31), so far, as of 2026-11-20',
    );
    // The choice holds over a visit to another tab.
    fireEvent.click(screen.getByRole('tab', { name: 'Issues' }));
    fireEvent.click(await screen.findByRole('tab', { name: 'Dashboard' }));
    await waitFor(() => expect(quarterSelect().value).toBe('2026-Q4'));
    expect(screen.queryByTestId('period-note')).toBeNull();
  });

  it('defaults the Report tab to the same quarter', async () => {
    renderApp('en');
    await screen.findByTestId('period-note', {}, { timeout: 10000 });
    fireEvent.click(screen.getByRole('tab', { name: 'Report' }));
    await waitFor(() => expect(quarterSelect().value).toBe('2025-Q4'));
  });

  it('offers a quarter older than the last eight when that is where the data is', async () => {
    renderApp(
      'en',
      bookEndingIn2025([
        ['Meeting ID', 'Date', 'Type', 'Status'],
        ['R1', '15/03/2025', 'Ordinary', 'Cancelled'],
        ['R2', '12/11/2024', 'Ordinary', 'Cancelled'],
        ['R3', '20/05/2024', 'Ordinary', 'Held'],
      ]),
    );
    const note = await screen.findByTestId('period-note', {}, { timeout: 10000 });
    expect(note.textContent).toContain('from 2024-05-20 — showing 2024-Q2.');
    expect(quarterSelect().value).toBe('2024-Q2');
    expect([...quarterSelect().options].map((o) => o.value)).toEqual([
      '2026-Q4',
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
      '2025-Q3',
      '2025-Q2',
      '2025-Q1',
      '2024-Q2',
    ]);
    fireEvent.click(screen.getByRole('tab', { name: 'Report' }));
    await waitFor(() => expect(quarterSelect().value).toBe('2024-Q2'));
  });

  it('says nothing and shows the running quarter when it has a held meeting, or when none was ever held', async () => {
    const { unmount } = render(
      <App host={webHost(sampleWorkbook('en', TODAY), 'en')} today={TODAY} buildReport={unusedReport} />,
    );
    await screen.findAllByRole('list', { name: /^Targets of measure/ }, { timeout: 10000 });
    expect(quarterSelect().value).toBe('2026-Q4');
    expect(screen.queryByTestId('period-note')).toBeNull();
    unmount();
    renderApp('en', bookEndingIn2025([['Meeting ID', 'Date', 'Type', 'Status']]));
    await screen.findAllByRole('list', { name: /^Targets of measure/ }, { timeout: 10000 });
    expect(quarterSelect().value).toBe('2026-Q4');
    expect(screen.queryByTestId('period-note')).toBeNull();
  });

  it('opens another workbook on its own period with data, whatever was chosen on the previous one', async () => {
    const { rerender } = render(
      <App host={webHost(sampleWorkbook('en', TODAY), 'en')} today={TODAY} buildReport={unusedReport} />,
    );
    await screen.findAllByRole('list', { name: /^Targets of measure/ }, { timeout: 10000 });
    fireEvent.change(quarterSelect(), { target: { value: '2026-Q2' } });
    rerender(<App host={webHost(bookEndingIn2025(), 'en')} today={TODAY} buildReport={unusedReport} />);
    await screen.findByTestId('period-note', {}, { timeout: 10000 });
    expect(quarterSelect().value).toBe('2025-Q4');
  });
});
