import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COOPERATION_FREQUENCIES,
  KNOWLEDGE_ENTRY_KINDS,
  MEASURE_STATUSES,
  STAKEHOLDER_TYPES,
  TOOLKIT_MATERIALS,
} from '@competence-kit/schemas';
import {
  NETWORK_LOCALES,
  NETWORK_MESSAGES,
  dateText,
  entryKindName,
  findingText,
  formatText,
  frequencyName,
  lateText,
  localized,
  materialName,
  measureStatusName,
  namesFrom,
  networkWordsFor,
  offTrackText,
  stakeholderTypeName,
  unaddressedText,
  unmeasuredText,
} from './messages/index.js';
import { exampleNetwork, examplePlan } from './test-support/fixtures.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the catalogues', () => {
  const en = NETWORK_MESSAGES.en;

  it.each(NETWORK_LOCALES.filter((l) => l !== 'en'))(
    '%s has every key of English, the same placeholders, and its own words',
    (locale) => {
      const catalogue = NETWORK_MESSAGES[locale];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        const translated = catalogue[key as keyof typeof en];
        expect(placeholders(translated), `${locale} ${key}`).toEqual(placeholders(text));
        expect(translated, `${locale} ${key} is the English text`).not.toBe(text);
        expect(translated.trim(), `${locale} ${key}`).not.toBe('');
      }
    },
  );

  it('has a word for every value of every enum the engine returns', () => {
    for (const locale of NETWORK_LOCALES) {
      const words = networkWordsFor(locale);
      const names = [
        ...STAKEHOLDER_TYPES.map((t) => stakeholderTypeName(words, t)),
        ...MEASURE_STATUSES.map((s) => measureStatusName(words, s)),
        ...COOPERATION_FREQUENCIES.map((f) => frequencyName(words, f)),
        ...KNOWLEDGE_ENTRY_KINDS.map((k) => entryKindName(words, k)),
        ...TOOLKIT_MATERIALS.map((m) => materialName(words, m)),
      ];
      for (const name of names) expect(name, locale).toMatch(/^[^{}]+$/);
      // Distinct words: no two stakeholder types read the same.
      const types = STAKEHOLDER_TYPES.map((t) => stakeholderTypeName(words, t));
      expect(new Set(types).size, locale).toBe(types.length);
    }
  });

  it('imports nothing at run time but its own files, so a page loads it alone', () => {
    const dir = join(import.meta.dirname, 'messages');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const [, what, from] of source.matchAll(
        /^(?:import|export)( type)?[^;]*?from '([^']+)'/gms,
      ))
        if (what === undefined) expect(from, file).toMatch(/^\.\/[\w-]+\.js$/);
    }
  });
});

describe('networkWordsFor', () => {
  it('picks the language of a tag, and English with fallback for others', () => {
    expect(networkWordsFor('de-AT')).toMatchObject({ locale: 'de', fallback: false });
    expect(networkWordsFor('ES')).toMatchObject({ locale: 'es', fallback: false });
    expect(networkWordsFor('ar')).toMatchObject({ locale: 'en', fallback: true });
  });

  it('formats counts with plural forms and lists with the language’s conjunction', () => {
    const en = networkWordsFor('en');
    const de = networkWordsFor('de');
    expect([en.count('days', 1), en.count('days', 1200)]).toEqual(['1 day', '1,200 days']);
    expect([de.count('days', 1), de.count('days', 1200)]).toEqual(['1 Tag', '1.200 Tage']);
    expect(en.list(['A', 'B', 'C'])).toBe('A, B, and C');
    expect(de.list(['A', 'B'])).toBe('A und B');
  });

  it('formatText leaves unknown placeholders and ignores inherited names', () => {
    expect(formatText('{a} and {toString}', { a: 1 })).toBe('1 and {toString}');
  });
});

