import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extendFramework, getRoleProfile, translationCoverage } from '@competence-kit/model';
import { framework } from './index.js';

describe('the worked extension example of the README', () => {
  const extension = JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', 'examples', 'kreis-offenbach-extension.json'),
      'utf8',
    ),
  ) as unknown;

  it('adds a local competence and raises a target level, and the result is a valid framework', () => {
    const result = extendFramework(framework, extension);
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    const city = result.value;
    expect(city.extends).toEqual({ id: framework.id, version: framework.version });
    expect(city.competences).toHaveLength(framework.competences.length + 1);
    expect(getRoleProfile(city, 'front-desk')!.targets['working-with-interpreters']).toBe(
      'advanced',
    );
    expect(getRoleProfile(framework, 'front-desk')!.targets['working-with-interpreters']).not.toBe(
      'advanced',
    );
    for (const c of translationCoverage(city).filter((x) => x.required)) expect(c.ratio).toBe(1);
  });
});
