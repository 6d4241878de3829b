import { describe, expect, it } from 'vitest';
import { prioritiseNeeds } from './prioritise.js';
import { framework, instrument, study } from './test-support/study.js';

describe('prioritiseNeeds', () => {
  const fw = framework();
  const instruments = [instrument()];

  it('ranks needs as computed by hand and explains each factor', () => {
    const [first, second, ...rest] = prioritiseNeeds(study(), fw, { instruments });
    expect(rest).toEqual([]);
    // plain-language: gaps 1,1,1,0,0,0 → mean 0.5 of a 3-level span → 1/6; 3 of 6 below target;
    // TCN mean score 0.5 → perception 0.5; findings f1 confirmed (1) + f2 unvalidated (0.5) = 1.5/3;
    // groups: third-country nationals (i1), staff and ngos (f2) → 3/5.
    expect(first!.competence).toBe('plain-language');
    expect(first!.rank).toBe(1);
    const value = Object.fromEntries(first!.contributions.map((c) => [c.factor, c.value]));
    expect(value['gap-size']).toBeCloseTo(1 / 6, 12);
    expect(value['below-target']).toBeCloseTo(0.5, 12);
    expect(value.perception).toBeCloseTo(0.5, 12);
    expect(value.findings).toBeCloseTo(0.5, 12);
    expect(value.breadth).toBeCloseTo(0.6, 12);
    expect(first!.priority).toBeCloseTo(0.25 / 6 + 0.125 + 0.075 + 0.1 + 0.09, 12);
    expect(first!.findings).toEqual(['f1', 'f2']);
    expect(first!.contributions.find((c) => c.factor === 'below-target')!.reason).toEqual({
      code: 'share-below',
      params: { share: 0.5, n: 6 },
    });
    // working-with-interpreters: no valid scores; f2 unvalidated → 0.5/3; staff and ngos → 2/5.
    expect(second!.competence).toBe('working-with-interpreters');
    expect(second!.priority).toBeCloseTo(0.2 / 6 + 0.15 * 0.4, 12);
    expect(second!.contributions.find((c) => c.factor === 'gap-size')).toMatchObject({
      value: null,
      reason: { code: 'no-valid-score', params: {} },
    });
  });

  it('leaves out questionnaire factors below the anonymity threshold, and says why', () => {
    const [first] = prioritiseNeeds(study(4), fw, { instruments });
    const gap = first!.contributions.find((c) => c.factor === 'gap-size')!;
    expect(gap).toMatchObject({ value: null, contribution: 0 });
    expect(gap.reason).toEqual({ code: 'suppressed', params: { k: 5 } });
  });

  it('drops rejected findings and honours custom weights', () => {
    const s = study();
    s.findings[0]!.validation = { session: 'fg1', outcome: 'rejected' };
    const onlyFindings = prioritiseNeeds(s, fw, {
      instruments,
      weights: { 'gap-size': 0, 'below-target': 0, perception: 0, breadth: 0, findings: 1 },
    });
    const pl = onlyFindings.find((p) => p.competence === 'plain-language')!;
    expect(pl.priority).toBeCloseTo(0.5 / 3, 12); // only f2, unvalidated
  });

  it('rejects malformed options', () => {
    expect(() => prioritiseNeeds(study(), fw, { instruments, weights: { findings: -1 } })).toThrow(
      /weights/,
    );
    expect(() =>
      prioritiseNeeds(study(), fw, {
        instruments,
        weights: { 'gap-size': 0, 'below-target': 0, perception: 0, findings: 0, breadth: 0 },
      }),
    ).toThrow(/positive/);
  });
});
