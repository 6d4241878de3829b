import type { LocalizedText } from '@competence-kit/schemas';

/**
 * The canonical form of a BCP 47 tag (`de-at` → `de-AT`), or `undefined` when the tag is not
 * well-formed.
 *
 * @example
 * ```ts
 * canonicalLocale('sr-latn-rs'); // 'sr-Latn-RS'
 * ```
 */
export function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Options of {@link localize}, {@link resolveText} and {@link fallbackChain}. */
export interface LocalizeOptions {
  /** The last locale to try, usually the framework's `defaultLocale`. */
  defaultLocale?: string;
  /** Locales to try after the requested one and before the default, in order. */
  fallbacks?: string[];
  /**
   * When nothing in the chain is present, return the text in any locale rather than nothing.
   * Default `true`: a person is better served by a text in another language than by a gap.
   */
  anyLocale?: boolean;
}

// Checked by hand rather than with zod: these functions run in every web component, where
// zod would add about 6 KB gzipped to each page, and on every text of a report (a few µs each).
function checkOptions(options: LocalizeOptions | undefined): LocalizeOptions {
  if (options === undefined) return {};
  const fail = (path: string, expected: string): never => {
    throw new TypeError(`Invalid localize options at ${path}: expected ${expected}.`);
  };
  if (typeof options !== 'object' || options === null) fail('(root)', 'an object');
  const { defaultLocale, fallbacks, anyLocale } = options;
  const isTag = (tag: unknown) => typeof tag === 'string' && canonicalLocale(tag) !== undefined;
  if (defaultLocale !== undefined && !isTag(defaultLocale))
    fail('defaultLocale', 'a BCP 47 language tag');
  if (fallbacks !== undefined) {
    if (!Array.isArray(fallbacks)) fail('fallbacks', 'an array of BCP 47 language tags');
    fallbacks.forEach((tag, i) => {
      if (!isTag(tag)) fail(`fallbacks.${i}`, 'a BCP 47 language tag');
    });
  }
  if (anyLocale !== undefined && typeof anyLocale !== 'boolean') fail('anyLocale', 'a boolean');
  return options;
}

/** Appends a tag and its truncations (RFC 4647 lookup) to `chain`, skipping repeats. */
function pushWithParents(chain: string[], tag: string): void {
  const canonical = canonicalLocale(tag);
  if (!canonical) return;
  const subtags = canonical.split('-');
  while (subtags.length > 0) {
    const candidate = subtags.join('-');
    if (!chain.includes(candidate)) chain.push(candidate);
    subtags.pop();
    // A singleton (an extension or private-use introducer) never ends a lookup range.
    if (subtags.length > 0 && subtags[subtags.length - 1]!.length === 1) subtags.pop();
  }
}

const chainCache = new Map<string, readonly string[]>();

/**
 * The locales to try, in order, for a requested locale: the tag, its truncations, the
 * fallbacks with theirs, then the default locale.
 *
 * @throws TypeError when the options are malformed (a programmer error).
 * @example
 * ```ts
 * fallbackChain('de-AT', { defaultLocale: 'en' }); // ['de-AT', 'de', 'en']
 * ```
 */
export function fallbackChain(locale: string, options?: LocalizeOptions): readonly string[] {
  const { defaultLocale, fallbacks = [] } = checkOptions(options);
  const key = `${locale}\u0000${fallbacks.join(',')}\u0000${defaultLocale ?? ''}`;
  let chain = chainCache.get(key);
  if (!chain) {
    const built: string[] = [];
    pushWithParents(built, locale);
    for (const fallback of fallbacks) pushWithParents(built, fallback);
    if (defaultLocale) pushWithParents(built, defaultLocale);
    chain = Object.freeze(built);
    if (chainCache.size > 500) chainCache.clear();
    chainCache.set(key, chain);
  }
  return chain;
}

/** A text in the locale it was found in, so a page can mark it with `lang`. */
export interface ResolvedText {
  value: string;
  locale: string;
  /** True when the text is not in the requested locale (nor a truncation of it). */
  isFallback: boolean;
}

function lookupKey(text: LocalizedText, wanted: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(text, wanted)) return wanted;
  // Keys written in a non-canonical case (`de-at`) still match.
  const lower = wanted.toLowerCase();
  return Object.keys(text).find((k) => k.toLowerCase() === lower);
}

/**
 * Resolves a localised text along the fallback chain and says which locale it came from.
 *
 * @example
 * ```ts
 * resolveText({ de: 'Hallo', en: 'Hello' }, 'de-AT'); // { value: 'Hallo', locale: 'de', isFallback: false }
 * resolveText({ en: 'Hello' }, 'it', { defaultLocale: 'en' }); // { value: 'Hello', locale: 'en', isFallback: true }
 * ```
 */
export function resolveText(
  text: LocalizedText | undefined,
  locale: string,
  options?: LocalizeOptions,
): ResolvedText | undefined {
  if (!text) return undefined;
  const chain = fallbackChain(locale, options);
  const requested = canonicalLocale(locale)?.split('-')[0];
  for (const candidate of chain) {
    const key = lookupKey(text, candidate);
    const value = key === undefined ? undefined : text[key];
    if (key !== undefined && typeof value === 'string') {
      return { value, locale: key, isFallback: candidate.split('-')[0] !== requested };
    }
  }
  if (options?.anyLocale === false) return undefined;
  for (const [key, value] of Object.entries(text)) {
    if (typeof value === 'string') return { value, locale: key, isFallback: true };
  }
  return undefined;
}

/**
 * A localised text in the best available locale: the requested one, its parents (`de-AT` →
 * `de`), the fallbacks, the default locale, and last any locale present.
 *
 * @example
 * ```ts
 * localize(competence.title, 'de-AT', { defaultLocale: framework.defaultLocale });
 * ```
 */
export function localize(text: LocalizedText, locale: string, options?: LocalizeOptions): string;
export function localize(
  text: LocalizedText | undefined,
  locale: string,
  options?: LocalizeOptions,
): string | undefined;
export function localize(
  text: LocalizedText | undefined,
  locale: string,
  options?: LocalizeOptions,
): string | undefined {
  if (!text) return undefined;
  return resolveText(text, locale, options)?.value ?? '';
}
