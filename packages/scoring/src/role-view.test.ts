import { describe, expect, it } from 'vitest';
import type { Framework, Instrument, Item, Response } from '@competence-kit/schemas';
import { instrumentForRole, roleItems } from './role-view.js';
import { parseResponse } from './parse-response.js';
import { sampleFramework } from './test-support/fixtures.js';

// The sample framework's targets (hand-read from schemas/examples/framework/valid/sample.json):
//   front-desk: plain-language practitioner, working-with-interpreters foundation
//   case-worker: plain-language advanced, working-with-interpreters practitioner
const LEVELS = ['foundation', 'practitioner', 'advanced', 'expert'] as const;
const text = (en: string) => ({ en, de: `${en} (de)` });

/** Four statements per competence, one anchored at each level, and an unscored wish. */
function anchored(): Instrument {
  const statements = (prefix: string, competence: string): Item[] =>
    LEVELS.map(
      (level) =>
        ({
          id: `${prefix}-${level[0]}1`,
          type: 'likert',
          competence,
          scale: 'agreement',
          level,
          prompt: text(`${competence} at ${level}`),
        }) as Item,
    );
  return {
    id: 'https://example.org/instruments/anchored',
    version: '2.0.0',
    framework: { id: sampleFramework().id, version: '^1.0.0' },
    title: text('Anchored'),
    locales: ['en', 'de'],
    defaultLocale: 'en',
    likertScales: [
      { id: 'agreement', min: 1, max: 5, labels: { '1': text('No'), '5': text('Yes') } },
    ],
    sections: [
      { id: 'language', title: text('Language'), items: statements('pl', 'plain-language') },
      {
        id: 'interpreting',
        title: text('Interpreting'),
        items: statements('wi', 'working-with-interpreters'),
      },
      {
        id: 'wishes',
        title: text('Wishes'),
        items: [{ id: 'wish', type: 'free-text', prompt: text('What would you like to learn?') }],
      },
    ],
    scoring: { minAnsweredShare: 0.6, thresholds: [{ level: 'foundation', min: 0 }] },
  } as Instrument;
}

const ids = (instrument: Instrument) =>
  instrument.sections.flatMap((s) => s.items.map((i) => i.id));

describe('roleItems', () => {
  const framework = sampleFramework();

  it('asks anchored items up to the role target, and unscored items of everyone', () => {
    expect([...roleItems(anchored(), framework, 'front-desk').items]).toEqual([
      'pl-f1',
      'pl-p1',
      'wi-f1',
      'wish',
    ]);
    expect([...roleItems(anchored(), framework, 'case-worker').items]).toEqual([
      'pl-f1',
      'pl-p1',
      'pl-a1',
      'wi-f1',
      'wi-p1',
      'wish',
    ]);
  });

  it('does not ask about a competence the role has no target for', () => {
    const narrower = structuredClone(framework) as Framework;
    const role = narrower.roleProfiles!.find((r) => r.id === 'front-desk')!;
    delete (role.targets as Record<string, string>)['working-with-interpreters'];
    expect([...roleItems(anchored(), narrower, 'front-desk').items]).toEqual([
      'pl-f1',
      'pl-p1',
      'wish',
    ]);
  });

  it('asks every item of a targeted competence when items carry no level', () => {
    const plain = anchored();
    for (const section of plain.sections)
      for (const item of section.items) delete (item as { level?: string }).level;
    expect(roleItems(plain, framework, 'front-desk').items.size).toBe(9);
  });

  it('asks everything when the instrument has levels of its own', () => {
    const own = anchored();
    (own.scoring as unknown as Record<string, unknown>).scale = {
      levels: [
        { id: 'initial', label: text('Initial') },
        { id: 'embedded', label: text('Embedded') },
      ],
    };
    expect(roleItems(own, framework, 'front-desk').items.size).toBe(9);
  });

  it('names the known profiles when the role does not exist, and refuses a non-string', () => {
    expect(() => roleItems(anchored(), framework, 'mayor')).toThrow(
      new RangeError(
        'roleItems: the framework has no role profile "mayor"; expected one of "front-desk", "case-worker".',
      ),
    );
    expect(() => roleItems(anchored(), framework, null as unknown as string)).toThrow(TypeError);
  });
});

describe('instrumentForRole', () => {
  const framework = sampleFramework();

  it('keeps id, version, scales and scoring; drops the items and sections not asked', () => {
    const whole = anchored();
    const view = instrumentForRole(whole, framework, 'front-desk');
    expect(view).toMatchObject({
      id: whole.id,
      version: whole.version,
      likertScales: whole.likertScales,
      scoring: whole.scoring,
    });
    expect(ids(view)).toEqual(['pl-f1', 'pl-p1', 'wi-f1', 'wish']);
    expect(view.sections.map((s) => s.id)).toEqual(['language', 'interpreting', 'wishes']);
    // The whole instrument is untouched.
    expect(ids(whole)).toHaveLength(9);
    const onlyWishes = structuredClone(framework) as Framework;
    onlyWishes.roleProfiles!.find((r) => r.id === 'front-desk')!.targets = {};
    expect(instrumentForRole(whole, onlyWishes, 'front-desk').sections.map((s) => s.id)).toEqual([
      'wishes',
    ]);
  });
});

describe('parseResponse of a role view', () => {
  const framework = sampleFramework();
  const instrument = anchored();
  const respond = (roleProfile: string | undefined, items: string[]): Response => ({
    instrument: { id: instrument.id, version: instrument.version },
    respondent: 'p-1',
    ...(roleProfile !== undefined && { roleProfile }),
    phase: 'baseline',
    submittedAt: '2026-12-06T10:00:00Z',
    answers: items.map((item) =>
      item === 'wish' ? { item, value: 'More on interpreting' } : { item, value: 4 },
    ),
  });

  it('accepts a response that lists only what its role is asked', () => {
    const result = parseResponse(
      respond('front-desk', ['pl-f1', 'pl-p1', 'wi-f1', 'wish']),
      instrument,
      framework,
    );
    expect(result).toMatchObject({ ok: true });
  });

  it('still requires every item the role is asked, and checks answers to the others', () => {
    const missing = parseResponse(
      respond('front-desk', ['pl-f1', 'wi-f1', 'wish']),
      instrument,
      framework,
    );
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(missing.issues).toEqual([
      expect.objectContaining({ path: '/answers', code: 'missing-answer' }),
    ]);
    expect(missing.issues[0]!.message).toContain('"pl-p1"');
    const extra = respond('front-desk', ['pl-f1', 'pl-p1', 'wi-f1', 'wish', 'pl-e1']);
    extra.answers.at(-1)!.value = 9;
    const checked = parseResponse(extra, instrument, framework);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((i) => [i.path, i.code])).toEqual([
      ['/answers/4/value', 'invalid-answer'],
    ]);
  });

  it('requires every item without the framework, without a role, or with an unknown role', () => {
    const asked = ['pl-f1', 'pl-p1', 'wi-f1', 'wish'];
    const count = (result: ReturnType<typeof parseResponse>) =>
      result.ok ? 0 : result.issues.filter((i) => i.code === 'missing-answer').length;
    expect(count(parseResponse(respond('front-desk', asked), instrument))).toBe(5);
    expect(count(parseResponse(respond(undefined, asked), instrument, framework))).toBe(5);
    const unknown = parseResponse(respond('mayor', asked), instrument, framework);
    expect(count(unknown)).toBe(5);
    expect(unknown.ok || unknown.issues[0]).toMatchObject({
      path: '/roleProfile',
      code: 'unknown-reference',
    });
  });
});
