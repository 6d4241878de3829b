import { describe, expect, it } from 'vitest';
import { LEGAL_BASIS_CODES, MODULE_FORMATS } from '@competence-kit/schemas';
import { placeholdersOf } from '@competence-kit/model/read';
import { negotiateLanguage, wordsFor } from './i18n.js';
import { de } from './messages/de.js';
import { en } from './messages/en.js';
import { es } from './messages/es.js';
import { it as italian } from './messages/it.js';

const offered = ['de', 'it', 'en'];

describe('negotiateLanguage', () => {
  it('takes the switch, then the remembered choice, then the browser by q-value, then the default', () => {
    expect(
      negotiateLanguage(offered, 'de', { query: 'it', cookie: 'en', acceptLanguage: 'en' }),
    ).toBe('it');
    expect(negotiateLanguage(offered, 'de', { cookie: 'en', acceptLanguage: 'it' })).toBe('en');
    expect(
      negotiateLanguage(offered, 'de', { acceptLanguage: 'fr;q=1, en;q=0.4, it-CH;q=0.8' }),
    ).toBe('it');
    expect(negotiateLanguage(offered, 'de', { acceptLanguage: 'fr, pt' })).toBe('de');
    expect(negotiateLanguage(offered, 'de', {})).toBe('de');
  });

  it('ignores what the city does not offer and hostile headers', () => {
    expect(negotiateLanguage(offered, 'de', { query: 'fr', cookie: '<script>' })).toBe('de');
    expect(negotiateLanguage(offered, 'de', { acceptLanguage: 'it;q=0, en;q=0.1' })).toBe('en');
    expect(negotiateLanguage(offered, 'de', { acceptLanguage: `${'x,'.repeat(100_000)}it` })).toBe(
      'de',
    );
    expect(negotiateLanguage(offered, 'de', { acceptLanguage: 'it;q=abc' })).toBe('it');
  });
});

describe('the page catalogues', () => {
  const catalogues = { de, it: italian, es };
  for (const [lang, catalogue] of Object.entries(catalogues))
    it(`${lang} has exactly the English keys, with the same placeholders, and no text left in English`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(placeholdersOf(catalogue[key]), key).toEqual(placeholdersOf(en[key]));
        expect(catalogue[key].trim().length, key).toBeGreaterThan(0);
      }
      const same = (Object.keys(en) as (keyof typeof en)[]).filter(
        (k) =>
          catalogue[k] === en[k] &&
          !/^(format\.(workshop|mentoring|e-learning)|signIn\.password|catalogue\.format)$/.test(
            k,
          ) &&
          // Words that are the same in English and this language (Plan, Interview, Problem,
          // focus group, "{format} in {language}").
          !/^needs\.(section\.plan|kind\.(interview|focus-group)|import\.problem|report\.download)$/.test(
            k,
          ) &&
          !/^feedback\.scale\.[234]$/.test(k), // a number alone
      );
      expect(same).toEqual([]);
    });

  it('has a word for every module format and legal basis of the schemas', () => {
    for (const format of MODULE_FORMATS) expect(Object.keys(en)).toContain(`format.${format}`);
    for (const basis of LEGAL_BASIS_CODES) expect(Object.keys(en)).toContain(`legalBasis.${basis}`);
  });

  it('marks a message that fell back to English with its language', () => {
    const french = wordsFor('fr', 'en');
    expect(french.t('nav.home').value).toBe('<span lang="en" dir="ltr">Home</span>');
    expect(wordsFor('de', 'en').t('nav.home').value).toBe('Start');
    expect(wordsFor('it', 'en').plain('catalogue.seats', { free: 3, size: 16 })).toBe(
      '3 posti liberi su 16',
    );
  });
});
