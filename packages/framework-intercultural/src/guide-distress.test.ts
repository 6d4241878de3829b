import { describe, expect, it } from 'vitest';
import { needsAnalysisGuides } from './index.js';

/** What the guidance for a distressed interviewee must cover, by step id. */
const STEPS = [
  'ds-prepare-referrals', // referral contacts ready before the interview
  'ds-pause', // notice distress and pause
  'ds-offer-to-stop', // offer a break, to skip or to stop, without consequences
  'ds-no-trauma-probing', // do not probe traumatic experiences
  'ds-interpreter-role', // what the interpreter does
  'ds-referral', // hand over contacts, safeguarding
  'ds-follow-up', // afterwards: consent to use, follow-up, debrief
];

describe('the interview guide for third-country nationals', () => {
  const guide = needsAnalysisGuides.interviewThirdCountryNationals;
  const section = guide.sections.find((s) => s.id === 'if-distressed');

  it('tells interviewers what to do when a person becomes distressed, right after the opening', () => {
    expect(guide.sections.map((s) => s.id).slice(0, 2)).toEqual(['opening', 'if-distressed']);
    expect(section!.steps.map((s) => s.id)).toEqual(STEPS);
    // Instructions and checks for the interviewer, not questions to the person.
    for (const step of section!.steps) expect(['instruction', 'check']).toContain(step.kind);
  });

  it('gives that guidance in every language of the guide, each text its own', () => {
    expect([...guide.locales].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'it', 'tr', 'uk']);
    const texts = [section!.title, section!.description!, ...section!.steps.map((s) => s.text)];
    for (const text of texts)
      for (const locale of guide.locales) {
        expect(text[locale]?.trim().length, `${locale}: ${text.en}`).toBeGreaterThan(10);
        if (locale !== 'en') expect(text[locale], locale).not.toBe(text.en);
      }
    for (const step of section!.steps) {
      expect(step.text.ar).toMatch(/[\u0600-\u06FF]/);
      expect(step.text.uk).toMatch(/[\u0400-\u04FF]/);
    }
  });

  it('says that stopping has no consequences and that trauma is not probed, in every language', () => {
    const stop = section!.steps.find((s) => s.id === 'ds-offer-to-stop')!.text;
    const consequences: Record<string, RegExp> = {
      de: /keine Folgen/,
      it: /non ha conseguenze/,
      es: /no tiene consecuencias/,
      en: /no consequences/,
      fr: /aucune conséquence/,
      tr: /hiçbir sonucu olmadığını/,
      uk: /не має наслідків/,
      ar: /لا يؤثر/,
    };
    for (const [locale, pattern] of Object.entries(consequences))
      expect(stop[locale], locale).toMatch(pattern);
    const interpreter = section!.steps.find((s) => s.id === 'ds-interpreter-role')!.text;
    expect(interpreter.en).toMatch(/interpreter/);
    expect(interpreter.de).toMatch(/dolmetschende Person/);
  });
});
