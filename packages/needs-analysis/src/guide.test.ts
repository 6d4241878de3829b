import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Guide } from '@competence-kit/schemas';
import { parseGuide } from './guide.js';
import { framework } from './test-support/study.js';

const example = (): Guide =>
  JSON.parse(
    readFileSync(
      join(
        import.meta.dirname,
        '..',
        '..',
        '..',
        'schemas',
        'examples',
        'guide',
        'valid',
        'example-interview.json',
      ),
      'utf8',
    ),
  );

function issues(mutate: (g: Guide) => void) {
  const g = example();
  mutate(g);
  const result = parseGuide(g, framework());
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('parseGuide', () => {
  it('accepts the example guide', () => {
    expect(parseGuide(example(), framework())).toMatchObject({ ok: true });
  });
  const checks: [string, (g: Guide) => void, { path: string; code: string }][] = [
    [
      'a step id used twice',
      (g) => void (g.sections[1]!.steps[1]!.id = 'consent'),
      { path: '/sections/1/steps/1/id', code: 'duplicate-id' },
    ],
    [
      'a missing translation',
      (g) => void delete g.sections[1]!.steps[0]!.text.de,
      { path: '/sections/1/steps/0/text/de', code: 'missing-translation' },
    ],
    [
      'an unknown competence',
      (g) => void (g.sections[1]!.steps[0]!.competences = ['empathy']),
      { path: '/sections/1/steps/0/competences/0', code: 'unknown-reference' },
    ],
    [
      'sections longer than the guide',
      (g) => void (g.sections[0]!.minutes = 50),
      { path: '/duration', code: 'count-mismatch' },
    ],
    [
      'a default locale that is not required',
      (g) => void (g.defaultLocale = 'it'),
      { path: '/defaultLocale', code: 'unknown-reference' },
    ],
  ];
  for (const [name, mutate, expected] of checks) {
    it(`reports ${name}`, () =>
      expect(issues(mutate)).toContainEqual(expect.objectContaining(expected)));
  }
  it('never throws', () => {
    for (const input of [null, [], 'guide', { sections: 'x' }])
      expect(parseGuide(input).ok).toBe(false);
  });
});
