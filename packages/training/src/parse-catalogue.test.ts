import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCatalogue } from './parse-catalogue.js';
import { sampleCatalogue, sampleFramework } from './test-support/fixtures.js';

const framework = sampleFramework();

describe('parseCatalogue', () => {
  it('accepts the sample catalogue against its framework', () => {
    expect(parseCatalogue(sampleCatalogue(), framework)).toEqual({
      ok: true,
      value: sampleCatalogue(),
    });
  });

  it('reports each broken rule at its path', () => {
    const cases: [string, (c: ReturnType<typeof sampleCatalogue>) => void, string, string][] = [
      ['duplicate id', (c) => (c.modules[1]!.id = 'basics'), '/modules/1/id', 'duplicate-id'],
      [
        'unknown prerequisite',
        (c) => (c.modules[1]!.prerequisites = ['nope']),
        '/modules/1/prerequisites/0',
        'unknown-module',
      ],
      [
        'self prerequisite',
        (c) => (c.modules[0]!.prerequisites = ['basics']),
        '/modules/0/prerequisites/0',
        'self-prerequisite',
      ],
      [
        'cycle',
        (c) => (c.modules[0]!.prerequisites = ['plain-advanced']),
        '/modules/0/prerequisites',
        'prerequisite-cycle',
      ],
      [
        'group sizes',
        (c) => (c.modules[2]!.minGroupSize = 17),
        '/modules/2/minGroupSize',
        'invalid-group-size',
      ],
      [
        'missing text',
        (c) => delete (c.modules[3]!.title as Record<string, string>).de,
        '/modules/3/title/de',
        'missing-translation',
      ],
      [
        'unknown competence',
        (c) => (c.modules[0]!.competences[0]!.competence = 'juggling'),
        '/modules/0/competences/0/competence',
        'unknown-competence',
      ],
      [
        'unknown level',
        (c) => (c.modules[0]!.competences[0]!.upTo = 'master'),
        '/modules/0/competences/0/upTo',
        'unknown-level',
      ],
      [
        'unknown role',
        (c) => (c.modules[3]!.roleProfiles = ['mayor']),
        '/modules/3/roleProfiles/0',
        'unknown-role-profile',
      ],
      [
        'framework version',
        (c) => (c.framework.version = '^2.0.0'),
        '/framework/version',
        'framework-version',
      ],
      [
        'structure',
        (c) => ((c.modules[0] as { hours: unknown }).hours = 'two'),
        '/modules/0/hours',
        'invalid-type',
      ],
    ];
    for (const [name, mutate, path, code] of cases) {
      const c = sampleCatalogue();
      mutate(c);
      const parsed = parseCatalogue(c, framework);
      expect(parsed.ok, name).toBe(false);
      if (!parsed.ok)
        expect(parsed.issues, name).toContainEqual(expect.objectContaining({ path, code }));
    }
  });

  it('names the modules of a cycle in the message', () => {
    const c = sampleCatalogue();
    c.modules[0]!.prerequisites = ['plain-advanced'];
    const parsed = parseCatalogue(c);
    expect(
      !parsed.ok && parsed.issues.find((i) => i.code === 'prerequisite-cycle')?.message,
    ).toContain('basics → plain-advanced → plain-letters → basics');
  });

  it('never throws on junk', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const parsed = parseCatalogue(junk, framework);
        expect(parsed.ok).toBe(false);
      }),
    );
  });
});
