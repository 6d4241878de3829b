import { describe, expect, it } from 'vitest';
import { parseInstrument, parseResponse } from '@competence-kit/scoring';
import { staffSelfAssessment } from '@competence-kit/framework-intercultural';
import type { Instrument, ParseResult } from '@competence-kit/schemas';
import { fixedNow, instrument } from '../../test-support/instrument.js';
import { AnswerSheet } from './answer-sheet.js';
import { contextIssues } from './response.js';
import { indexInstrument } from './validation.js';

const issuesOf = (result: ParseResult<unknown>) => (result.ok ? [] : result.issues);

const context = { respondent: 'lko-0042', phase: 'baseline' as const, locale: 'en' };
const submittedAt = new Date('2026-03-01T10:00:00.000Z');

function sheetOf(value: Instrument = instrument()): AnswerSheet {
  const made = AnswerSheet.for(value);
  if (!made.ok) throw new Error(JSON.stringify(made.issues));
  return made.sheet;
}

function answerAll(sheet: AnswerSheet) {
  const set = (id: string, value: number | string | string[]) =>
    sheet.set(id, { item: id, value }, fixedNow);
  set('rate', 3);
  set('many', ['glossary', 'pictures']);
  set('scene', 'explain');
  set('order', ['ask', 'listen', 'act']);
}

