import type { en } from './en.js';

/** A key of the networks engine's words, such as `'stakeholderType.ngo'` or `'late.not-done'`. */
export type NetworkMessageKey = keyof typeof en;

/** The engine's words in one locale: every key of the English reference. */
export type NetworkCatalogue = Readonly<Record<NetworkMessageKey, string>>;

/** The locales the engine's words ship in: the pilot languages. */
export const NETWORK_LOCALES = ['en', 'de', 'it', 'es'] as const;
export type NetworkLocale = (typeof NETWORK_LOCALES)[number];

const isNetworkLocale = (language: string): language is NetworkLocale =>
  (NETWORK_LOCALES as readonly string[]).includes(language);

/** The shipped locale for a BCP 47 tag (by its language), or `undefined` when none ships. */
export function networkLocaleOf(locale: string): NetworkLocale | undefined {
  const language = locale.split('-')[0]!.toLowerCase();
  return isNetworkLocale(language) ? language : undefined;
}

/** The counts with plural forms (`count.days.one`, `count.days.other`). */
export type NetworkCountKey = 'days' | 'stakeholders';

/** Parameters of a message: `{name}` is replaced by `params.name`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Replaces each `{name}` with its parameter; unknown names stay as written. The same mechanism
 * as `@competence-kit/model`'s `formatMessage`, kept here so that this module imports nothing.
 */
export function formatText(text: string, params: MessageParams = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The engine's words put into one locale: `text(key, params)` formats a message, `count(key, n)`
 * picks the plural form (numbers in the locale's digits), `list(items)` joins names (“a, b and c”).
 */
export interface NetworkWords {
  locale: NetworkLocale;
  text: (key: NetworkMessageKey, params?: MessageParams) => string;
  count: (key: NetworkCountKey, n: number) => string;
  list: (items: readonly string[]) => string;
}

/** The plural form for `n`: `one` when the locale's rules say so, else `other` (the four
 * shipped languages need no more forms). */
export function pluralOf(locale: NetworkLocale, n: number): 'one' | 'other' {
  return new Intl.PluralRules(locale).select(n) === 'one' ? 'one' : 'other';
}

/** The words of `catalogue` for `locale`. */
export function wordsOf(catalogue: NetworkCatalogue, locale: NetworkLocale): NetworkWords {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    locale,
    text: (key, params) => formatText(catalogue[key], params),
    count: (key, n) =>
      formatText(catalogue[`count.${key}.${pluralOf(locale, n)}` as NetworkMessageKey], {
        n: integer.format(n),
      }),
    list: (items) => lists.format(items),
  };
}
