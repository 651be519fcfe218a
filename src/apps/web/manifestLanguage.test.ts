/**
 * @jest-environment jsdom
 */
import { followManifestLanguage } from './manifestLanguage';

const href = () => [...document.querySelectorAll('link[rel="manifest"]')].map((l) => l.getAttribute('href'));

describe('followManifestLanguage', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
  });

  it('links the app manifest in the language the page shows, as it changes', async () => {
    document.documentElement.lang = 'en';
    const stop = followManifestLanguage(document, 'https:');
    expect(href()).toEqual(['manifest.en.json']);
    document.documentElement.lang = 'fr';
    await Promise.resolve();
    expect(href()).toEqual(['manifest.fr.json']);
    stop();
    document.documentElement.lang = 'en';
    await Promise.resolve();
    expect(href()).toEqual(['manifest.fr.json']);
  });

  it('links none in a page opened from disk, where the browser could not read it', () => {
    followManifestLanguage(document, 'file:');
    expect(href()).toEqual([]);
  });
});
