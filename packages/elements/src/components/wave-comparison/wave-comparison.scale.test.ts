import { describe, expect, it } from 'vitest';
import type { CompetenceChange, PairedChange } from '@competence-kit/scoring';
import { CHART_WIDTH, changeScale, xOf } from './wave-comparison.scale.js';

const change = (meanChange: number, ci: [number, number] | null): CompetenceChange => {
  const stats = { n: 10, meanChange, confidenceInterval: ci } as PairedChange;
  const none = { stats: null, suppressed: { reason: 'below-threshold', explanation: '' } } as const;
  return {
    competence: 'x',
    paired: { stats, suppressed: null },
    baselineOnly: none,
    postOnly: none,
  };
};

describe('the shared change axis', () => {
  it('spans zero and every interval, rounded out to nice ticks', () => {
    const scale = changeScale([change(0.12, [0.03, 0.21]), change(0.07, [0.01, 0.13])]);
    expect(scale).toEqual({ min: 0, max: 0.3, ticks: [0, 0.1, 0.2, 0.3] });
  });

  it('reaches below zero for a decline', () => {
    const scale = changeScale([change(-0.04, [-0.12, 0.04])]);
    expect(scale.min).toBeLessThanOrEqual(-0.12);
    expect(scale.max).toBeGreaterThanOrEqual(0.04);
    expect(scale.ticks).toContain(0);
  });

  it('uses the mean where there is no interval, and a default span when all is zero', () => {
    expect(changeScale([change(0.3, null)]).max).toBeGreaterThanOrEqual(0.3);
    expect(changeScale([])).toEqual({ min: -0.1, max: 0.1, ticks: [-0.1, -0.05, 0, 0.05, 0.1] });
  });

  it('places values left to right, mirrored right to left', () => {
    const scale = changeScale([change(0.1, [0, 0.2])]);
    const ltr = xOf(0.2, scale, 'ltr');
    expect(xOf(0, scale, 'ltr')).toBeLessThan(ltr);
    expect(xOf(0.2, scale, 'rtl')).toBe(CHART_WIDTH - ltr);
  });
});