describe('the answer sheet', () => {
  it('uses an instrument that parseInstrument accepts', () => {
    expect(issuesOf(parseInstrument(instrument()))).toEqual([]);
  });

  it('builds a response that parseResponse accepts, every item listed once', () => {
    const sheet = sheetOf();
    answerAll(sheet);
    sheet.set('pick', { item: 'pick', skipped: true, reason: 'declined' }, fixedNow);
    const response = sheet.response(
      { ...context, roleProfile: 'front-desk', unit: 'Bürgerbüro' },
      submittedAt,
    );
    expect(issuesOf(parseResponse(response, instrument()))).toEqual([]);
    expect(response).toEqual({
      instrument: { id: 'https://example.org/instruments/test', version: '1.0.0' },
      respondent: 'lko-0042',
      roleProfile: 'front-desk',
      unit: 'Bürgerbüro',
      phase: 'baseline',
      locale: 'en',
      startedAt: '2026-03-01T09:30:00.000Z',
      submittedAt: '2026-03-01T10:00:00.000Z',
      answers: [
        { item: 'rate', value: 3 },
        { item: 'pick', skipped: true, reason: 'declined' },
        { item: 'many', value: ['glossary', 'pictures'] },
        { item: 'scene', value: 'explain' },
        { item: 'wishes', skipped: true, reason: 'missing' },
        { item: 'order', value: ['ask', 'listen', 'act'] },
      ],
    });
  });

  it('lists the items that cannot be submitted, per section', () => {
    const sheet = sheetOf();
    expect(sheet.problems().map((e) => e.item.id)).toEqual(['rate', 'many', 'scene', 'order']);
    expect(sheet.problems(0).map((e) => e.item.id)).toEqual(['rate', 'many']);
    sheet.set('many', { item: 'many', value: ['pictures', 'glossary', 'none'] }, fixedNow);
    sheet.set('wishes', { item: 'wishes', value: 'x'.repeat(201) }, fixedNow);
    expect(sheet.validityFlags()).toEqual({
      valueMissing: true,
      rangeUnderflow: false,
      rangeOverflow: true,
      tooLong: true,
    });
    // Blank text is no answer; an optional item without one is fine.
    sheet.set('wishes', { item: 'wishes', value: '   ' }, fixedNow);
    expect(sheet.problems(1).map((e) => e.item.id)).toEqual(['scene', 'order']);
  });

  it('turns control changes into answers', () => {
    const sheet = sheetOf();
    const many = sheet.index.byId.get('many')!;
    const change = (kind: string, value: string, checked = true) =>
      sheet.answerFor(many, { kind, value, checked });
    sheet.set('many', change('multi', 'none')!, fixedNow);
    sheet.set('many', change('multi', 'pictures')!, fixedNow);
    // Kept in the instrument's order.
    expect(sheet.answers.get('many')).toEqual({ item: 'many', value: ['pictures', 'none'] });
    expect(change('skip', '', true)).toEqual({ item: 'many', skipped: true, reason: 'declined' });
    expect(change('skip', '', false)).toBeUndefined();
    expect(change('unknown', '')).toBeNull();
  });

  it('moves a ranking option and stops at either end', () => {
    const sheet = sheetOf();
    const order = sheet.index.byId.get('order')!;
    expect(sheet.orderOf(order)).toEqual(['listen', 'ask', 'act']);
    expect(sheet.move(order, 'act', -1)).toEqual(['listen', 'act', 'ask']);
    expect(sheet.move(order, 'listen', -1)).toBeUndefined();
    expect(sheet.orderOf(order)).toEqual(['listen', 'act', 'ask']);
    expect(sheet.answerFor(order, { kind: 'confirm', value: 'on', checked: true })).toEqual({
      item: 'order',
      value: ['listen', 'act', 'ask'],
    });
  });

  it('restores a draft, leaving out what does not fit, with issues', () => {
    const sheet = sheetOf();
    const issues = sheet.restore({
      instrument: { id: 'https://example.org/instruments/test', version: '1.0.0' },
      section: 'second',
      startedAt: '2026-02-28T08:00:00Z',
      answers: [
        { item: 'rate', value: 9 },
        { item: 'pick', skipped: true },
        { item: 'scene', skipped: true },
        { item: 'ghost', value: 1 },
        { item: 'order', value: ['act', 'ask', 'listen'] },
        'nonsense',
      ],
    });
    expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      '/draft/answers/0/value invalid-answer',
      '/draft/answers/2 required-answer-skipped',
      '/draft/answers/3 unknown-item',
      '/draft/answers/5 unknown-item',
    ]);
    expect(sheet.draft()).toEqual({
      instrument: { id: 'https://example.org/instruments/test', version: '1.0.0' },
      section: 'second',
      startedAt: '2026-02-28T08:00:00Z',
      answers: [
        { item: 'pick', skipped: true, reason: 'declined' },
        { item: 'order', value: ['act', 'ask', 'listen'] },
      ],
    });
  });

  it('does not use a draft of another instrument version', () => {
    const sheet = sheetOf();
    answerAll(sheet);
    const issues = sheet.restore({
      instrument: { id: 'https://example.org/instruments/test', version: '2.0.0' },
      answers: [{ item: 'rate', value: 2 }],
    });
    expect(issues).toEqual([expect.objectContaining({ path: '/draft/instrument' })]);
    expect(sheet.answers.size).toBe(0);
    expect(sheet.restore(null)).toEqual([
      expect.objectContaining({ path: '/draft', code: 'invalid-draft' }),
    ]);
  });

  it('keeps the answers for another object of the same instrument', () => {
    const before = sheetOf();
    answerAll(before);
    const after = AnswerSheet.for(instrument(), before);
    expect(after.ok && after.sheet.answers.get('rate')).toEqual({ item: 'rate', value: 3 });
    const other = AnswerSheet.for({ ...instrument(), version: '1.1.0' }, before);
    expect(other.ok && other.sheet.answers.size).toBe(0);
  });

  it('reports an instrument it cannot show', () => {
    const broken = instrument();
    broken.sections[0]!.items[0] = { ...broken.sections[0]!.items[0]!, scale: 'nope' } as never;
    broken.sections[1]!.items.push({ ...broken.sections[1]!.items[0]! });
    const indexed = indexInstrument(broken);
    expect(!indexed.ok && indexed.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      '/instrument/sections/0/items/0/scale unknown-reference',
      '/instrument/sections/1/items/3/id duplicate-id',
    ]);
    expect(indexInstrument({} as Instrument).ok).toBe(false);
  });

  it('indexes the staff self-assessment, and answers it fully in a valid response', () => {
    const sheet = sheetOf(staffSelfAssessment);
    expect(sheet.index.items).toHaveLength(
      staffSelfAssessment.sections.flatMap((s) => s.items).length,
    );
    for (const { item, scale } of sheet.index.items) {
      const value =
        item.type === 'likert'
          ? scale!.max
          : item.type === 'free-text'
            ? 'Mentoring'
            : 'options' in item
              ? item.type === 'single-choice' || item.type === 'situational-judgement'
                ? item.options[0]!.id
                : item.options.map((o) => o.id).slice(0, item.type === 'ranking' ? undefined : 1)
              : '';
      sheet.set(item.id, { item: item.id, value }, fixedNow);
    }
    expect(sheet.problems()).toEqual([]);
    expect(parseResponse(sheet.response(context, submittedAt), staffSelfAssessment).ok).toBe(true);
  });

  it('reports attributes that would not pass the response schema', () => {
    expect(contextIssues({ ...context, respondent: 'Max Mustermann' })).toEqual([
      expect.objectContaining({ path: '/respondent', code: 'invalid-pseudonym' }),
    ]);
    expect(
      contextIssues({ ...context, phase: 'later' as never, territory: 'Ravenna' }).map(
        (i) => i.path,
      ),
    ).toEqual(['/phase', '/territory']);
    expect(contextIssues({ ...context, group: 'staff' })).toEqual([]);
  });
});
