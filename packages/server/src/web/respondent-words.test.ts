import { describe, expect, it } from 'vitest';
import { tcnQuestionnaire } from '@competence-kit/framework-intercultural';
import { directionOf, wordsFor } from './i18n.js';
import { RESPONDENT_LANGUAGES, RESPONDENT_TEXTS, respondentText } from './respondent-words.js';

// The respondent pages wrap the questionnaire for third-country nationals: a language the
// questionnaire is offered in must have every word of the pages around it, and no page may
// offer a language the questionnaire does not speak.
describe('the respondent pages’ words', () => {
  it('are in exactly the languages of the questionnaire for third-country nationals', () => {
    expect([...RESPONDENT_LANGUAGES].sort()).toEqual([...tcnQuestionnaire.locales].sort());
  });

  it('exist, not empty, in every one of those languages', () => {
    const keys = Object.keys(RESPONDENT_TEXTS.en) as (keyof typeof RESPONDENT_TEXTS.en)[];
    const missing = RESPONDENT_LANGUAGES.flatMap((lang) =>
      keys
        .filter((key) => (RESPONDENT_TEXTS[lang][key] ?? '').trim() === '')
        .map((key) => `${lang} ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('run right to left in Arabic, Persian, Pashto and Urdu, left to right in Tigrinya', () => {
    const rtl = RESPONDENT_LANGUAGES.filter((lang) => directionOf(lang) === 'rtl');
    expect(rtl).toEqual(['ar', 'fa', 'ps', 'ur']);
    expect(respondentText('ti', 'consent.start')).toMatch(/^[\u1200-\u137F]+$/);
    expect(respondentText('fa', 'notYet.text', { date: '۱۴۰۶/۰۱/۰۱' })).toBe(
      'از ۱۴۰۶/۰۱/۰۱ می\u200cتوانید پاسخ دهید.',
    );
  });

  it('write the city’s dates in the Gregorian calendar, in the words and digits of each language', () => {
    const date = (lang: string) => wordsFor(lang, 'en').date('2027-03-01');
    expect(date('fa')).toBe('۱ مارس ۲۰۲۷');
    expect(date('ps')).toMatch(/۲۰۲۷/);
    expect(date('ur')).toMatch(/2027/);
    expect(date('ti')).toMatch(/2027/);
    expect(date('de')).toBe('1. März 2027');
  });
});
