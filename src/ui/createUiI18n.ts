import i18next, { type i18n } from 'i18next';
import type { Catalogue, Lang } from '../core';
import { UI_BUNDLES } from './uiBundles';

type Bundles = Readonly<Record<string, { readonly fr: Catalogue; readonly en: Catalogue }>>;

/** Every instance made, and the bundles that arrived after the first view (see addUiBundles). */
const instances = new Set<i18n>();
const later: Bundles[] = [];

function add(instance: i18n, bundles: Bundles): void {
  for (const [ns, bundle] of Object.entries(bundles)) {
    instance.addResourceBundle('fr', ns, bundle.fr, true, true);
    instance.addResourceBundle('en', ns, bundle.en, true, true);
  }
}

/**
 * One i18next instance for the interface, the first view's bundles loaded up front (they ship in
 * the bundle: nothing is fetched, so switching language is instant and works offline); the later
 * tabs' bundles join when their chunk arrives.
 */
export function createUiI18n(lang: Lang): i18n {
  const resources: Record<Lang, Record<string, Catalogue>> = { fr: {}, en: {} };
  for (const [ns, bundle] of Object.entries(UI_BUNDLES)) {
    resources.fr[ns] = bundle.fr;
    resources.en[ns] = bundle.en;
  }
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    ns: Object.keys(UI_BUNDLES),
    defaultNS: 'app',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
    react: { useSuspense: false },
  } as Parameters<typeof instance.init>[0]);
  for (const bundles of later) add(instance, bundles);
  instances.add(instance);
  return instance;
}

/** Adds bundles that came in a later chunk to every instance, made or to be made (once). */
export function addUiBundles(bundles: Bundles): void {
  if (later.includes(bundles)) return;
  later.push(bundles);
  for (const instance of instances) add(instance, bundles);
}
