import { describe, expect, it } from 'vitest';
import { MIN_GROUP_SIZE, checkPlan } from './plan.js';

describe('checkPlan', () => {
  const plan = { population: 'test/staff', breakdowns: [['unit', 'roleProfile'], []] as const };

  it('puts the tables in a canonical order of dimensions and resolves the threshold', () => {
    expect(checkPlan(plan)).toEqual({
      population: 'test/staff',
      breakdowns: [['unit', 'roleProfile'], []],
      dimensions: ['unit', 'roleProfile'],
      minGroupSize: MIN_GROUP_SIZE,
      byPhase: false,
      competences: undefined,
      compare: undefined,
      noise: undefined,
    });
    expect(checkPlan({ ...plan, minGroupSize: 8 }).minGroupSize).toBe(8);
  });

  it('refuses a threshold under 5: a city may protect more, never less', () => {
    for (const minGroupSize of [2, 4, 4.5, Number.NaN])
      expect(() => checkPlan({ ...plan, minGroupSize })).toThrow(
        'Invalid release plan at minGroupSize: expected a whole number of at least 5; a city may protect more, never less',
      );
  });

  it('refuses a table across phases beside tables by phase, which would count people twice', () => {
    expect(() => checkPlan({ ...plan, breakdowns: [['phase'], []] })).toThrow(
      /every table must be/,
    );
    expect(checkPlan({ ...plan, breakdowns: [['phase'], ['phase', 'unit']] }).byPhase).toBe(true);
  });

  it('names the wrong field', () => {
    expect(() => checkPlan({ ...plan, population: ' ' })).toThrow(/at population/);
    expect(() => checkPlan({ ...plan, breakdowns: [] })).toThrow(/at breakdowns: expected/);
    expect(() => checkPlan({ ...plan, breakdowns: [['city' as 'unit']] })).toThrow(
      'Invalid release plan at breakdowns.0: "city" is not one of territory, unit, roleProfile, phase, group',
    );
    expect(() => checkPlan({ ...plan, breakdowns: [['unit'], ['unit']] })).toThrow(/named twice/);
    expect(() => checkPlan(null as never)).toThrow(/at \(root\)/);
  });
});
