/**
 * @jest-environment jsdom
 */
import '../../../test/ui/domStubs';
import { fireEvent, render, screen } from '@testing-library/react';
import { WebApp } from './WebApp';
import { dayFromYmd } from '../../core';

describe('the web page', () => {
  it('opens on the built-in sample, in French for a French browser', async () => {
    render(<WebApp today={dayFromYmd(2025, 9, 15)} locale="fr-CD" />);
    await screen.findAllByRole('list', { name: /^Objectifs de la mesure/ }, { timeout: 10000 });
    expect(screen.getByTestId('source-name').textContent).toBe(
      'Classeur affiché\u00a0: exemple intégré (données fictives)',
    );
    // Unavailable, yet focusable: a keyboard user who just pressed it keeps the focus on it.
    expect(screen.getByRole('button', { name: "Voir l'exemple intégré" }).getAttribute('aria-disabled')).toBe('true');
  });

  it('says in one sentence that a file is not a workbook, and keeps the workbook shown', async () => {
    render(<WebApp today={dayFromYmd(2025, 9, 15)} locale="en-GB" />);
    await screen.findAllByRole('list', { name: /^Targets of measure/ }, { timeout: 10000 });
    const file = new File(['name,pillar\nA,B\n'], 'members.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
    const alert = await screen.findByRole('alert', {}, { timeout: 20000 });
    expect(alert.textContent).toBe('The file "members.csv" is not an Excel workbook (.xlsx).');
    // The dashboard the user was looking at is not lost to a wrong file.
    expect(screen.getByTestId('source-name').textContent).toBe('Workbook shown: built-in sample (made-up data)');
    expect(screen.getAllByRole('list', { name: /^Targets of measure/ })).toHaveLength(4);
  });
});

describe('the web page’s report', () => {
  it('is wired: the Report tab offers the export (built in the page; see test/e2e/report.e2e.ts)', async () => {
    render(<WebApp today={dayFromYmd(2025, 10, 15)} locale="fr-FR" />);
    await screen.findAllByRole('list', { name: /^Objectifs de la mesure/ }, { timeout: 10000 });
    fireEvent.click(screen.getByRole('tab', { name: 'Rapport' }));
    await screen.findByRole('button', { name: 'Exporter le rapport' });
    expect(screen.queryByText(/arrive bientôt/)).toBeNull();
  });
});
