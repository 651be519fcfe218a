import i18next from 'i18next';

/** The two languages of the group. French first: most users work in French. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A message catalogue of one area (issues, cli, ui, report…): nested keys to strings. */
export interface Catalogue {
  readonly [key: string]: string | Catalogue;
}

/** The shape of a catalogue with every message a string: what the French side must match. */
export type SameMessages<E> = { readonly [K in keyof E]: E[K] extends string ? string : SameMessages<E[K]> };

/**
 * The same catalogue in both languages. The English side gives the keys; the French side must
 * hold exactly those (a missing or extra French message fails the typecheck).
 */
export interface Messages<E extends Catalogue = Catalogue> {
  readonly en: E;
  readonly fr: SameMessages<E>;
}

/** Any bundle of messages, as the tests that walk every bundle see them. */
export type Bundle = Messages;

const NBSP = '\u00a0';

/**
 * French typography in the catalogue's own words: a no-break space after « and before », :, ;,
 * ? and !, so that a narrow pane never starts a line with the sign or leaves « alone at the end
 * of one. Only the messages' text is touched; the values put into them (a cell, a name) stay as
 * the user wrote them.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/« +/g, `«${NBSP}`).replace(/ +([»:;?!])/g, `${NBSP}$1`);
}

function withFrenchSpacing<C>(catalogue: C): C {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(catalogue as Record<string, unknown>))
    out[key] = typeof value === 'string' ? frenchSpacing(value) : withFrenchSpacing(value);
  return out as C;
}

/**
 * Declares a bundle, checking that French and English hold the same keys. The French side is
 * given its no-break spaces here, once (see frenchSpacing).
 */
export function defineMessages<E extends Catalogue>(messages: {
  readonly en: E;
  readonly fr: NoInfer<SameMessages<E>>;
}): Messages<E> {
  return { en: messages.en, fr: withFrenchSpacing(messages.fr) };
}

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** i18next's plural forms (`error_one`, `error_other`) are asked for by their base key (`error`) and a count. */
type PluralBase<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** The keys a translator accepts for a catalogue: every message's dotted path. */
export type MessageKey<C> = {
  [K in keyof C & string]: C[K] extends string ? PluralBase<K> : `${K}.${MessageKey<C[K]>}`;
}[keyof C & string];

/** The values a message's placeholders take (`count` also picks the plural form). */
export type MessageValues = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Renders one message in one language; a key that has no message fails the typecheck. */
export type Translator<K extends string> = (key: K, values?: MessageValues) => string;

function instanceFor(lang: Lang, namespace: string, messages: Messages) {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    ns: [namespace],
    defaultNS: namespace,
    resources: { fr: { [namespace]: messages.fr as Catalogue }, en: { [namespace]: messages.en } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  return instance;
}

/**
 * A translator per language over one bundle, made once per language and reused: each area of
 * the project calls this once at module level (`const cliT = translator(cliMessages)`).
 * Synchronous: the catalogues are bundled, nothing is fetched.
 */
export function translator<E extends Catalogue>(messages: Messages<E>): (lang: Lang) => Translator<MessageKey<E>> {
  const made = new Map<Lang, Translator<MessageKey<E>>>();
  return (lang) => {
    let t = made.get(lang);
    if (!t) {
      const instance = instanceFor(lang, 'messages', messages as Messages);
      t = (key, values) => instance.t(key, values as Record<string, unknown>) as string;
      made.set(lang, t);
    }
    return t;
  };
}

/** `fr` for any French locale tag (`fr`, `fr-FR`, `fr_CD.UTF-8`…), else `en`. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale && /^fr\b|^fr[-_]/i.test(locale.trim()) ? 'fr' : 'en';
}

/** Keys present in one language and not the other (both directions), for tests. */
export function missingKeys(bundle: Bundle): string[] {
  const flat = (c: Catalogue, prefix = ''): string[] =>
    Object.entries(c).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : flat(v, `${prefix}${k}.`)));
  const fr = new Set(flat(bundle.fr as Catalogue));
  const en = new Set(flat(bundle.en));
  return [
    ...[...fr].filter((k) => !en.has(k)).map((k) => `en lacks ${k}`),
    ...[...en].filter((k) => !fr.has(k)).map((k) => `fr lacks ${k}`),
  ];
}
