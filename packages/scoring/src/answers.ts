import type { Item, LikertScale } from '@competence-kit/schemas';

/**
 * Why an answer's value does not fit its item, as data (the caller brings the words):
 * - `unknown-scale`: a Likert item whose scale is not declared;
 * - `not-on-scale`: not a whole number from `min` to `max`;
 * - `not-an-option`: a single choice or situational judgement that is not one option id;
 * - `not-a-list`: multiple choice or ranking that is not a list;
 * - `unknown-options`: multiple choice naming ids that are not options (`unknown`, in order);
 * - `chosen-twice`: multiple choice naming an option twice;
 * - `too-few` / `too-many`: multiple choice outside `minSelected`..`maxSelected`;
 * - `incomplete-ranking`: a ranking that is not every option exactly once;
 * - `not-text`: free text that is not a string;
 * - `too-long`: free text over `maxLength` code points.
 *
 * `too-few`, `too-many` and `too-long` are limits a respondent can still fix; the others mean the
 * value has the wrong shape for the item.
 */
export type AnswerMisfit =
  | { code: 'unknown-scale'; scale: string }
  | { code: 'not-on-scale'; min: number; max: number }
  | { code: 'not-an-option' }
  | { code: 'not-a-list' }
  | { code: 'unknown-options'; unknown: string[] }
  | { code: 'chosen-twice' }
  | { code: 'too-few'; min: number; max: number; count: number }
  | { code: 'too-many'; min: number; max: number; count: number }
  | { code: 'incomplete-ranking' }
  | { code: 'not-text' }
  | { code: 'too-long'; max: number };

/** The misfits a respondent can still fix (a count or a length), as opposed to a wrong shape. */
export const LIMIT_MISFITS: ReadonlySet<AnswerMisfit['code']> = new Set([
  'too-few',
  'too-many',
  'too-long',
]);

/** The index of an option id in the item's options, or -1 (no allocation: this runs per answer). */
function optionIndex(options: readonly { id: string }[], id: unknown): number {
  for (let i = 0; i < options.length; i++) if (options[i]!.id === id) return i;
  return -1;
}

/** Code points of a string, counted without building an array. */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Whether an answer's value fits its item: `undefined` when it fits, otherwise why not (see
 * {@link AnswerMisfit}). `scale` is the Likert item's declared scale (`undefined` when it is not
 * declared). Call it with an answer that has a value; a skip is not a value.
 *
 * The one rule shared by `parseResponse` and the questionnaire element.
 */
export function answerMisfit(
  item: Item,
  value: unknown,
  scale: Pick<LikertScale, 'min' | 'max'> | undefined,
): AnswerMisfit | undefined {
  switch (item.type) {
    case 'likert': {
      if (!scale) return { code: 'unknown-scale', scale: item.scale };
      return typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= scale.min &&
        value <= scale.max
        ? undefined
        : { code: 'not-on-scale', min: scale.min, max: scale.max };
    }
    case 'single-choice':
    case 'situational-judgement':
      return typeof value === 'string' && optionIndex(item.options, value) >= 0
        ? undefined
        : { code: 'not-an-option' };
    case 'multiple-choice': {
      if (!Array.isArray(value)) return { code: 'not-a-list' };
      const options = item.options;
      let unknown: string[] | undefined;
      let twice = false;
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (optionIndex(options, v) < 0) (unknown ??= []).push(String(v));
        else if (!twice) for (let j = 0; j < i; j++) if (value[j] === v) twice = true;
      }
      if (unknown) return { code: 'unknown-options', unknown };
      if (twice) return { code: 'chosen-twice' };
      const min = item.minSelected ?? 0;
      const max = item.maxSelected ?? options.length;
      if (value.length < min) return { code: 'too-few', min, max, count: value.length };
      if (value.length > max) return { code: 'too-many', min, max, count: value.length };
      return undefined;
    }
    case 'ranking': {
      if (!Array.isArray(value)) return { code: 'not-a-list' };
      const options = item.options;
      if (value.length !== options.length) return { code: 'incomplete-ranking' };
      // Every value a distinct option and as many values as options: every option exactly once.
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (optionIndex(options, v) < 0) return { code: 'incomplete-ranking' };
        for (let j = 0; j < i; j++) if (value[j] === v) return { code: 'incomplete-ranking' };
      }
      return undefined;
    }
    case 'free-text': {
      if (typeof value !== 'string') return { code: 'not-text' };
      const max = item.maxLength;
      return max !== undefined && codePoints(value) > max ? { code: 'too-long', max } : undefined;
    }
  }
}

/** True when the value fits the item: {@link answerMisfit} finds nothing. */
export const answerFits = (
  item: Item,
  value: unknown,
  scale: Pick<LikertScale, 'min' | 'max'> | undefined,
): boolean => answerMisfit(item, value, scale) === undefined;
