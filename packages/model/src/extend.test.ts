import { describe, expect, it } from 'vitest';
import type { Framework } from '@competence-kit/schemas';
import { extendFramework } from './extend.js';
import { parseFramework } from './parse.js';
import { getCompetence, getRoleProfile } from './lookup.js';
import { sample, sampleExtension } from './test-support/sample.js';

function expectIssues(base: Framework, extension: unknown) {
  const result = extendFramework(base, extension);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('extendFramework', () => {
  it('adds a local competence, changes a target level and adds a translation', () => {
    const base = sample();
    const before = JSON.stringify(base);
    const result = extendFramework(base, sampleExtension());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const fw = result.value;
    expect(fw.id).toBe('https://example.org/offenbach/frameworks/welcoming-services');
    expect(fw.version).toBe('0.1.0');
    expect(fw.extends).toEqual({ id: base.id, version: base.version });
    expect(fw.competences.map((c) => c.id)).toEqual([
      ...base.competences.map((c) => c.id),
      'digital-appointment-support',
    ]);
    expect(getRoleProfile(fw, 'front-desk')?.targets).toMatchObject({
      'residence-law-basics': 'practitioner',
      'digital-appointment-support': 'advanced',
      'plain-language': 'practitioner',
    });
    // The Italian title is added; the other locales stay.
    expect(getCompetence(fw, 'working-with-interpreters')?.title).toEqual({
      en: 'Working with interpreters',
      de: 'Arbeit mit Dolmetschenden',
      it: 'Lavorare con interpreti',
    });
    expect(fw.title.de).toBe('Einladende Dienste, Landkreis Offenbach');
    expect(fw.title.it).toBe(base.title.it);
    expect(parseFramework(fw).ok).toBe(true);
    expect(JSON.stringify(base)).toBe(before);
  });

  it('overrides an existing translation locale by locale', () => {
    const ext = {
      ...sampleExtension(),
      modify: { domains: { communication: { title: { de: 'Gespräche' } } } },
    };
    const result = extendFramework(sample(), ext);
    expect(result.ok && result.value.domains[0]!.title).toEqual({
      en: 'Communication',
      de: 'Gespräche',
      it: 'Comunicazione',
    });
  });

  it('reports an added id that the base already has, instead of overriding it', () => {
    const ext = sampleExtension();
    const add = ext.add as { competences: { id: string }[] };
    add.competences[0]!.id = 'plain-language';
    expect(expectIssues(sample(), ext)).toContainEqual(
      expect.objectContaining({ path: '/add/competences/0/id', code: 'conflict' }),
    );
  });

  it('reports modifications of ids the base does not have', () => {
    const ext = {
      ...sampleExtension(),
      modify: { competences: { empathy: { title: { en: 'Empathy' } } } },
    };
    expect(expectIssues(sample(), ext)).toEqual([
      expect.objectContaining({ path: '/modify/competences/empathy', code: 'unknown-id' }),
    ]);
  });

  it('reports a level modification for a level not on the scale', () => {
    const ext = {
      ...sampleExtension(),
      modify: { scale: { master: { title: { en: 'Master' } } } },
    };
    expect(expectIssues(sample(), ext)).toContainEqual(
      expect.objectContaining({ path: '/modify/scale/master', code: 'unknown-id' }),
    );
  });

  it('refuses a base with another id or a version outside the range', () => {
    const wrongId = {
      ...sampleExtension(),
      extends: { id: 'https://example.org/other', version: '^0.1.0' },
    };
    expect(expectIssues(sample(), wrongId)).toContainEqual(
      expect.objectContaining({ path: '/extends/id', code: 'base-mismatch' }),
    );
    const wrongVersion = { ...sampleExtension(), extends: { id: sample().id, version: '^2.0.0' } };
    expect(expectIssues(sample(), wrongVersion)).toContainEqual(
      expect.objectContaining({ path: '/extends/version', code: 'base-version-mismatch' }),
    );
  });

  it('refuses to reuse the base id for the extended framework', () => {
    const ext = { ...sampleExtension(), id: sample().id };
    expect(expectIssues(sample(), ext)).toContainEqual(
      expect.objectContaining({ path: '/id', code: 'conflict' }),
    );
  });

  it('never removes silently: a removed competence still targeted is reported in the result', () => {
    const ext = { ...sampleExtension(), remove: { competences: ['openness-to-diversity'] } };
    const issues = expectIssues(sample(), ext);
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: '/roleProfiles/0/targets/openness-to-diversity',
        code: 'unknown-reference',
      }),
    );
    expect(issues[0]!.message).toMatch(/^In the extended framework: /);
  });

  it('removes explicitly, with its references removed explicitly too', () => {
    const ext = {
      ...sampleExtension(),
      remove: { competences: ['working-with-interpreters'] },
      modify: {
        roleProfiles: {
          'front-desk': {
            targets: {
              'working-with-interpreters': null,
              'digital-appointment-support': 'advanced',
            },
          },
          'case-worker': { targets: { 'working-with-interpreters': null } },
        },
      },
    };
    const result = extendFramework(sample(), ext);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(getCompetence(result.value, 'working-with-interpreters')).toBeUndefined();
    expect(Object.keys(getRoleProfile(result.value, 'case-worker')!.targets)).not.toContain(
      'working-with-interpreters',
    );
  });

  it('reports removing what is not there, and removing what is also modified', () => {
    const ext = {
      ...sampleExtension(),
      remove: { mappings: ['nothing'], domains: ['legal-knowledge'] },
      modify: { domains: { 'legal-knowledge': { title: { en: 'Law' } } } },
    };
    const issues = expectIssues(sample(), ext);
    expect(issues).toContainEqual(
      expect.objectContaining({ path: '/remove/mappings/0', code: 'unknown-id' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ path: '/remove/domains/0', code: 'conflict' }),
    );
  });

  it('reports removing a role target that does not exist', () => {
    const ext = {
      ...sampleExtension(),
      modify: { roleProfiles: { 'front-desk': { targets: { empathy: null } } } },
    };
    expect(expectIssues(sample(), ext)).toContainEqual(
      expect.objectContaining({
        path: '/modify/roleProfiles/front-desk/targets/empathy',
        code: 'unknown-id',
      }),
    );
  });

  it('validates the extension document itself, with paths into it', () => {
    expect(expectIssues(sample(), { id: 'x' })).toContainEqual(
      expect.objectContaining({ path: '/extends', code: 'required' }),
    );
    expect(expectIssues(sample(), null)).toEqual([
      expect.objectContaining({ path: '', code: 'invalid-type' }),
    ]);
  });

  it('reports an added locale whose translations are missing', () => {
    const ext = { ...sampleExtension(), locales: ['it'] };
    const issues = expectIssues(sample(), ext);
    expect(issues).toContainEqual(
      expect.objectContaining({ path: '/description/it', code: 'missing-translation' }),
    );
  });
});

