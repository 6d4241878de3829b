import {
  canonicalLocale,
  formatMessage,
  resolveMessage,
  resolveText,
} from '@competence-kit/model/read';
import type { LocalizedText } from '@competence-kit/schemas';
import { html, type Html } from './html.js';
import type { Catalogue, MessageKey } from './messages/catalogue.js';
import { de } from './messages/de.js';
import { en } from './messages/en.js';
import { es } from './messages/es.js';
import { it } from './messages/it.js';

/** The languages whose page texts ship with the server; others fall back to English. */
export const PAGE_LANGUAGES = ['de', 'it', 'es', 'en'] as const;

const catalogues: Record<string, Catalogue> = { de, it, es, en };

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi']);

/** The writing direction of a language tag. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr';
}

/** Where a request says which language it wants, strongest first. */
export interface LanguageRequest {
  /** `?lang=` of the URL: the language switch. */
  query?: string | undefined;
  /** The language remembered in a cookie from an earlier switch. */
  cookie?: string | undefined;
  /** The browser's `Accept-Language` header. */
  acceptLanguage?: string | undefined;
}

function match(available: readonly string[], wanted: string | undefined): string | undefined {
  if (!wanted) return undefined;
  const tag = canonicalLocale(wanted.trim());
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  return (
    available.find((a) => a.toLowerCase() === lower) ??
    available.find((a) => a.toLowerCase() === lower.split('-')[0])
  );
}

/**
 * The page language: the URL's `?lang=` (the switch), else the remembered choice, else the
 * browser's preferences in order of their q-values, else the city's default. Only languages the
 * city offers are ever chosen; anything else in the request is ignored.
 */
export function negotiateLanguage(
  available: readonly string[],
  fallback: string,
  request: LanguageRequest,
): string {
  const direct = match(available, request.query) ?? match(available, request.cookie);
  if (direct) return direct;
  const ranges = (request.acceptLanguage ?? '')
    .slice(0, 1000)
    .split(',')
    .slice(0, 30)
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
      return { range: range.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.range && r.range !== '*' && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { range } of ranges) {
    const found = match(available, range);
    if (found) return found;
  }
  return fallback;
}

/** The words of one page in one language: the portal's messages and the data's texts. */
export interface Words {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** A portal message, marked with its own `lang` when it fell back to another language. */
  t(key: MessageKey, params?: Record<string, string | number>): Html;
  /** A portal message as plain text, for attributes and titles. */
  plain(key: MessageKey, params?: Record<string, string | number>): string;
  /** A text of the data (a city file, a framework), marked with its `lang` when it fell back. */
  text(text: LocalizedText | undefined): Html;
  /** A text of the data as plain text. */
  textPlain(text: LocalizedText | undefined): string;
  /** A calendar date (YYYY-MM-DD) written the language's way. */
  date(iso: string): string;
  number(value: number): string;
}

/** The words of a page in `lang`, with `defaultLocale` ending the data's fallback chain. */
export function wordsFor(lang: string, defaultLocale: string): Words {
  const chain = [lang, lang.split('-')[0]!, 'en'];
  // The Gregorian calendar in every language: the city's dates (a questionnaire opening, a
  // deadline) are Gregorian, and Persian and Pashto would otherwise get the Solar Hijri one.
  const dates = new Intl.DateTimeFormat(lang, {
    dateStyle: 'long',
    timeZone: 'UTC',
    calendar: 'gregory',
  });
  const numbers = new Intl.NumberFormat(lang);
  const message = (key: MessageKey, params?: Record<string, string | number>) => {
    const found = resolveMessage(catalogues, chain, key)!;
    return { value: formatMessage(found.text, params), locale: found.locale };
  };
  const mark = (value: string, locale: string) =>
    locale.split('-')[0] === lang.split('-')[0]
      ? html`${value}`
      : html`<span lang="${locale}" dir="${directionOf(locale)}">${value}</span>`;
  return {
    lang,
    dir: directionOf(lang),
    t: (key, params) => {
      const { value, locale } = message(key, params);
      return mark(value, locale);
    },
    plain: (key, params) => message(key, params).value,
    text: (text) => {
      const found = resolveText(text, lang, { defaultLocale });
      return found ? mark(found.value, found.locale) : html``;
    },
    textPlain: (text) => resolveText(text, lang, { defaultLocale })?.value ?? '',
    date: (iso) => {
      const day = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(day.getTime()) ? iso : dates.format(day);
    },
    number: (value) => numbers.format(value),
  };
}
