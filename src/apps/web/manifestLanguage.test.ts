/**
 * @jest-environment jsdom
 */
import { followManifestLanguage } from './manifestLanguage';

describe('followManifestLanguage', () => {
  it('points the app manifest to the language the page shows, as it changes', async () => {
    document.head.innerHTML = '<link rel="manifest" href="manifest.fr.json" />';
    document.documentElement.lang = 'en';
    const stop = followManifestLanguage(document);
    const href = () => document.querySelector('link[rel="manifest"]')?.getAttribute('href');
    expect(href()).toBe('manifest.en.json');
    document.documentElement.lang = 'fr';
    await Promise.resolve();
    expect(href()).toBe('manifest.fr.json');
    stop();
    document.documentElement.lang = 'en';
    await Promise.resolve();
    expect(href()).toBe('manifest.fr.json');
  });

  it('does nothing on a page without a manifest (the task pane)', () => {
    document.head.innerHTML = '';
    expect(() => followManifestLanguage(document)()).not.toThrow();
  });
});
