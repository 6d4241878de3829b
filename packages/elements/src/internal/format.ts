// Intl formatters are costly to create and cheap to reuse: one per locale and options.
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules;
const formatters = new Map<string, Formatter>();

function cached<F extends Formatter>(key: string, create: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return cached(
    `n|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  );
}

export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): Intl.DateTimeFormat {
  return cached(
    `d|${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

/** The plural rules of a locale (cardinal): which message a count takes. */
export function pluralRules(locale: string): Intl.PluralRules {
  return cached(`p|${locale}`, () => new Intl.PluralRules(locale));
}