describe('the engine’s results in words', () => {
  const network = exampleNetwork();
  const plan = examplePlan();

  it('words network findings with names, singular and plural', () => {
    const en = networkWordsFor('en');
    const names = namesFrom({ network, plan }, 'en');
    expect(
      findingText(en, { code: 'isolated', params: { stakeholders: ['lesepaten'] } }, names),
    ).toBe('Lesepaten Lindenbach works with no other organisation of the network.');
    expect(
      findingText(
        networkWordsFor('de'),
        { code: 'isolated', params: { stakeholders: ['lesepaten', 'jobcenter'] } },
        namesFrom({ network }, 'de'),
      ),
    ).toBe(
      'Lesepaten Lindenbach und Jobcenter Lindenbach arbeiten mit keiner anderen Organisation des Netzwerks zusammen.',
    );
    expect(findingText(en, { code: 'fragmented', params: { components: 3 } })).toBe(
      'The network falls apart into 3 groups that do not work with each other.',
    );
    expect(
      findingText(
        networkWordsFor('it'),
        { code: 'type-missing-from-goal', params: { goal: 'reach', type: 'business' } },
        namesFrom({ plan }, 'it'),
      ),
      // No Italian title: the plan's default locale, German.
    ).toBe(
      'Obiettivo «Migrantenorganisationen früh einbinden»: nessuna organizzazione del tipo «Impresa» partecipa alle sue misure, benché la rete ne abbia.',
    );
    // Unknown ids are shown as they are.
    expect(
      findingText(en, { code: 'goal-without-partners', params: { goal: 'mystery' } }, names),
    ).toBe('Goal “mystery”: each of its measures is carried by its owner alone, without partners.');
  });

  it('words the review: late, off track, unmeasured and unaddressed', () => {
    const names = namesFrom({ network, plan }, 'en');
    const en = networkWordsFor('en');
    const late = { measure: 'joint-advice', goal: 'reach', owner: 'brueckenhaus' };
    expect(lateText(en, { ...late, reason: 'not-started', days: 1 }, names)).toBe(
      '“Joint advice hours at the cultural association” has not started: 1 day past its start date.',
    );
    expect(lateText(networkWordsFor('es'), { ...late, reason: 'not-done', days: 3 }, names)).toBe(
      '«Joint advice hours at the cultural association» no está terminada: 3 días después de su fecha de fin.',
    );
    const offTrack = {
      measure: 'letter-workshops',
      goal: 'letters',
      indicator: 'staff-trained',
      measured: { date: '2026-06-30', value: 18 },
      expected: 19.7351,
      shortfall: 1.7351,
      shortfallShare: 0.0434,
    };
    expect(offTrackText(networkWordsFor('de'), offTrack, namesFrom({ plan }, 'de'))).toBe(
      '„Geschulte Mitarbeitende“ (Schreibwerkstätten für die Servicestelle Aufenthalt): 18 gemessen am 30.06.2026, 19,74 bis dahin erwartet, 1,74 zu wenig.',
    );
    expect(unmeasuredText(en, { measure: 'joint-advice', indicator: 'visits' }, names)).toBe(
      '“Visits a month” (Joint advice hours at the cultural association) has no measurement yet, though the measure has started.',
    );
    expect(
      unaddressedText(
        en,
        { competence: 'plain-language-communication', rank: 2, reason: 'no-goal' },
        { competence: () => 'Plain language' },
      ),
    ).toBe('Priority 2, “Plain language”: no goal of the plan answers it.');
  });

  it('localized falls back from the tag to its language, the fallback, then the first text', () => {
    const text = { de: 'Hallo', en: 'Hello', 'pt-BR': 'Olá' };
    expect(localized(text, 'de-CH')).toBe('Hallo');
    expect(localized(text, 'pt')).toBe('Olá');
    expect(localized(text, 'fr', 'en')).toBe('Hello');
    expect(localized(text, 'fr')).toBe('Hallo');
    expect(localized(undefined, 'en')).toBe('');
    expect(dateText(networkWordsFor('de'), 'not a date')).toBe('not a date');
  });
});
