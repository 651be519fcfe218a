import { defineMessages, langFromLocale, missingKeys, translator } from './i18n';

const messages = defineMessages({
  en: { greeting: 'Hello {{name}}', rows_one: '{{count}} row', rows_other: '{{count}} rows', nested: { deep: 'Deep' } },
  fr: {
    greeting: 'Bonjour {{name}}',
    rows_one: '{{count}} ligne',
    rows_other: '{{count}} lignes',
    nested: { deep: 'Profond' },
  },
});
const t = translator(messages);

describe('typed messages', () => {
  it('renders a message in each language, with its placeholders and plural forms', () => {
    expect(t('fr')('greeting', { name: 'Ana' })).toBe('Bonjour Ana');
    expect(t('en')('rows', { count: 1 })).toBe('1 row');
    expect(t('fr')('rows', { count: 3 })).toBe('3 lignes');
    expect(t('en')('nested.deep')).toBe('Deep');
  });

  it('keeps French signs with their words: a no-break space inside « » and before : ; ? !, never in the values put in', () => {
    const quoted = translator(
      defineMessages({
        en: { said: '“{{value}}” is not a date: write it as 2025-07-01. Why?' },
        fr: { said: '« {{value}} » n’est pas une date : écrivez-la ainsi ; 2025-07-01. Pourquoi ? Voilà !' },
      }),
    );
    const NBSP = '\u00a0';
    expect(quoted('fr')('said', { value: 'hier : « x » ?' })).toBe(
      `«${NBSP}hier : « x » ?${NBSP}» n’est pas une date${NBSP}: écrivez-la ainsi${NBSP}; 2025-07-01. Pourquoi${NBSP}? Voilà${NBSP}!`,
    );
    // English keeps its own typography.
    expect(quoted('en')('said', { value: 'x' })).toBe('“x” is not a date: write it as 2025-07-01. Why?');
  });

  it('makes one translator per language and reuses it', () => {
    expect(t('fr')).toBe(t('fr'));
  });

  it('refuses at compile time a key without a message, and a French side that differs', () => {
    // The lines below must not compile: `npm run typecheck` fails if one of them does.
    // @ts-expect-error: no such message
    expect(t('en')('nested.missing')).toBe('nested.missing');
    // @ts-expect-error: the French side lacks a message
    defineMessages({ en: { a: 'A', b: 'B' }, fr: { a: 'A' } });
    // @ts-expect-error: the French side has a message English does not
    defineMessages({ en: { a: 'A' }, fr: { a: 'A', b: 'B' } });
    expect(missingKeys(messages)).toEqual([]);
  });

  it('takes French for any French locale and English otherwise', () => {
    expect(['fr', 'fr-CD', 'fr_CD.UTF-8', 'en-GB', 'sw', null].map(langFromLocale)).toEqual([
      'fr',
      'fr',
      'fr',
      'en',
      'en',
      'en',
    ]);
  });
});
