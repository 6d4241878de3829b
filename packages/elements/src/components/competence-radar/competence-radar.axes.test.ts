import { describe, expect, it } from 'vitest';
import { framework, syntheticResult } from '../../test-support/results.js';
import { radarData } from './competence-radar.axes.js';

describe('radarData: a valid score below the lowest level', () => {
  it('sits at position 0, with the gap counted from there; an invalid score stays null', () => {
    const result = structuredClone(
      syntheticResult({ seed: 5, roleProfile: 'integration-coordinator' }),
    );
    const [below, invalid] = result.competences.filter((c) => c.valid && c.target !== null);
    // Anchored scoring: the lowest level's statements not endorsed (valid, no level).
    Object.assign(below!, { level: null });
    Object.assign(invalid!, { valid: false, score: null, level: null, gap: null });
    const { axes, issues } = radarData(framework, result, undefined, '');
    expect(issues).toEqual([]);
    const axis = (id: string) => axes.find((a) => a.competence.id === id)!;
    const target = framework.scale.levels.findIndex((l) => l.id === below!.target) + 1;
    expect(axis(below!.competence)).toMatchObject({ level: 0, target, gap: target });
    expect(axis(invalid!.competence)).toMatchObject({ level: null, gap: null });
  });
});
