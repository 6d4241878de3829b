/**
 * One message-catalogue mechanism for every layer: a catalogue is a plain record of texts with
 * `{name}` placeholders (JSON-serialisable, one object per locale), looked up along a fallback
 * chain and formatted by {@link formatMessage}. Engines' renderers and the web components use
 * the same shape and the same functions.
 */

/** A catalogue: message key to text with `{name}` placeholders. */
export type MessageCatalogue<Key extends string = string> = Readonly<Record<Key, string>>;

/** The `{name}` placeholders of a message text, as a type. */
export type Placeholders<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** A message text and the locale of the catalogue it came from. */
export interface ResolvedMessage {
  text: string;
  locale: string;
}

/**
 * The text of `key` in the first catalogue of `chain` that has it, or `undefined`.
 *
 * @example
 * ```ts
 * const found = resolveMessage({ en: { hi: 'Hello {name}' } }, ['de', 'en'], 'hi');
 * found?.locale; // 'en'
 * ```
 */
export function resolveMessage<Key extends string>(
  catalogues:
    | ReadonlyMap<string, Partial<MessageCatalogue<Key>>>
    | Readonly<Record<string, Partial<MessageCatalogue<Key>> | undefined>>,
  chain: readonly string[],
  key: Key,
): ResolvedMessage | undefined {
  for (const locale of chain) {
    const catalogue =
      catalogues instanceof Map
        ? catalogues.get(locale)
        : (catalogues as Record<string, Partial<MessageCatalogue<Key>> | undefined>)[locale];
    const text = catalogue?.[key];
    if (text !== undefined) return { text, locale };
  }
  return undefined;
}

/**
 * Replaces each `{name}` in `text` with its parameter; unknown names stay as written.
 *
 * @example
 * ```ts
 * formatMessage('Fewer than {k}', { k: 5 }); // 'Fewer than 5'
 * ```
 */
export function formatMessage(
  text: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The `{name}` placeholders of a text, sorted: used to check translations. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/**
 * The key of a count's plural form: `${base}.${category}` when the catalogue has it (CLDR
 * categories: zero, one, two, few, many, other), else `${base}.other`.
 *
 * @example
 * ```ts
 * pluralKey({ 'n.one': '1 item', 'n.other': '{n} items' }, 'en', 'n', 3); // 'n.other'
 * ```
 */
export function pluralKey(
  catalogue: Readonly<Record<string, string>>,
  locale: string,
  base: string,
  count: number,
): string {
  const key = `${base}.${new Intl.PluralRules(locale).select(count)}`;
  return key in catalogue ? key : `${base}.other`;
}
