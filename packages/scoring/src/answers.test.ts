import { describe, expect, it } from 'vitest';
import type { Item } from '@competence-kit/schemas';
import { answerFits, answerMisfit, LIMIT_MISFITS } from './answers.js';

const t = (en: string) => ({ en });
const options = (...ids: string[]) => ids.map((id) => ({ id, label: t(id), points: 1 }));
const scale = { min: 1, max: 5 };

const likert: Item = { id: 'l-1', type: 'likert', competence: 'c', scale: 'agree', prompt: t('?') };
const single: Item = {
  id: 's-1',
  type: 'single-choice',
  competence: 'c',
  prompt: t('?'),
  options: options('a', 'b'),
};
const sjt: Item = {
  id: 'j-1',
  type: 'situational-judgement',
  competence: 'c',
  scenario: t('!'),
  prompt: t('?'),
  options: options('a', 'b', 'c'),
};
const multiple: Item = {
  id: 'm-1',
  type: 'multiple-choice',
  competence: 'c',
  prompt: t('?'),
  options: options('a', 'b', 'c', 'd'),
  minSelected: 1,
  maxSelected: 2,
};
const ranking: Item = {
  id: 'r-1',
  type: 'ranking',
  competence: 'c',
  prompt: t('?'),
  options: options('a', 'b', 'c'),
};
const text: Item = { id: 't-1', type: 'free-text', prompt: t('?'), maxLength: 3 };

describe('answerMisfit', () => {
  it('likert: a whole number on the declared scale', () => {
    expect(answerMisfit(likert, 1, scale)).toBeUndefined();
    expect(answerMisfit(likert, 5, scale)).toBeUndefined();
    for (const value of [0, 6, 2.5, '3', null, [3], Number.NaN])
      expect(answerMisfit(likert, value, scale)).toEqual({ code: 'not-on-scale', min: 1, max: 5 });
    expect(answerMisfit(likert, 3, undefined)).toEqual({ code: 'unknown-scale', scale: 'agree' });
  });

  it('single choice and situational judgement: one option id', () => {
    expect(answerMisfit(single, 'b', undefined)).toBeUndefined();
    expect(answerMisfit(sjt, 'c', undefined)).toBeUndefined();
    for (const value of ['c', ['a'], 1, ''])
      expect(answerMisfit(single, value, undefined)).toEqual({ code: 'not-an-option' });
  });

  it('multiple choice: known ids, each once, within minSelected..maxSelected', () => {
    expect(answerMisfit(multiple, ['a'], undefined)).toBeUndefined();
    expect(answerMisfit(multiple, ['d', 'a'], undefined)).toBeUndefined();
    expect(answerMisfit(multiple, 'a', undefined)).toEqual({ code: 'not-a-list' });
    expect(answerMisfit(multiple, ['a', 'x', 'y', 'x'], undefined)).toEqual({
      code: 'unknown-options',
      unknown: ['x', 'y', 'x'],
    });
    expect(answerMisfit(multiple, ['a', 'a'], undefined)).toEqual({ code: 'chosen-twice' });
    expect(answerMisfit(multiple, [], undefined)).toEqual({
      code: 'too-few',
      min: 1,
      max: 2,
      count: 0,
    });
    expect(answerMisfit(multiple, ['a', 'b', 'c'], undefined)).toEqual({
      code: 'too-many',
      min: 1,
      max: 2,
      count: 3,
    });
  });

  it('multiple choice without limits: any number of distinct options', () => {
    const open = { ...multiple, minSelected: undefined, maxSelected: undefined } as Item;
    expect(answerMisfit(open, [], undefined)).toBeUndefined();
    expect(answerMisfit(open, ['a', 'b', 'c', 'd'], undefined)).toBeUndefined();
  });

  it('ranking: every option exactly once', () => {
    expect(answerMisfit(ranking, ['c', 'a', 'b'], undefined)).toBeUndefined();
    expect(answerMisfit(ranking, 'abc', undefined)).toEqual({ code: 'not-a-list' });
    for (const value of [
      ['a', 'b'],
      ['a', 'b', 'b'],
      ['a', 'b', 'x'],
      ['a', 'b', 'c', 'a'],
    ])
      expect(answerMisfit(ranking, value, undefined)).toEqual({ code: 'incomplete-ranking' });
  });

  it('free text: a string of at most maxLength code points', () => {
    expect(answerMisfit(text, '', undefined)).toBeUndefined();
    expect(answerMisfit(text, 'abc', undefined)).toBeUndefined();
    // Three code points in five UTF-16 units: two astral characters and one letter.
    expect(answerMisfit(text, '😀😀a', undefined)).toBeUndefined();
    expect(answerMisfit(text, 'abcd', undefined)).toEqual({ code: 'too-long', max: 3 });
    // Lone surrogates count one each, as the spread of a string counts them.
    expect(answerMisfit(text, '\ud800\ud800\udc00a', undefined)).toBeUndefined();
    expect(answerMisfit(text, '\udc00\ud800ab', undefined)).toEqual({ code: 'too-long', max: 3 });
    expect(answerMisfit(text, 3, undefined)).toEqual({ code: 'not-text' });
    const unbounded = { ...text, maxLength: undefined } as Item;
    expect(answerMisfit(unbounded, 'x'.repeat(10_000), undefined)).toBeUndefined();
  });

  it('answerFits is answerMisfit finding nothing; the limits are the fixable misfits', () => {
    expect(answerFits(multiple, ['a'], undefined)).toBe(true);
    expect(answerFits(multiple, [], undefined)).toBe(false);
    expect([...LIMIT_MISFITS].sort()).toEqual(['too-few', 'too-long', 'too-many']);
  });
});