describe('extendFramework on hostile extensions (issue 12)', () => {
  it('checks the extension against the limits before validating it', () => {
    const extension = { ...sampleExtension(), remove: { competences: ['a', 'b', 'c'] } };
    const result = extendFramework(sample(), extension, { limits: { maxItems: 2 } });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ path: '/remove/competences', code: 'items-limit-exceeded' }],
    });
  });

  it('lists at most maxIssues issues of 10,000 unknown ids, and counts the rest', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `unknown-${i}`);
    const extension = {
      ...sampleExtension(),
      remove: { competences: ids },
      modify: { competences: Object.fromEntries(ids.map((id) => [id, { title: { en: 'x' } }])) },
    };
    const issues = expectIssues(sample(), extension);
    expect(issues).toHaveLength(101);
    expect(issues[0]).toMatchObject({ path: '/remove/competences/0', code: 'unknown-id' });
    expect(issues.at(-1)).toMatchObject({ code: 'too-many-issues' });
    expect(issues.at(-1)!.message).toMatch(/^9900 more issue/);
  });

  it('names a base that is not an object, and never throws on the extension', () => {
    expect(() => extendFramework(null as unknown as Framework, sampleExtension())).toThrow(
      new TypeError(
        'extendFramework: the argument "base" must be the Framework to extend (an object); got null.',
      ),
    );
    for (const hostile of [null, 'x', [], { __proto__: { polluted: 1 } }, { extends: 42 }])
      expect(extendFramework(sample(), hostile).ok).toBe(false);
  });
});
