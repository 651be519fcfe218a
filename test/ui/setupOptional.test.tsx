/**
 * @jest-environment jsdom
 */
import './domStubs';
import { fireEvent, render, screen } from '@testing-library/react';
import { dayFromYmd } from '../../src/core';
import { createExcelHost } from '../../src/adapters/office/excelHost';
import { App } from '../../src/ui/App';
import type { ReportBuilder } from '../../src/ports';
import { MockDocument } from '../office/mock/mockDocument';
import { mockEnvironment } from '../office/mock/mockEnvironment';
import { INITIATIVE_HEADERS_EN } from '../helpers/programmeHeaders';

const TODAY = dayFromYmd(2025, 9, 15);
const unusedReport: ReportBuilder = () => Promise.reject(new Error('this test does not export a report'));

/** The pane over a mock of Excel (shaped like Office.js) holding one Members sheet the user filled. */
async function paneOnSetup(lang: 'en' | 'fr', other: Record<string, string[][]> = {}) {
  const doc = new MockDocument();
  doc.addSheet('Members', [
    ['Member ID', 'Name', 'Organisation', 'Pillar', 'Gender', 'Role', 'Email', 'Phone', 'Joined'],
    ['M001', 'Awa', 'ONG Justice', 'Civil society', 'F', '', '', '', 45000],
  ]);
  for (const [name, rows] of Object.entries(other)) doc.addSheet(name, rows);
  const host = createExcelHost({ env: mockEnvironment(doc) });
  render(<App host={{ ...host, initialLang: lang }} today={TODAY} buildReport={unusedReport} />);
  fireEvent.click(await screen.findByRole('tab', { name: lang === 'en' ? 'Setup' : 'Configuration' }));
  // The tab comes in its own chunk, after the workbook is read.
  await screen.findByRole(
    'heading',
    { name: lang === 'en' ? 'Template sheets' : 'Feuilles du modèle' },
    { timeout: 10000 },
  );
  return doc;
}

const names = (doc: MockDocument) => doc.sheets.map((s) => s.name);

describe('the Setup tab and the programme’s optional sheets, in the pane', () => {
  it('adds only the required missing sheets when nothing is ticked', async () => {
    const doc = await paneOnSetup('en');
    const mapping = await screen.findByRole('checkbox', { name: /^Stakeholders:/ });
    expect((mapping as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Create the missing sheets' }));
    // The pane reads the workbook again after writing: the required sheets are there, the optional ones still offered.
    await screen.findByText('All the template sheets are present.', {}, { timeout: 10000 });
    expect(names(doc)).toEqual(['Members', 'Meetings', 'Attendance', 'Incidents', 'Settings']);
    expect(screen.getByRole('checkbox', { name: /^Stakeholders:/ })).toBeTruthy();
  });

  it('adds exactly the ticked optional sheet, with its headers, and offers only the other one afterwards', async () => {
    const doc = await paneOnSetup('en');
    fireEvent.click(await screen.findByRole('checkbox', { name: /^Initiatives:/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Create the missing sheets' }));
    // The pane reads the workbook again after writing: the sheet just added is no longer offered, the other still is.
    await screen.findByText('All the template sheets are present.', {}, { timeout: 10000 });
    expect(names(doc)).toEqual(['Members', 'Meetings', 'Attendance', 'Incidents', 'Initiatives', 'Settings']);
    expect(doc.sheet('Initiatives').rows[0]).toEqual(INITIATIVE_HEADERS_EN);
    expect(screen.queryByRole('checkbox', { name: /^Initiatives:/ })).toBeNull();
    expect(screen.getByRole('checkbox', { name: /^Stakeholders:/ })).toBeTruthy();
  });

  it('does not offer a sheet whose name another tool’s sheet holds, and says to rename that one first', async () => {
    const doc = await paneOnSetup('fr', {
      Paramètres: [
        ['Clé', 'Description'],
        ['Seuil', 'Alerte'],
      ],
    });
    expect(screen.getByText('Feuilles manquantes : Réunions, Présences, Incidents.')).toBeTruthy();
    const note =
      'Ces feuilles portent le nom d’une feuille de vpwg mais sont celles d’un autre outil, et ne sont pas lues : Paramètres. Pour ajouter la feuille de vpwg, renommez d’abord celle-ci (par exemple « Paramètres compta »).';
    expect(screen.getByText(note)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Créer les feuilles manquantes' }));
    await screen.findByText('Toutes les feuilles du modèle sont présentes.', {}, { timeout: 10000 });
    // The other tool's sheet is left as it was, and still named.
    expect(names(doc)).toEqual(['Members', 'Paramètres', 'Réunions', 'Présences', 'Incidents']);
    expect(doc.sheet('Paramètres').rows).toEqual([
      ['Clé', 'Description'],
      ['Seuil', 'Alerte'],
    ]);
    expect(screen.getByText(note)).toBeTruthy();
  });

  it('explains the optional sheets in the pane’s language, for a secretariat that never used them', async () => {
    await paneOnSetup('fr');
    const help = await screen.findByRole('region', { name: 'Les feuilles facultatives du programme' });
    expect(help.textContent).toMatch(/«\u00a0Cartographie\u00a0»\u00a0: une ligne par organisation/);
    expect(help.textContent).toMatch(
      /«\u00a0Initiatives\u00a0»\u00a0: une ligne par initiative.*depuis 180 jours est signalée inactive/,
    );
    expect(help.textContent).toMatch(/ne sortent jamais du classeur/);
    expect(screen.getByRole('group', { name: /^Feuilles facultatives à ajouter aussi/ })).toBeTruthy();
  });
});
