import i18next, { type i18n } from 'i18next';
import type { Catalogue, Lang } from '../core';
import { UI_BUNDLES } from './uiBundles';

/**
 * One i18next instance for the interface, all bundles loaded up front (they ship in the
 * bundle: nothing is fetched, so switching language is instant and works offline).
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
  return instance;
}
