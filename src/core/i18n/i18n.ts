import i18next, { type TFunction } from 'i18next';

/** The two languages of the group. French first: most users work in French. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A message catalogue of one area (issues, cli, ui, report…): nested keys to strings. */
export interface Catalogue {
  readonly [key: string]: string | Catalogue;
}
/** The same catalogue in both languages; tests check their keys are the same. */
export interface Bundle {
  readonly fr: Catalogue;
  readonly en: Catalogue;
}

export type Translate = TFunction;

/**
 * A translator over the given namespaces (each a bundle in fr and en). Synchronous: the
 * catalogues are bundled, nothing is fetched. Missing keys fall back to English.
 */
export function createTranslator(lang: Lang, namespaces: Readonly<Record<string, Bundle>>): Translate {
  const resources: Record<string, Record<string, Catalogue>> = { fr: {}, en: {} };
  for (const [ns, bundle] of Object.entries(namespaces)) {
    resources.fr![ns] = bundle.fr;
    resources.en![ns] = bundle.en;
  }
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    ns: Object.keys(namespaces),
    defaultNS: Object.keys(namespaces)[0],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  return instance.t.bind(instance) as Translate;
}

/** `fr` for any French locale tag (`fr`, `fr-FR`, `fr_CD.UTF-8`…), else `en`. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale && /^fr\b|^fr[-_]/i.test(locale.trim()) ? 'fr' : 'en';
}

/** Keys present in one language and not the other (both directions), for tests. */
export function missingKeys(bundle: Bundle): string[] {
  const flat = (c: Catalogue, prefix = ''): string[] =>
    Object.entries(c).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : flat(v, `${prefix}${k}.`)));
  const fr = new Set(flat(bundle.fr));
  const en = new Set(flat(bundle.en));
  return [
    ...[...fr].filter((k) => !en.has(k)).map((k) => `en lacks ${k}`),
    ...[...en].filter((k) => !fr.has(k)).map((k) => `fr lacks ${k}`),
  ];
}

/**
 * A translator per language over fixed namespaces, made once and reused: each area of the
 * project calls this once at module level (`const t = translators({ cli: cliMessages })`).
 */
export function translators(namespaces: Readonly<Record<string, Bundle>>): (lang: Lang) => Translate {
  const made = new Map<Lang, Translate>();
  return (lang) => {
    let t = made.get(lang);
    if (!t) {
      t = createTranslator(lang, namespaces);
      made.set(lang, t);
    }
    return t;
  };
}
