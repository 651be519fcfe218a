const MANIFESTS = { fr: 'manifest.fr.json', en: 'manifest.en.json' } as const;

/**
 * Links the page's app manifest, in the language shown: the interface sets `<html lang>`, and
 * the `<link rel="manifest">` follows it, so an install from Chrome or Edge names the app in
 * the user's language. Both files share one start URL: the same app to the browser. Served
 * over http(s) only: opened from disk (file://) the browser could not read it, and says so.
 */
export function followManifestLanguage(doc: Document, protocol: string): () => void {
  if (!/^https?:$/.test(protocol)) return () => undefined;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  const update = () => {
    const href = MANIFESTS[doc.documentElement.lang === 'en' ? 'en' : 'fr'];
    if (link.getAttribute('href') !== href) link.setAttribute('href', href);
  };
  update();
  doc.head.appendChild(link);
  const observer = new MutationObserver(update);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}
