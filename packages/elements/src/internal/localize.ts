import {
  formatMessage as formatText,
  placeholdersOf,
  resolveMessage as resolveIn,
  type Placeholders,
  type ResolvedMessage,
} from '@competence-kit/model/read';
import { en } from '../locales/en.js';

// One catalogue mechanism for engines and elements: the shape (a record of `{name}` texts),
// the lookup along a fallback chain and the formatting come from @competence-kit/model/read,
// as for the needs report's words in @competence-kit/needs-analysis/messages.
export { placeholdersOf };
export type { Placeholders, ResolvedMessage };

/** The English reference catalogue's type: its keys and literal texts. */
export type Messages = typeof en;

/** The key of a message, such as `'common.close'` or `'level-badge.rank'`. */
export type MessageKey = keyof Messages;

/** A complete catalogue for one locale: every key of the English reference. */
export type Catalogue = Record<MessageKey, string>;

/** The parameters `msg` takes for a key: none, or one value per placeholder. */
export type MessageParams<K extends MessageKey> = [Placeholders<Messages[K]>] extends [never]
  ? []
  : [params: Record<Placeholders<Messages[K]>, string | number>];

/** The locales whose catalogues ship with the package. */
export const bundledLocales = [
  'en',
  'de',
  'it',
  'es',
  'ar',
  'uk',
  'tr',
  'fr',
  'fa',
  'ps',
  'ti',
  'ur',
] as const;

// English is always present (it ends every fallback chain); the others load on first use, so
// a page pays only for the languages it shows. Static import() paths split in every bundler.
const loaders: Record<string, () => Promise<Catalogue>> = {
  de: async () => (await import('../locales/de.js')).de,
  it: async () => (await import('../locales/it.js')).it,
  es: async () => (await import('../locales/es.js')).es,
  ar: async () => (await import('../locales/ar.js')).ar,
  uk: async () => (await import('../locales/uk.js')).uk,
  tr: async () => (await import('../locales/tr.js')).tr,
  fr: async () => (await import('../locales/fr.js')).fr,
  fa: async () => (await import('../locales/fa.js')).fa,
  ps: async () => (await import('../locales/ps.js')).ps,
  ti: async () => (await import('../locales/ti.js')).ti,
  ur: async () => (await import('../locales/ur.js')).ur,
};

const catalogues = new Map<string, Partial<Catalogue>>([['en', en]]);
const loading = new Map<string, Promise<void>>();
const attempted = new Set<string>(['en']);
const listeners = new Set<() => void>();

/**
 * Adds or overrides messages for a locale, for example a city's own wording or a language the
 * package does not ship. Connected components re-render.
 *
 * @throws RangeError when `locale` is not a BCP 47 tag (a programmer error).
 * @example
 * ```ts
 * import { registerMessages } from '@competence-kit/elements';
 * registerMessages('pl', { 'common.close': 'Zamknij' }); // other keys fall back to English
 * ```
 */
export function registerMessages(locale: string, messages: Partial<Catalogue>): void {
  const tag = Intl.getCanonicalLocales(locale)[0]!;
  catalogues.set(tag, { ...catalogues.get(tag), ...messages });
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a catalogue is registered or loaded; returns the unsubscribe. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Loads the bundled catalogues of a fallback chain that are not loaded yet. Resolves when they
 * are in; `undefined` when there is nothing to load, so callers can stay synchronous. A failed
 * load is reported once and leaves the chain to fall back to English.
 */
export function loadMessages(chain: readonly string[]): Promise<void> | undefined {
  const pending: Promise<void>[] = [];
  for (const tag of chain) {
    const load = loaders[tag];
    if (!load || attempted.has(tag)) continue;
    let promise = loading.get(tag);
    if (!promise) {
      promise = load().then(
        (catalogue) => {
          attempted.add(tag);
          // Messages registered before the catalogue arrived are a city's overrides: they win.
          registerMessages(tag, { ...catalogue, ...catalogues.get(tag) });
        },
        (error: unknown) => {
          attempted.add(tag);
          console.warn(`@competence-kit/elements: could not load the ${tag} messages`, error);
        },
      );
      loading.set(tag, promise);
    }
    pending.push(promise);
  }
  return pending.length > 0 ? Promise.all(pending).then(() => undefined) : undefined;
}

/** The text of `key` in the first catalogue of `chain` that has it; English at the latest. */
export function resolveMessage(chain: readonly string[], key: MessageKey): ResolvedMessage {
  return resolveIn(catalogues, chain, key) ?? { text: en[key], locale: 'en' };
}

/** Replaces each `{name}` in `text` with its parameter; unknown names stay as written. */
export function formatMessage(text: string, params: Record<string, string>): string {
  return formatText(text, params);
}

/** The first locale of `chain` that has messages registered or loaded; `en` at the latest. */
export function messageLocaleOf(chain: readonly string[]): string {
  return chain.find((tag) => catalogues.has(tag)) ?? 'en';
}
