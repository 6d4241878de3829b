import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  covariance,
  mean,
  pearson,
  quantile,
  quartiles,
  standardDeviation,
  studentTCdf,
  studentTQuantile,
  variance,
} from './stats.js';

describe('descriptive statistics', () => {
  it('computes mean, sample variance and standard deviation by hand-checked values', () => {
    const xs = [2, 4, 4, 4, 5, 5, 7, 9]; // mean 5, Σ(x − x̄)² = 32
    expect(mean(xs)).toBe(5);
    expect(variance(xs)).toBeCloseTo(32 / 7, 14);
    expect(standardDeviation(xs)).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(covariance([1, 2, 3], [2, 4, 6])).toBe(2);
  });

  it('keeps precision for values with a large common offset', () => {
    const xs = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]; // variance of 4, 7, 13, 16 is 30
    expect(mean(xs)).toBe(1e9 + 10);
    expect(variance(xs)).toBeCloseTo(30, 9);
  });

  it('rejects inputs that are too short', () => {
    expect(() => mean([])).toThrow(RangeError);
    expect(() => variance([1])).toThrow(RangeError);
    expect(() => covariance([1, 2], [1])).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it('interpolates quantiles like R type 7', () => {
    // R: quantile(c(1, 2, 3, 4), 0.25) = 1.75; quantile(1:10) = 1, 3.25, 5.5, 7.75, 10
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    const oneToTen = Array.from({ length: 10 }, (_, i) => i + 1);
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantile(oneToTen, p))).toEqual([
      1, 3.25, 5.5, 7.75, 10,
    ]);
    expect(quartiles([10, 1, 4, 7])).toEqual([3.25, 5.5, 7.75]);
    expect(quartiles([0.4])).toEqual([0.4, 0.4, 0.4]);
  });

  it('correlates by Pearson, null for a constant variable', () => {
    // dx = −2..2, dy = −2, 0, 1, 0, 1: r = 6 / √(10 · 6) = √0.6
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(Math.sqrt(0.6), 14);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBe(-1);
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNull();
  });

  it('keeps quartiles ordered and within the range (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }),
        (xs) => {
          const [q1, q2, q3] = quartiles(xs);
          expect(q1).toBeLessThanOrEqual(q2);
          expect(q2).toBeLessThanOrEqual(q3);
          expect(q1).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(q3).toBeLessThanOrEqual(Math.max(...xs));
        },
      ),
    );
  });
});

describe("Student's t distribution", () => {
  it('reproduces tabulated quantiles to 6 decimals', () => {
    // Two-sided 95 % and 99 % critical values, as in any t table (and R's qt()).
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.262157, 6);
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706205, 6);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042272, 6);
    expect(studentTQuantile(0.975, 1000)).toBeCloseTo(1.962339, 6);
    expect(studentTQuantile(0.995, 5)).toBeCloseTo(4.032143, 6);
    expect(studentTQuantile(0.95, 10)).toBeCloseTo(1.812461, 6);
  });

  it('matches the closed forms for 1 and 2 degrees of freedom', () => {
    // df = 1 is Cauchy: F(t) = ½ + atan(t)/π. df = 2: F(t) = ½ + t / (2√(2 + t²)).
    for (const t of [-30, -2.5, -0.1, 0.3, 1, 4, 100]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 13);
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 13);
    }
    for (const p of [0.001, 0.3, 0.9, 0.999]) {
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 9);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 11);
    }
  });

  it('is symmetric around 0', () => {
    expect(studentTCdf(0, 7)).toBe(0.5);
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTCdf(-1.7, 4.5) + studentTCdf(1.7, 4.5)).toBeCloseTo(1, 15);
    expect(studentTQuantile(0.025, 9)).toBeCloseTo(-studentTQuantile(0.975, 9), 12);
  });

  it('approaches the normal distribution for large df', () => {
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 6);
    expect(studentTCdf(1.959964, 1e7)).toBeCloseTo(0.975, 6);
  });

  it('handles the ends and rejects bad arguments', () => {
    expect(studentTQuantile(0, 3)).toBe(-Infinity);
    expect(studentTQuantile(1, 3)).toBe(Infinity);
    expect(studentTCdf(Infinity, 3)).toBe(1);
    expect(studentTCdf(-Infinity, 3)).toBe(0);
    expect(() => studentTCdf(1, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(1.2, 3)).toThrow(RangeError);
  });

  it('inverts the CDF: quantile(cdf(t)) ≈ t (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -12, max: 12, noNaN: true }),
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        (t, df) => {
          const p = studentTCdf(t, df);
          fc.pre(Math.min(p, 1 - p) > 1e-6);
          expect(Math.abs(studentTQuantile(p, df) - t)).toBeLessThan(
            1e-8 * Math.max(1, Math.abs(t)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is monotone in t (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 300 }),
        (t, step, df) => {
          expect(studentTCdf(t + step, df)).toBeGreaterThanOrEqual(studentTCdf(t, df) - 1e-15);
        },
      ),
    );
  });
});
