/**
 * @jest-environment jsdom
 */
import '../../test/ui/domStubs';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { dayFromYmd } from '../core';
import { App } from './App';
import type { OfflineCopy } from '../ports';
import type { ReportBuilder } from '../ports';
import { sampleWorkbook, webHost } from '../../test/ui/memoryHosts';

const TODAY = dayFromYmd(2025, 9, 15);
const unusedReport: ReportBuilder = () => Promise.reject(new Error('this test does not export a report'));

/** An offline copy the test drives: a new version arrives when it says so. */
function fakeOffline() {
  let ready = false;
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  const offline: OfflineCopy = {
    updateReady: () => ready,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    applyUpdate: () => calls.push('apply'),
    drawn: () => calls.push('drawn'),
  };
  const arrive = () =>
    act(() => {
      ready = true;
      listeners.forEach((l) => l());
    });
  return { offline, calls, arrive };
}

function renderApp(lang: 'fr' | 'en', offline?: OfflineCopy) {
  render(
    <App
      host={webHost(sampleWorkbook(lang, TODAY), lang)}
      today={TODAY}
      buildReport={unusedReport}
      offline={offline}
    />,
  );
}

describe('a new version of the app', () => {
  it('is announced politely, in a live region already in the page, and applied with the button', async () => {
    const { offline, calls, arrive } = fakeOffline();
    renderApp('en', offline);
    await screen.findAllByRole('list', { name: /^Targets of measure/ }, { timeout: 10000 });
    // The first view is drawn: the offline copy may download in the background.
    expect(calls).toEqual(['drawn']);
    expect(screen.queryByTestId('update-ready')).toBeNull();
    const regions = [...document.querySelectorAll('[role="status"]')];
    arrive();
    const bar = await screen.findByTestId('update-ready');
    expect(bar.textContent).toBe(
      'A new version of the tool is ready: it applies the next time the page loads.Reload now',
    );
    expect(regions.some((r) => r.contains(bar))).toBe(true);
    const button = screen.getByRole('button', { name: 'Reload now' });
    button.focus();
    fireEvent.click(button);
    expect(calls).toEqual(['drawn', 'apply']);
    // Still focusable while the page reloads.
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  it('is announced in French too', async () => {
    const { offline, arrive } = fakeOffline();
    renderApp('fr', offline);
    await screen.findAllByRole('list', { name: /^Objectifs de la mesure/ }, { timeout: 10000 });
    arrive();
    expect((await screen.findByTestId('update-ready')).textContent).toBe(
      "Une nouvelle version de l'outil est prête\u00a0: elle s'appliquera au prochain chargement de la page.Recharger maintenant",
    );
  });

  it('is never mentioned by a door without an offline copy', async () => {
    renderApp('en');
    await screen.findAllByRole('list', { name: /^Targets of measure/ }, { timeout: 10000 });
    expect(screen.queryByTestId('update-ready')).toBeNull();
  });
});
