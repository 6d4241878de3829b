import { describe, expect, it } from 'vitest';
import { canonicalLocale, fallbackChain, localize, resolveText } from './locales.js';
import { translationCoverage } from './coverage.js';
import { collectTexts } from './texts.js';
import { sample } from './test-support/sample.js';

describe('fallbackChain', () => {
  it('walks from the most specific tag to the default locale', () => {
    expect(fallbackChain('de-AT', { defaultLocale: 'en' })).toEqual(['de-AT', 'de', 'en']);
    expect(fallbackChain('sr-latn-rs', { defaultLocale: 'en' })).toEqual([
      'sr-Latn-RS',
      'sr-Latn',
      'sr',
      'en',
    ]);
  });

  it('puts explicit fallbacks, with their parents, before the default, without repeats', () => {
    expect(fallbackChain('rm-CH', { fallbacks: ['de-CH', 'it'], defaultLocale: 'de' })).toEqual([
      'rm-CH',
      'rm',
      'de-CH',
      'de',
      'it',
    ]);
  });

  it('drops a singleton along with the subtag after it', () => {
    expect(fallbackChain('de-DE-x-ofb')).toEqual(['de-DE-x-ofb', 'de-DE', 'de']);
  });

  it('rejects malformed options as a programmer error, naming the option', () => {
    expect(() => fallbackChain('de', { defaultLocale: 'not a locale!' })).toThrow(/defaultLocale/);
    expect(() => fallbackChain('de', { fallbacks: 'en' as unknown as string[] })).toThrow(
      /fallbacks/,
    );
    expect(() => fallbackChain('de', { fallbacks: ['en', 'x y'] })).toThrow(/fallbacks\.1/);
    expect(() => fallbackChain('de', { anyLocale: 'yes' as unknown as boolean })).toThrow(
      /anyLocale: expected a boolean/,
    );
    expect(() => fallbackChain('de', null as unknown as object)).toThrow(/\(root\)/);
  });

  it('skips a malformed requested locale instead of failing', () => {
    expect(fallbackChain('??', { defaultLocale: 'en' })).toEqual(['en']);
  });
});

describe('localize and resolveText', () => {
  const text = { de: 'Einfache Sprache', en: 'Plain language', 'es-ES': 'Lenguaje claro' };

  it('finds the parent locale of a regional request', () => {
    expect(localize(text, 'de-AT')).toBe('Einfache Sprache');
    expect(resolveText(text, 'de-AT')).toEqual({
      value: 'Einfache Sprache',
      locale: 'de',
      isFallback: false,
    });
  });

  it('falls back to the default locale and says so', () => {
    expect(resolveText(text, 'it', { defaultLocale: 'en' })).toEqual({
      value: 'Plain language',
      locale: 'en',
      isFallback: true,
    });
  });

  it('matches keys written in another case', () => {
    expect(localize({ 'es-es': 'Lenguaje claro' }, 'es-ES', { anyLocale: false })).toBe(
      'Lenguaje claro',
    );
  });

  it('returns any available text as a last resort unless told not to', () => {
    expect(resolveText({ ar: 'لغة بسيطة' }, 'de', { defaultLocale: 'en' })).toEqual({
      value: 'لغة بسيطة',
      locale: 'ar',
      isFallback: true,
    });
    expect(
      resolveText({ ar: 'لغة بسيطة' }, 'de', { defaultLocale: 'en', anyLocale: false }),
    ).toBeUndefined();
    expect(localize({ ar: 'لغة بسيطة' }, 'de', { anyLocale: false })).toBe('');
  });

  it('passes undefined through for optional texts', () => {
    expect(localize(undefined, 'de')).toBeUndefined();
  });

  it('canonicalises tags and rejects malformed ones', () => {
    expect(canonicalLocale('DE-at')).toBe('de-AT');
    expect(canonicalLocale('not a tag')).toBeUndefined();
  });
});

describe('translationCoverage', () => {
  it('counts every text and lists what is missing per locale', () => {
    const fw = sample();
    const total = collectTexts(fw).length;
    const coverage = translationCoverage(fw, { locales: ['uk'] });
    expect(coverage.map((c) => c.locale)).toEqual(['en', 'de', 'it', 'uk']);
    const [en, de, it, uk] = coverage;
    expect(en).toMatchObject({ required: true, total, translated: total, ratio: 1, missing: [] });
    expect(de!.ratio).toBe(1);
    expect(it!.required).toBe(false);
    // Italian: the title, the four level titles, one domain title and one competence title.
    expect(it!.translated).toBe(7);
    expect(it!.missing).toContain('/description');
    expect(it!.missing).not.toContain('/title');
    expect(uk).toMatchObject({ translated: 0, ratio: 0 });
    expect(uk!.missing).toHaveLength(total);
  });

  it('sees a removed translation', () => {
    const fw = sample();
    delete fw.competences[0]!.descriptors.expert!.de;
    const de = translationCoverage(fw).find((c) => c.locale === 'de')!;
    expect(de.missing).toEqual(['/competences/0/descriptors/expert']);
    expect(de.ratio).toBeLessThan(1);
  });
});

describe('collectTexts', () => {
  it('finds every localised text of the sample, with pointers that resolve to it', () => {
    const fw = sample();
    const entries = collectTexts(fw);
    // Independent count: walk the JSON and count objects whose keys are all locale tags.
    const isLocale = (k: string) =>
      /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(k) && canonicalLocale(k) !== undefined;
    let count = 0;
    const walk = (node: unknown, key: string) => {
      if (!node || typeof node !== 'object') return;
      const keys = Object.keys(node);
      if (
        !Array.isArray(node) &&
        keys.length > 0 &&
        key !== 'targets' &&
        keys.every(isLocale) &&
        Object.values(node).every((v) => typeof v === 'string')
      ) {
        count++;
        return;
      }
      for (const [k, v] of Object.entries(node)) walk(v, k);
    };
    walk(fw, '');
    expect(entries).toHaveLength(count);
    for (const { path, text } of entries) {
      const resolved = path
        .split('/')
        .slice(1)
        .reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], fw);
      expect(resolved).toBe(text);
    }
  });
});
