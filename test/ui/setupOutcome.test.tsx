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

const TODAY = dayFromYmd(2025, 9, 15);
const unusedReport: ReportBuilder = () => Promise.reject(new Error('this test does not export a report'));

// Testing Library folds a no-break space into a space: the French sentences are written with spaces.
const WORDS = {
  en: {
    tab: 'Setup',
    title: 'Template sheets',
    create: 'Create the missing sheets',
    complete: 'All the template sheets are present.',
    created: 'Sheets created: Meetings, Attendance, Incidents, Settings.',
    createdFr: 'Feuilles créées : Meetings, Attendance, Incidents, Settings.',
  },
  fr: {
    tab: 'Configuration',
    title: 'Feuilles du modèle',
    create: 'Créer les feuilles manquantes',
    complete: 'Toutes les feuilles du modèle sont présentes.',
    created: 'Feuilles créées : Réunions, Présences, Incidents, Paramètres.',
    createdFr: '',
  },
} as const;

/** The pane over a mock of Excel (shaped like Office.js) holding one Members sheet, on its Setup tab. */
async function paneOnSetup(lang: 'en' | 'fr') {
  const doc = new MockDocument();
  doc.addSheet('Members', [
    ['Member ID', 'Name', 'Organisation', 'Pillar', 'Gender', 'Role', 'Email', 'Phone', 'Joined'],
    ['M001', 'Awa', 'ONG Justice', 'Civil society', 'F', '', '', '', 45000],
  ]);
  const host = createExcelHost({ env: mockEnvironment(doc) });
  render(<App host={{ ...host, initialLang: lang }} today={TODAY} buildReport={unusedReport} />);
  fireEvent.click(await screen.findByRole('tab', { name: WORDS[lang].tab }));
  await screen.findByRole('heading', { name: WORDS[lang].title }, { timeout: 10000 });
}

/** Creates the missing sheets and waits for the pane to have read the workbook again. */
async function createAndReread(lang: 'en' | 'fr') {
  fireEvent.click(screen.getByRole('button', { name: WORDS[lang].create }));
  await screen.findByText(WORDS[lang].complete, {}, { timeout: 10000 });
}

describe('the Setup tab says what it did, after the pane reads the workbook again', () => {
  it.each(['en', 'fr'] as const)(
    'in %s: the sheets created are still named once the new sheets are read',
    async (lang) => {
      await paneOnSetup(lang);
      await createAndReread(lang);
      expect(await screen.findByText(WORDS[lang].created)).toBeTruthy();
    },
  );

  it('announced: the message comes into a status region already in the page, not with its region', async () => {
    await paneOnSetup('en');
    const arrivals: { readonly into: Element; readonly text: string }[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          if (r.target instanceof Element) arrivals.push({ into: r.target, text: node.textContent ?? '' });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    await createAndReread('en');
    await screen.findByText(WORDS.en.created);
    observer.disconnect();
    // Screen readers read what is put into a live region they know, not always one that arrives with its message.
    const last = arrivals.filter((a) => a.text.includes(WORDS.en.created)).at(-1);
    expect(last?.into.closest('[role="status"]')).toBeTruthy();
  });

  it('in the language the user switches to, and until they move to another tab', async () => {
    await paneOnSetup('en');
    await createAndReread('en');
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'fr' } });
    expect(await screen.findByText(WORDS.en.createdFr)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Problèmes' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Configuration' }));
    await screen.findByRole('heading', { name: 'Feuilles du modèle' });
    expect(screen.queryByText(WORDS.en.createdFr)).toBeNull();
  });
});
