import * as z from 'zod/mini';
import type { Framework } from '@competence-kit/schemas';
import { canonicalLocale, collectTexts, localize } from '@competence-kit/model';
import { formatCsv } from '@competence-kit/model/csv';
import { textId } from './text-id.js';

/** The columns of a translation CSV, in order. */
export const TRANSLATION_COLUMNS = ['id', 'path', 'source', 'translation'] as const;

/** Options of {@link exportTranslations}. */
export interface TranslationExportOptions {
  /** The locale translators translate from. Default: the framework's `defaultLocale`. */
  source?: string;
  /** Start with a UTF-8 byte order mark, so spreadsheet programs read UTF-8. Default `true`. */
  bom?: boolean;
}

/** A BCP 47 tag in canonical form (`de-AT`, not `de-at`), as a framework must use. */
export const localeTag = z.string().check(
  z.refine((tag) => canonicalLocale(tag) === tag, {
    message: 'Expected a BCP 47 language tag in canonical form, such as "uk" or "sr-Latn-RS"',
  }),
);
const ExportOptions = z.object({ source: z.optional(localeTag), bom: z.optional(z.boolean()) });

/** Checks an argument of the public API; a wrong one is a programmer error, so it throws. */
export function checked<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0]!;
  const at = first.path.join('.');
  throw new TypeError(`Invalid ${what}${at ? ` at ${at}` : ''}: ${first.message}.`);
}

/**
 * The texts of a framework as a translation CSV for one target locale: a header
 * `id,path,source,translation`, then one row per text in document order with its readable id,
 * its JSON pointer, the text in the source locale (falling back to the default locale) and the
 * text already in the target locale (empty when missing). RFC 4180 with CRLF line breaks, and a
 * UTF-8 byte order mark unless `bom: false`.
 *
 * A text that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab, a
 * line break or a full-width form of these) is written with a leading `'` and quoted, as OWASP
 * advises; {@link importTranslations} takes exactly that quote away again, so an export read
 * back unchanged gives every text exactly (`neutraliseFormula` and `restoreFormula` of
 * `@competence-kit/model/csv`).
 *
 * @throws TypeError when `locale` or an option is not a canonical BCP 47 tag (a programmer error).
 * @example
 * ```ts
 * const csv = exportTranslations(framework, 'uk');
 * // id,path,source,translation
 * // framework:title,/title,Intercultural competence…,
 * ```
 */
export function exportTranslations(
  framework: Framework,
  locale: string,
  options: TranslationExportOptions = {},
): string {
  checked(localeTag, locale, 'locale');
  const { source = framework.defaultLocale, bom = true } = checked(
    ExportOptions,
    options,
    'export options',
  );
  const rows = collectTexts(framework).map(({ path, text }) => [
    textId(framework, path),
    path,
    localize(text, source, { defaultLocale: framework.defaultLocale }),
    text[locale] ?? '',
  ]);
  return formatCsv([[...TRANSLATION_COLUMNS], ...rows], { bom });
}
