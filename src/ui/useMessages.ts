import { useTranslation } from 'react-i18next';
import type { Lang, MessageKey, Translator } from '../core';
import type { AllBundles } from './uiBundles';

type Bundles = AllBundles;
/** The interface's message namespaces (one bundle per area). */
export type UiNamespace = keyof Bundles;
type KeyOf<N extends UiNamespace> = MessageKey<Bundles[N]['en']>;
/** Any namespace's key, written `ns:key` as i18next reads it. */
export type NamespacedKey<N extends UiNamespace = UiNamespace> = { [M in N]: `${M}:${KeyOf<M>}` }[N];
/** A translator of one area: its own keys, and any area's as `ns:key`; unknown keys fail the typecheck. */
export type UiTranslator<N extends UiNamespace> = Translator<KeyOf<N> | NamespacedKey>;

/**
 * react-i18next's translator for one namespace, with its keys typed from the bundles (the
 * catalogues ship in the bundle, so the types are the messages themselves). The language is
 * the interface's current one.
 */
export function useMessages<N extends UiNamespace>(namespace: N): { readonly t: UiTranslator<N>; readonly lang: Lang } {
  const { t, i18n } = useTranslation(namespace);
  return { t: t as unknown as UiTranslator<N>, lang: i18n.language === 'en' ? 'en' : 'fr' };
}
