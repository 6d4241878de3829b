/**
 * A city's portal configuration, `cities/<id>.json`: {@link parseCity} checks one file on its own
 * (the city schema, then the rules a schema cannot express); `resolveCity` (city-resolve.ts) then
 * loads and checks the documents it refers to; `loadCity` (city-files.ts) does both for a file.
 */
import type { City, Issue, ParseOptions, ParseResult } from '@competence-kit/schemas';
import {
  collectIssues,
  parseSafely,
  pointer,
  resolveParseOptions,
  validateWithLimits,
} from '@competence-kit/schemas';
import { validateCity } from '@competence-kit/schemas/validators';
import { brandingIssues } from './city-branding.js';
import { cityTexts } from './city-texts.js';

export type { City } from '@competence-kit/schemas';
export { cityTexts, type CityText } from './city-texts.js';
export {
  brandingContrast,
  brandingIssues,
  contrastRatio,
  relativeLuminance,
  type ContrastCheck,
} from './city-branding.js';
export {
  resolveCity,
  type CityFiles,
  type ResolveCityOptions,
  type ResolvedCity,
} from './city-resolve.js';
export { SHIPPED_DOCUMENTS, type PublishedDocuments } from './city-published.js';

type Add = (issue: Issue) => void;

/** Region codes that name no country (CLDR's unknown region, the EU, the eurozone, the UN…). */
const NOT_COUNTRIES = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO']);

/** Domains reserved for examples and tests (RFC 2606, RFC 6761): mail sent there reaches no one. */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:org|com|net)|example|test|invalid|localhost)$/i;

function checkLanguages(city: City, add: Add): void {
  if (!city.languages.includes(city.defaultLanguage)) {
    add({
      path: pointer('defaultLanguage'),
      code: 'unknown-language',
      message: `The default language "${city.defaultLanguage}" is not one of the city's languages (${city.languages.join(', ')}).`,
    });
  }
  for (const { path, text } of cityTexts(city)) {
    for (const language of city.languages) {
      if (text[language] === undefined) {
        add({
          path: pointer(...path, language),
          code: 'missing-translation',
          message: `No "${language}" text, although the city lists that language: every text must be given in each of its languages.`,
        });
      }
    }
  }
}

function checkPlace(city: City, add: Add): void {
  const region = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(
    city.country,
  );
  if (region === undefined || NOT_COUNTRIES.has(city.country)) {
    add({
      path: pointer('country'),
      code: 'unknown-country',
      message: `"${city.country}" is not an ISO 3166-1 country code (DE, IT, ES…).`,
    });
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: city.timezone });
  } catch {
    add({
      path: pointer('timezone'),
      code: 'unknown-timezone',
      message: `"${city.timezone}" is not a time zone this runtime knows (IANA names such as Europe/Rome).`,
    });
  }
}

function checkUnique(city: City, add: Add): void {
  const instruments = new Set<string>();
  city.instruments.forEach((instrument, i) => {
    const key = `${instrument.purpose} ${instrument.id}`;
    if (instruments.has(key)) {
      add({
        path: pointer('instruments', i),
        code: 'duplicate-item',
        message: `Instrument "${instrument.id}" is listed twice for ${instrument.purpose}.`,
      });
    }
    instruments.add(key);
  });
  const purposes = new Set<string>();
  city.dataProtection.purposes.forEach((purpose, i) => {
    if (purposes.has(purpose.id)) {
      add({
        path: pointer('dataProtection', 'purposes', i, 'id'),
        code: 'duplicate-id',
        message: `Two processing purposes have the id "${purpose.id}".`,
      });
    }
    purposes.add(purpose.id);
  });
}

/** A demo city must not send anyone's mail to a real mailbox. */
function checkDemoContacts(city: City, add: Add): void {
  if (!city.demo) return;
  const emails: [(string | number)[], string][] = [
    [['contact', 'email'], city.contact.email],
    [['dataProtection', 'controller', 'email'], city.dataProtection.controller.email],
    [['dataProtection', 'officer', 'email'], city.dataProtection.officer.email],
  ];
  for (const [path, email] of emails) {
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (!RESERVED_DOMAIN.test(domain)) {
      add({
        path: pointer(...path),
        code: 'demo-address-not-reserved',
        message: `A demo city's e-mail addresses use a reserved domain (example.org, example.com, example.net or a .example, .test or .invalid name), not "${domain}".`,
      });
    }
  }
}

/**
 * Validates a city file: its structure against the city schema, then the rules between its
 * parts: the default language is one of the languages; every text (name, logo text, contact,
 * data-protection notice) is given in every listed language; the country and time zone exist;
 * the branding colours keep WCAG 2.1 AA contrast against the elements' tokens they are drawn with
 * (colour token names are checked by the schema, which lists the elements' tokens); instruments
 * and processing purposes are not listed twice; a demo city's e-mail addresses are at reserved
 * domains. Referenced documents are checked by `resolveCity`. `options.limits` bounds the work
 * as in every parser of the kit (`DEFAULT_LIMITS` of `@competence-kit/schemas`). Never throws on
 * bad input.
 *
 * @example
 * ```ts
 * const parsed = parseCity(JSON.parse(text));
 * if (!parsed.ok) for (const i of parsed.issues) console.error(i.path, i.code, i.message);
 * ```
 */
export function parseCity(input: unknown, options?: ParseOptions): ParseResult<City> {
  const limits = resolveParseOptions(options);
  return parseSafely(() => {
    const checked = validateWithLimits(validateCity, input, limits);
    if (!checked.ok) return checked;
    const city = checked.value;
    const issues = collectIssues(limits.maxIssues, (add) => {
      checkLanguages(city, add);
      checkPlace(city, add);
      checkUnique(city, add);
      checkDemoContacts(city, add);
      brandingIssues(city.branding).forEach(add);
    });
    return issues.length === 0 ? { ok: true, value: city } : { ok: false, issues };
  });
}
