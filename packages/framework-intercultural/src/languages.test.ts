import { describe, expect, it } from 'vitest';
import { tcnQuestionnaire } from './index.js';

// What third-country nationals read must exist in every language they are offered: a missing
// translation would show them a German or English sentence in the middle of their own language.

/** Every localized text in `value` (an object with a string `en`), with its JSON path. */
function localizedTexts(
  value: unknown,
  path = '',
): { path: string; text: Record<string, unknown> }[] {
  if (Array.isArray(value))
    return value.flatMap((v: unknown, i) => localizedTexts(v, `${path}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string') return [{ path, text: record }];
  return Object.entries(record).flatMap(([k, v]) => localizedTexts(v, `${path}/${k}`));
}

const texts = localizedTexts(tcnQuestionnaire);
const items = tcnQuestionnaire.sections.flatMap((s) => s.items);

describe('the questionnaire for third-country nationals', () => {
  it('has all its texts in each of its languages, and no others', () => {
    // title, description, instructions, 4 scale points, 6 sections and their 1 description,
    // 27 prompts, 10 options of the two items about the respondent, 14 of the 7 screening
    // items, and 10 help texts
    expect(texts).toHaveLength(3 + 4 + 7 + 27 + 10 + 14 + 10);
    const missing = texts.flatMap(({ path, text }) =>
      tcnQuestionnaire.locales
        .filter((l) => typeof text[l] !== 'string' || (text[l] as string).trim() === '')
        .map((l) => `${path}/${l}`),
    );
    expect(missing).toEqual([]);
    const extra = texts.flatMap(({ path, text }) =>
      Object.keys(text)
        .filter((l) => !tcnQuestionnaire.locales.includes(l))
        .map((l) => `${path}/${l}`),
    );
    expect(extra).toEqual([]);
  });

  it('is offered in Persian (Farsi and Dari), Pashto, Tigrinya and Urdu', () => {
    expect(tcnQuestionnaire.locales).toEqual(expect.arrayContaining(['fa', 'ps', 'ti', 'ur']));
    // Persian writes its compound words with a zero-width non-joiner, not a space or nothing.
    expect(tcnQuestionnaire.instructions?.fa).toContain('می\u200cخواهیم');
  });

  // A question that assumes a need (an appointment, an interpreter, a letter …) follows a
  // question that asks whether there was one, whose answers include "no": the respondent who
  // did not need it says so instead of rating something that did not happen, and skips the
  // question after it, as its help text says.
  const screened: Record<string, { screen: string; no: string }> = {
    'easy-appointment': { screen: 'needed-appointment', no: 'not-needed' },
    'appointment-soon': { screen: 'needed-appointment', no: 'not-needed' },
    'information-in-my-language': { screen: 'needed-information', no: 'not-needed' },
    'interpreter-provided': { screen: 'needed-language-help', no: 'not-needed' },
    'family-translated': { screen: 'needed-language-help', no: 'not-needed' },
    'private-conversation': { screen: 'needed-private-talk', no: 'not-needed' },
    'letter-understood': { screen: 'got-letter', no: 'no' },
    'reason-explained': { screen: 'decision-made', no: 'not-yet' },
    'sent-to-right-place': { screen: 'needed-other-service', no: 'not-needed' },
  };

  it('asks first whether there was a need, and says to skip the question if there was none', () => {
    const ids = items.map((i) => i.id);
    for (const [id, { screen, no }] of Object.entries(screened)) {
      const item = items.find((i) => i.id === id)!;
      const question = items.find((i) => i.id === screen)!;
      expect(item.type, id).toBe('likert');
      expect(ids.indexOf(screen), id).toBeGreaterThanOrEqual(ids.indexOf(id) - 2);
      expect(ids.indexOf(screen), id).toBeLessThan(ids.indexOf(id));
      expect(question.type, screen).toBe('single-choice');
      const options = question.type === 'single-choice' ? question.options.map((o) => o.id) : [];
      expect(options, screen).toEqual(['yes', no]);
      expect(item.help?.en, id).toMatch(/If you did not (need|get)|If the office has not/);
    }
  });

  it('does not score the questions about a need', () => {
    for (const { screen } of Object.values(screened)) {
      const question = items.find((i) => i.id === screen)!;
      expect(question.competence, screen).toBeUndefined();
      if (question.type === 'single-choice')
        expect(
          question.options.every((o) => o.points === undefined),
          screen,
        ).toBe(true);
    }
  });

  it('labels the "did not need this" answer as such in every language', () => {
    const noNeed = items
      .filter((i) => i.type === 'single-choice')
      .flatMap((i) => (i.type === 'single-choice' ? i.options : []))
      .filter((o) => o.id === 'not-needed');
    expect(noNeed).toHaveLength(5);
    for (const option of noNeed) {
      expect(option.label.en).toBe('No, I did not need this');
      expect(option.label.de).toBe('Nein, das habe ich nicht gebraucht');
    }
  });
});
