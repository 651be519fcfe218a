/**
 * Keeps the page's app manifest in the language shown: the interface sets `<html lang>`, and the
 * `<link rel="manifest">` follows it (`manifest.fr.json` or `manifest.en.json`), so an install
 * from Chrome or Edge names the app in the user's language. Both files share one start URL,
 * so they are the same app to the browser.
 */
export function followManifestLanguage(doc: Document): () => void {
  const link = doc.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (!link) return () => undefined;
  const update = () => {
    const href = `manifest.${doc.documentElement.lang === 'en' ? 'en' : 'fr'}.json`;
    if (link.getAttribute('href') !== href) link.setAttribute('href', href);
  };
  const observer = new MutationObserver(update);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'] });
  update();
  return () => observer.disconnect();
}
