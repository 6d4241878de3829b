import { describe, expect, it } from 'vitest';
import type { Framework } from '@competence-kit/schemas';
import { diffFrameworks } from './diff.js';
import { sample } from './test-support/sample.js';

function diffAfter(mutate: (fw: Framework) => void, version?: string) {
  const a = sample();
  const b = sample();
  mutate(b);
  if (version) b.version = version;
  return diffFrameworks(a, b);
}

describe('diffFrameworks', () => {
  it('finds no change between equal frameworks', () => {
    const diff = diffFrameworks(sample(), sample());
    expect(diff).toMatchObject({
      changes: [],
      bump: 'none',
      declaredBump: 'none',
      versionSufficient: true,
    });
  });

  it('classes a rewording as a patch', () => {
    const diff = diffAfter(
      (fw) => void (fw.competences[0]!.descriptors.expert!.de = 'Neu formuliert.'),
      '0.1.1',
    );
    expect(diff.changes).toEqual([
      expect.objectContaining({
        type: 'changed',
        entity: 'competence',
        id: 'plain-language',
        field: '/descriptors/expert/de',
        impact: 'patch',
      }),
    ]);
    expect(diff).toMatchObject({ bump: 'patch', declaredBump: 'patch', versionSufficient: true });
  });

  it('classes a new translation as a patch and a new required locale as minor', () => {
    expect(diffAfter((fw) => void (fw.domains[1]!.title.it = 'Conoscenze giuridiche')).bump).toBe(
      'patch',
    );
    const diff = diffAfter((fw) => fw.locales.push('it'));
    expect(diff.added).toEqual([
      expect.objectContaining({ entity: 'locale', id: 'it', impact: 'minor' }),
    ]);
    expect(diff.bump).toBe('minor');
  });

  it('classes an added competence as minor', () => {
    const diff = diffAfter(
      (fw) => fw.competences.push({ ...structuredClone(fw.competences[0]!), id: 'new-one' }),
      '0.2.0',
    );
    expect(diff.added).toEqual([
      expect.objectContaining({ entity: 'competence', id: 'new-one', impact: 'minor' }),
    ]);
    expect(diff).toMatchObject({ bump: 'minor', declaredBump: 'minor', versionSufficient: true });
  });

  it('classes a changed target level and a domain move as minor', () => {
    const diff = diffAfter((fw) => {
      fw.roleProfiles![0]!.targets['plain-language'] = 'advanced';
      fw.competences[3]!.domain = 'communication';
    });
    expect(diff.changed.map((c) => [c.field, c.impact])).toEqual([
      ['/domain', 'minor'],
      ['/targets/plain-language', 'minor'],
    ]);
  });

  it('classes removals, re-scaling and dimension changes as major', () => {
    expect(diffAfter((fw) => void fw.competences.pop()).removed).toEqual([
      expect.objectContaining({
        entity: 'competence',
        id: 'residence-law-basics',
        impact: 'major',
      }),
    ]);
    expect(diffAfter((fw) => void fw.scale.levels.pop()).bump).toBe('major');
    expect(
      diffAfter(
        (fw) => void fw.scale.levels.push({ id: 'master', rank: 5, title: { en: 'M', de: 'M' } }),
      ).bump,
    ).toBe('major');
    expect(diffAfter((fw) => void (fw.scale.levels[3]!.rank = 9)).changed).toContainEqual(
      expect.objectContaining({ entity: 'level', field: '/scale/levels', impact: 'major' }),
    );
    expect(diffAfter((fw) => void (fw.competences[2]!.dimension = 'values')).bump).toBe('major');
    expect(diffAfter((fw) => void delete fw.roleProfiles![0]!.targets['plain-language']).bump).toBe(
      'major',
    );
    expect(
      diffAfter((fw) => void (fw.mappings![0]!.target = 'tag:w3id.org,2026:competence-kit/rfcdc/5'))
        .bump,
    ).toBe('major');
  });

  it('says when the declared version is too small for the changes', () => {
    const diff = diffAfter(
      (fw) =>
        fw.domains.push({ id: 'outreach', title: { en: 'Outreach', de: 'Aufsuchende Arbeit' } }),
      '0.1.1',
    );
    expect(diff).toMatchObject({ bump: 'minor', declaredBump: 'patch', versionSufficient: false });
  });

  it('accepts a minor release for a breaking change before 1.0.0, as semver allows', () => {
    const diff = diffAfter((fw) => void fw.competences.pop(), '0.2.0');
    expect(diff).toMatchObject({ bump: 'major', declaredBump: 'minor', versionSufficient: true });
  });

  it('requires a major release for a breaking change from 1.0.0 on', () => {
    const a = { ...sample(), version: '1.0.0' };
    const b = { ...sample(), version: '1.1.0' };
    b.competences.pop();
    expect(diffFrameworks(a, b)).toMatchObject({
      bump: 'major',
      declaredBump: 'minor',
      versionSufficient: false,
    });
    b.version = '2.0.0';
    expect(diffFrameworks(a, b).versionSufficient).toBe(true);
  });
});
