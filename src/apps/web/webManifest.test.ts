import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { appMessages } from '../../ui/app.messages';

const ROOT = resolve(__dirname, '../../..');
const read = (lang: 'fr' | 'en') =>
  JSON.parse(readFileSync(join(__dirname, `manifest.${lang}.json`), 'utf8')) as Record<string, unknown> & {
    icons: { src: string; sizes: string; type: string }[];
  };

/** Width × height from a PNG's header. */
function pngSize(file: string): string {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

describe('the web page installed as an app (manifest.fr.json, manifest.en.json)', () => {
  const fr = read('fr');
  const en = read('en');

  it('names the app in each language with the title the page shows, the rest the same', () => {
    expect([fr.lang, en.lang]).toEqual(['fr', 'en']);
    expect(fr.name).toContain(appMessages.fr?.title);
    expect(en.name).toContain(appMessages.en?.title);
    const common = (m: Record<string, unknown>) => {
      const { name: _n, description: _d, lang: _l, ...rest } = m;
      return rest;
    };
    expect(common(fr)).toEqual(common(en));
    expect(String(fr.description)).not.toBe(String(en.description));
  });

  it('opens the web page in its own window, within the folder it is served from', () => {
    expect(fr).toMatchObject({ start_url: 'index.html', scope: './', display: 'standalone' });
  });

  it('gives Chrome and Edge the 192 and 512 px icons they ask for, each the size it says', () => {
    expect(fr.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of fr.icons) {
      expect(icon.src).toMatch(/^assets\//);
      expect([icon.src, pngSize(join(ROOT, icon.src))]).toEqual([icon.src, icon.sizes]);
    }
  });

  it('has the theme colour of the page (its meta theme-color), and the page links its favicon and icon', () => {
    const html = readFileSync(join(__dirname, 'index.html'), 'utf8');
    expect(html).toContain(`<meta name="theme-color" content="${String(fr.theme_color)}" />`);
    for (const [, href] of html.matchAll(/<link rel="(?:icon|apple-touch-icon)" href="([^"]+)"/g))
      expect(readFileSync(join(ROOT, String(href))).length).toBeGreaterThan(0);
    const pane = readFileSync(join(__dirname, '../taskpane/taskpane.html'), 'utf8');
    expect(pane).toContain('<link rel="icon" href="assets/favicon.ico"');
  });
});
