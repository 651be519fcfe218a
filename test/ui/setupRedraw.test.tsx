/**
 * @jest-environment jsdom
 */
import './domStubs';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { dayFromYmd } from '../../src/core';
import { createExcelHost } from '../../src/adapters/office/excelHost';
import { App } from '../../src/ui/App';
import type { ReportBuilder } from '../../src/ports';
import { MockDocument } from '../office/mock/mockDocument';
import { mockEnvironment } from '../office/mock/mockEnvironment';

const TODAY = dayFromYmd(2025, 9, 15);
const unusedReport: ReportBuilder = () => Promise.reject(new Error('this test does not export a report'));
const READ = { timeout: 10000 };

/**
 * The French pane over a mock of Excel (shaped like Office.js), on its Setup tab. Excel's change
 * events re-read at once (no pause for typing), as they do 1.5 s after a write or an edit.
 */
async function frenchPaneOnSetup(rows: readonly (readonly (string | number)[])[] | null) {
  const doc = new MockDocument();
  doc.addSheet(rows ? 'Members' : 'Feuil1', rows ? rows.map((r) => [...r]) : [['']]);
  const host = createExcelHost({ env: mockEnvironment(doc), debounceMs: 0 });
  render(<App host={{ ...host, initialLang: 'fr' }} today={TODAY} buildReport={unusedReport} />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Configuration' }));
  await screen.findByRole('heading', { name: 'Feuilles du modèle' }, READ);
  return doc;
}

const MEMBERS = [
  ['Member ID', 'Name', 'Organisation', 'Pillar', 'Gender', 'Role', 'Email', 'Phone', 'Joined'],
  ['M001', 'Awa', 'ONG Justice', 'Civil society', 'F', '', '', '', 45000],
];
const COMPLETE = 'Toutes les feuilles du modèle sont présentes.';

/** A keyboard user: the focus on the button, then Enter (which clicks it). */
function press(name: string) {
  const button = screen.getByRole('button', { name });
  button.focus();
  fireEvent.click(button);
}

const headerLanguage = () => screen.getByRole('combobox', { name: 'Langue des en-têtes' }) as HTMLSelectElement;
/** The focus is inside this element (the page's body holds everything, so it does not count). */
const focusIn = (element: Element) =>
  document.activeElement !== document.body && element.contains(document.activeElement);
const panel = () => screen.getByRole('tabpanel');

describe('the Setup tab drawn anew by the re-read after a write', () => {
  it('gives the focus to what the write came to, not to the page, and leaves it where the user puts it', async () => {
    const doc = await frenchPaneOnSetup(MEMBERS);
    press('Créer les feuilles manquantes');
    await screen.findByText(COMPLETE, {}, READ);
    const message = await screen.findByText(/^Feuilles créées : Réunions/);
    // A keyboard or screen-reader user goes on from the message, not from the top of the pane.
    await waitFor(() => expect(focusIn(panel())).toBe(true));
    expect(document.activeElement?.contains(message)).toBe(true);

    // Excel's own change events re-read the workbook once more: the focus is not lost then either.
    doc.userEdit('Members');
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Feuilles du modèle' })).toBeNull());
    await screen.findByText(COMPLETE, {}, READ);
    await waitFor(() => expect(focusIn(panel())).toBe(true));

    // A re-read the user asks for keeps the focus on the Refresh button.
    const refresh = screen.getByRole('button', { name: 'Actualiser' });
    refresh.focus();
    fireEvent.click(refresh);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Feuilles du modèle' })).toBeNull());
    await screen.findByText(/^Feuilles créées : Réunions/, {}, READ);
    expect(document.activeElement).toBe(refresh);
  });

  it('gives the focus to the message after the sample is inserted', async () => {
    await frenchPaneOnSetup(null);
    press("Insérer l'exemple");
    await screen.findByText(COMPLETE, {}, READ);
    const message = await screen.findByText("L'exemple a été inséré.");
    await waitFor(() => expect(focusIn(panel())).toBe(true));
    expect(document.activeElement?.contains(message)).toBe(true);
  });

  it('keeps the header language chosen, and the next sheet added has English headers', async () => {
    const doc = await frenchPaneOnSetup(MEMBERS);
    fireEvent.change(headerLanguage(), { target: { value: 'en' } });
    press('Créer les feuilles manquantes');
    await screen.findByText(COMPLETE, {}, READ);
    expect(doc.sheets.map((s) => s.name)).toEqual(['Members', 'Meetings', 'Attendance', 'Incidents', 'Settings']);
    expect(headerLanguage().value).toBe('en');
    fireEvent.click(screen.getByRole('checkbox', { name: /^Cartographie/ }));
    press('Créer les feuilles manquantes');
    await waitFor(() => expect(doc.sheets.map((s) => s.name)).toContain('Stakeholders'), READ);
    expect(doc.sheet('Stakeholders').rows[0]?.slice(0, 3)).toEqual(['Stakeholder ID', 'Organisation', 'Pillar']);
  });

  it('keeps the ticked sheets and the header language through a re-read, and adds them as chosen', async () => {
    const doc = await frenchPaneOnSetup(MEMBERS);
    fireEvent.click(screen.getByRole('checkbox', { name: /^Cartographie/ }));
    fireEvent.change(headerLanguage(), { target: { value: 'en' } });
    // The user edits a cell in Excel: the pane reads the workbook again and draws the tab anew.
    doc.userEdit('Members');
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Feuilles du modèle' })).toBeNull());
    await screen.findByRole('heading', { name: 'Feuilles du modèle' }, READ);
    expect((screen.getByRole('checkbox', { name: /^Cartographie/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /^Initiatives/ }) as HTMLInputElement).checked).toBe(false);
    expect(headerLanguage().value).toBe('en');
    press('Créer les feuilles manquantes');
    await screen.findByText(COMPLETE, {}, READ);
    expect(doc.sheets.map((s) => s.name)).toEqual([
      'Members',
      'Meetings',
      'Attendance',
      'Incidents',
      'Stakeholders',
      'Settings',
    ]);
    expect(doc.sheet('Stakeholders').rows[0]?.slice(0, 3)).toEqual(['Stakeholder ID', 'Organisation', 'Pillar']);
  });
});
