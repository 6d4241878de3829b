import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Framework } from '@competence-kit/schemas';
import { parseFramework, MAX_ISSUES } from './parse.js';
import { sample } from './test-support/sample.js';

function issuesOf(mutate: (fw: Framework) => void) {
  const fw = sample();
  mutate(fw);
  const result = parseFramework(fw);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('parseFramework', () => {
  it('accepts the sample framework and returns it typed', () => {
    const fw = sample();
    const result = parseFramework(fw);
    expect(result).toEqual({ ok: true, value: fw });
  });

  it('reports structural problems with their JSON pointer before any semantic rule', () => {
    const issues = issuesOf((fw) => {
      (fw.competences[0] as unknown as Record<string, unknown>).dimension = 'feelings';
      fw.competences[1]!.domain = 'nowhere'; // semantic, not reported while the structure is wrong
    });
    expect(issues).toEqual([
      expect.objectContaining({ path: '/competences/0/dimension', code: 'invalid-value' }),
    ]);
  });

  // One failing example per semantic rule, with the path it must report.
  const rules: [string, (fw: Framework) => void, { path: string; code: string }][] = [
    [
      'duplicate domain id',
      (fw) => void fw.domains.push({ ...fw.domains[0]! }),
      { path: '/domains/2/id', code: 'duplicate-id' },
    ],
    [
      'duplicate competence id',
      (fw) => void (fw.competences[2]!.id = 'plain-language'),
      { path: '/competences/2/id', code: 'duplicate-id' },
    ],
    [
      'duplicate level id',
      (fw) => void (fw.scale.levels[3]!.id = 'foundation'),
      { path: '/scale/levels/3/id', code: 'duplicate-id' },
    ],
    [
      'duplicate role profile id',
      (fw) => void (fw.roleProfiles![1]!.id = 'front-desk'),
      { path: '/roleProfiles/1/id', code: 'duplicate-id' },
    ],
    [
      'duplicate mapping id',
      (fw) => void fw.mappings!.push({ ...fw.mappings![0]!, target: 'tag:x,2026:y' }),
      { path: '/mappings/1/id', code: 'duplicate-id' },
    ],
    [
      'duplicate mapping',
      (fw) => void fw.mappings!.push({ ...fw.mappings![0]!, id: 'again' }),
      { path: '/mappings/1', code: 'duplicate-mapping' },
    ],
    [
      'duplicate competence URI',
      (fw) => void (fw.competences[1]!.uri = `${fw.id}#plain-language`),
      { path: '/competences/1/uri', code: 'duplicate-uri' },
    ],
    [
      'competence in an unknown domain',
      (fw) => void (fw.competences[1]!.domain = 'outreach'),
      { path: '/competences/1/domain', code: 'unknown-reference' },
    ],
    [
      'descriptor for an unknown level',
      (fw) => void (fw.competences[0]!.descriptors.master = { en: 'x', de: 'y' }),
      { path: '/competences/0/descriptors/master', code: 'unknown-reference' },
    ],
    [
      'missing descriptor',
      (fw) => void delete fw.competences[3]!.descriptors.expert,
      { path: '/competences/3/descriptors/expert', code: 'missing-descriptor' },
    ],
    [
      'role target on an unknown competence',
      (fw) => void (fw.roleProfiles![0]!.targets['budgeting'] = 'foundation'),
      { path: '/roleProfiles/0/targets/budgeting', code: 'unknown-reference' },
    ],
    [
      'role target on an unknown level',
      (fw) => void (fw.roleProfiles![1]!.targets['plain-language'] = 'master'),
      { path: '/roleProfiles/1/targets/plain-language', code: 'unknown-reference' },
    ],
    [
      'mapping of an unknown competence',
      (fw) => void (fw.mappings![0]!.competence = 'empathy'),
      { path: '/mappings/0/competence', code: 'unknown-reference' },
    ],
    [
      'levels out of order',
      (fw) => void (fw.scale.levels[2]!.rank = 2),
      { path: '/scale/levels/2/rank', code: 'levels-not-ordered' },
    ],
    [
      'missing translation in a required locale',
      (fw) => void delete fw.competences[2]!.descriptors.advanced!.de,
      { path: '/competences/2/descriptors/advanced/de', code: 'missing-translation' },
    ],
    [
      'missing translation of an optional text',
      (fw) => void delete fw.scale.levels[0]!.description!.en,
      { path: '/scale/levels/0/description/en', code: 'missing-translation' },
    ],
    [
      'default locale not required',
      (fw) => void (fw.defaultLocale = 'it'),
      { path: '/defaultLocale', code: 'unknown-reference' },
    ],
    [
      'non-canonical locale',
      (fw) => {
        fw.locales = ['en', 'de-at'];
      },
      { path: '/locales/1', code: 'locale-not-canonical' },
    ],
    [
      'invalid semver range in extends',
      (fw) => void (fw.extends = { id: 'https://example.org/x', version: 'soon' }),
      { path: '/extends/version', code: 'invalid-format' },
    ],
  ];
  for (const [name, mutate, expected] of rules) {
    it(`reports a ${name}`, () => {
      const issues = issuesOf(mutate);
      expect(issues).toContainEqual(expect.objectContaining(expected));
      for (const issue of issues) expect(issue.message).toMatch(/\w+.*[.]$/);
    });
  }

  it('says which canonical form a locale should take', () => {
    const issues = issuesOf((fw) => {
      fw.locales = ['en', 'de-at'];
    });
    expect(issues.find((i) => i.code === 'locale-not-canonical')!.message).toContain('"de-AT"');
  });

  it('never throws, whatever the input', () => {
    const hostile: unknown[] = [
      undefined,
      null,
      0,
      NaN,
      '',
      'framework',
      [],
      [sample()],
      Symbol('x'),
      () => 1,
      new Date(),
      JSON.parse('{"__proto__": {"admin": true}}'),
      Object.create(null),
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
          ownKeys: () => {
            throw new Error('trap');
          },
        },
      ),
    ];
    const deep: Record<string, unknown> = {};
    let cursor = deep;
    for (let i = 0; i < 100000; i++) cursor = (cursor.title = {}) as Record<string, unknown>;
    hostile.push(deep);
    for (const input of hostile) {
      const result = parseFramework(input);
      expect(result.ok).toBe(false);
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('lists at most MAX_ISSUES issues, then stops the rules with too-many-issues', () => {
    const fw = sample();
    for (let i = 0; i < MAX_ISSUES + 50; i++)
      fw.domains.push({ id: 'communication', title: { en: 'x', de: 'y' } });
    const result = parseFramework(fw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(MAX_ISSUES + 1);
    expect(result.issues.at(-1)).toMatchObject({
      code: 'too-many-issues',
      message: expect.stringMatching(/^More issues were found and not listed: at most 100/),
    });
  });

  it('either accepts or returns issues, and never throws, for random mutations of a valid framework', () => {
    const base = sample();
    const jsonValue = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer({ min: -5, max: 200 }),
      fc.string(),
      fc.constantFrom(
        'plain-language',
        'foundation',
        'expert',
        'de',
        'en',
        'de-at',
        '__proto__',
        'constructor',
      ),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('en', 'de', 'it', '__proto__', 'x y'), fc.string(), {
        maxKeys: 3,
      }),
    );
    // A mutation: a path of keys/indices into the document, and what to do there.
    const mutation = fc.record({
      path: fc.array(
        fc.oneof(
          fc.nat({ max: 5 }),
          fc.constantFrom(
            ...Object.keys(base),
            'title',
            'id',
            'descriptors',
            'targets',
            'levels',
            'rank',
            'en',
            'de',
            'foundation',
          ),
        ),
        { minLength: 1, maxLength: 5 },
      ),
      op: fc.constantFrom('set', 'delete', 'duplicate'),
      value: jsonValue,
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const doc = structuredClone(base) as unknown as Record<string | number, unknown>;
        for (const { path, op, value } of mutations) {
          let parent: unknown = doc;
          for (const key of path.slice(0, -1)) {
            if (parent === null || typeof parent !== 'object') break;
            parent = (parent as Record<string | number, unknown>)[key];
          }
          if (parent === null || typeof parent !== 'object') continue;
          const target = parent as Record<string | number, unknown>;
          const last = path.at(-1)!;
          if (op === 'set') target[last] = value;
          else if (op === 'delete') delete target[last];
          else if (Array.isArray(target) && target.length > 0)
            target.push(structuredClone(target[0]));
        }
        const result = parseFramework(doc);
        if (result.ok) expect(result.value).toBe(doc);
        else {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect(issue.path === '' || issue.path.startsWith('/')).toBe(true);
            expect(typeof issue.code).toBe('string');
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 400 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
