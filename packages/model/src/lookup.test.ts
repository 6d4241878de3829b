import { describe, expect, it } from 'vitest';
import {
  competencesByDimension,
  competencesByDomain,
  getCompetence,
  getDescriptor,
  getDomain,
  getLevel,
  getRoleProfile,
  levelIndex,
  nextLevel,
} from './lookup.js';
import { sample } from './test-support/sample.js';

describe('lookups', () => {
  const fw = sample();

  it('find entries by id and return undefined for unknown ids', () => {
    expect(getCompetence(fw, 'plain-language')?.dimension).toBe('skills');
    expect(getCompetence(fw, 'nothing')).toBeUndefined();
    expect(getCompetence(fw, '__proto__')).toBeUndefined();
    expect(getDomain(fw, 'legal-knowledge')?.title.de).toBe('Rechtskenntnisse');
    expect(getLevel(fw, 'advanced')?.rank).toBe(3);
    expect(getRoleProfile(fw, 'case-worker')?.targets['residence-law-basics']).toBe('advanced');
    expect(getRoleProfile(fw, 'constructor')).toBeUndefined();
  });

  it('order levels and step up the scale', () => {
    expect(levelIndex(fw, 'foundation')).toBe(0);
    expect(levelIndex(fw, 'expert')).toBe(3);
    expect(levelIndex(fw, 'master')).toBe(-1);
    expect(nextLevel(fw, 'practitioner')?.id).toBe('advanced');
    expect(nextLevel(fw, 'expert')).toBeUndefined();
    expect(nextLevel(fw, 'master')).toBeUndefined();
  });

  it('group competences by domain and by dimension, in framework order', () => {
    expect(competencesByDomain(fw, 'communication').map((c) => c.id)).toEqual([
      'plain-language',
      'working-with-interpreters',
      'openness-to-diversity',
    ]);
    expect(competencesByDomain(fw, 'nowhere')).toEqual([]);
    expect(competencesByDimension(fw, 'knowledge').map((c) => c.id)).toEqual([
      'residence-law-basics',
    ]);
    expect(competencesByDimension(fw, 'values')).toEqual([]);
  });

  it('give the descriptor of a competence at a level', () => {
    expect(getDescriptor(fw, 'plain-language', 'expert')?.en).toMatch(/standard letters/);
    expect(getDescriptor(fw, 'plain-language', 'toString')).toBeUndefined();
    expect(getDescriptor(fw, 'nothing', 'expert')).toBeUndefined();
  });
});
