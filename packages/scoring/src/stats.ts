/**
 * Descriptive statistics and Student's t distribution, written from the mathematics so that the
 * engine has no numeric dependency. Every function is pure; empty or too short inputs are
 * programmer errors and throw a `RangeError`.
 */

function requireLength(values: ArrayLike<number>, min: number, what: string): void {
  if (values.length < min) {
    throw new RangeError(`${what} needs at least ${min} value(s), got ${values.length}.`);
  }
}

/**
 * The arithmetic mean.
 *
 * @throws RangeError for an empty array.
 * @example
 * ```ts
 * mean([1, 2, 3, 6]); // 3
 * ```
 */
export function mean(values: readonly number[]): number {
  requireLength(values, 1, 'mean');
  let sum = 0;
  for (const v of values) sum += v;
  const m = sum / values.length;
  // One correction pass removes most of the rounding error of the naive sum.
  let residual = 0;
  for (const v of values) residual += v - m;
  return m + residual / values.length;
}

/**
 * The sample variance, `Σ (x − x̄)² / (n − 1)`, computed in two passes for accuracy.
 *
 * @throws RangeError for fewer than two values.
 * @example
 * ```ts
 * variance([2, 4, 4, 4, 5, 5, 7, 9]); // 32 / 7 ≈ 4.571
 * ```
 */
export function variance(values: readonly number[]): number {
  requireLength(values, 2, 'variance');
  const m = mean(values);
  let squares = 0;
  let deviations = 0;
  for (const v of values) {
    squares += (v - m) ** 2;
    deviations += v - m;
  }
  // The corrected two-pass formula: the second term cancels the rounding error of the mean.
  return (squares - (deviations * deviations) / values.length) / (values.length - 1);
}

/**
 * The sample standard deviation, the square root of {@link variance}.
 *
 * @throws RangeError for fewer than two values.
 * @example
 * ```ts
 * standardDeviation([1, 2, 3, 4]); // ≈ 1.291
 * ```
 */
export function standardDeviation(values: readonly number[]): number {
  return Math.sqrt(variance(values));
}

/**
 * The sample covariance of paired values, `Σ (x − x̄)(y − ȳ) / (n − 1)`.
 *
 * @throws RangeError when the lengths differ or there are fewer than two pairs.
 * @example
 * ```ts
 * covariance([1, 2, 3], [2, 4, 6]); // 2
 * ```
 */
export function covariance(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new RangeError(`Lengths differ: ${x.length} and ${y.length}.`);
  requireLength(x, 2, 'covariance');
  const mx = mean(x);
  const my = mean(y);
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += (x[i]! - mx) * (y[i]! - my);
  return sum / (x.length - 1);
}

/**
 * Pearson's product-moment correlation of paired values, or `null` when either variable is
 * constant (the correlation is undefined then).
 *
 * @throws RangeError when the lengths differ or there are fewer than two pairs.
 * @example
 * ```ts
 * pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]); // √0.6 ≈ 0.7746
 * ```
 */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const c = covariance(x, y);
  const vx = variance(x);
  const vy = variance(y);
  if (vx === 0 || vy === 0) return null;
  // Rounding can push |r| a hair past 1; clamp so callers can rely on the range.
  return Math.max(-1, Math.min(1, c / Math.sqrt(vx * vy)));
}

/**
 * The `p`-quantile of values sorted in ascending order, by linear interpolation between order
 * statistics: Hyndman and Fan's (1996) definition 7, the default of R's `quantile()` and of
 * NumPy. With `h = (n − 1)·p`, it is `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])` (0-based).
 *
 * @throws RangeError for an empty array or `p` outside 0..1.
 * @example
 * ```ts
 * quantile([1, 2, 3, 4], 0.25); // 1.75
 * ```
 */
export function quantile(sortedValues: ArrayLike<number>, p: number): number {
  requireLength(sortedValues, 1, 'quantile');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be between 0 and 1, got ${p}.`);
  const h = (sortedValues.length - 1) * p;
  const lower = Math.floor(h);
  const below = sortedValues[lower]!;
  const above = sortedValues[Math.min(lower + 1, sortedValues.length - 1)]!;
  return below + (h - lower) * (above - below);
}

/**
 * The first quartile, the median and the third quartile ({@link quantile}, definition 7). The
 * values need not be sorted.
 *
 * @throws RangeError for an empty array.
 * @example
 * ```ts
 * quartiles([10, 1, 4, 7]); // [3.25, 5.5, 7.75]
 * ```
 */
export function quartiles(values: readonly number[]): [number, number, number] {
  // A typed array sorts numerically without a comparator callback: several times faster.
  const sorted = Float64Array.from(values).sort();
  return [quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75)];
}

// ln Γ(z), z > 0: Stirling's asymptotic series with Bernoulli numbers B2..B14, after shifting z
// to at least 15 with Γ(z) = Γ(z + 1) / z, where the series' remainder is below 1e-18.
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156];
function logGamma(z: number): number {
  let shift = 0;
  while (z < 15) {
    shift += Math.log(z);
    z += 1;
  }
  const inverseSquare = 1 / (z * z);
  let series = 0;
  let power = 1 / z;
  for (const c of STIRLING) {
    series += c * power;
    power *= inverseSquare;
  }
  return (z - 0.5) * Math.log(z) - z + 0.5 * Math.log(2 * Math.PI) + series - shift;
}

const logBeta = (a: number, b: number) => logGamma(a) + logGamma(b) - logGamma(a + b);

/**
 * The continued fraction of the incomplete beta function (DLMF 8.17.22), evaluated by the
 * modified Lentz method: `1 / (1 + d₁ / (1 + d₂ / (1 + …)))` with
 * `d₂ₘ₊₁ = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1))` and `d₂ₘ = m(b − m)x / ((a + 2m − 1)(a + 2m))`.
 */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  const guard = (v: number) => (Math.abs(v) < tiny ? tiny : v);
  let c = 1;
  let d = 1 / guard(1 - ((a + b) * x) / (a + 1));
  let f = d;
  for (let m = 1; m <= 100_000; m++) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / guard(1 + even * d);
    c = guard(1 + even / c);
    f *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 / guard(1 + odd * d);
    c = guard(1 + odd / c);
    const delta = d * c;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return f;
}

/**
 * The regularised incomplete beta function I_x(a, b), given both x and y = 1 − x so that
 * neither loses precision to the subtraction. The fraction converges fast for
 * x < (a + 1) / (a + b + 2); elsewhere the symmetry I_x(a, b) = 1 − I_y(b, a) is used.
 */
function incompleteBeta(a: number, b: number, x: number, y: number): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(b, a, y, x);
  const front = Math.exp(a * Math.log(x) + b * Math.log(y) - logBeta(a, b));
  return (front * betaContinuedFraction(a, b, x)) / a;
}

function requireDf(df: number): void {
  if (!(df > 0 && Number.isFinite(df))) {
    throw new RangeError(`Degrees of freedom must be positive and finite, got ${df}.`);
  }
}

/** P(T > |t|) for Student's t with `df` degrees of freedom: ½·I_{df/(df+t²)}(df/2, ½). */
function upperTail(t: number, df: number): number {
  const t2 = t * t;
  return 0.5 * incompleteBeta(df / 2, 0.5, df / (df + t2), t2 / (df + t2));
}

function studentTDensity(t: number, df: number): number {
  const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * The cumulative distribution function of Student's t distribution with `df` degrees of freedom
 * (any positive real), through the regularised incomplete beta function:
 * `P(T ≤ t) = 1 − ½·I_x(df/2, ½)` for t ≥ 0, with x = df / (df + t²), and symmetric for t < 0.
 * Accurate to about 1e-14 for moderate df.
 *
 * @throws RangeError when `df` is not positive and finite.
 * @example
 * ```ts
 * studentTCdf(2.262157, 9); // ≈ 0.975
 * ```
 */
export function studentTCdf(t: number, df: number): number {
  requireDf(df);
  if (Number.isNaN(t)) return NaN;
  const tail = upperTail(t, df);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * The quantile function (inverse CDF) of Student's t distribution: the `t` with
 * `studentTCdf(t, df) = p`. Solved on the upper tail by Newton's method, safeguarded by
 * bisection inside a bracket, to a relative precision of about 1e-13 (1e-12 absolute or better
 * for |t| ≤ 10).
 *
 * @throws RangeError when `p` is outside 0..1 or `df` is not positive and finite.
 * @example
 * ```ts
 * studentTQuantile(0.975, 9); // ≈ 2.262157, the 95 % two-sided critical value
 * ```
 */
export function studentTQuantile(p: number, df: number): number {
  requireDf(df);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be between 0 and 1, got ${p}.`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const target = 1 - p; // exact for p ≥ 0.5; the upper tail keeps precision near p = 1
  let lo = 0;
  let hi = 1;
  while (upperTail(hi, df) > target) {
    lo = hi;
    hi *= 2;
    if (!Number.isFinite(hi)) return Infinity;
  }
  let t = (lo + hi) / 2;
  for (let i = 0; i < 500; i++) {
    const excess = upperTail(t, df) - target;
    if (excess === 0) return t;
    if (excess > 0) lo = t;
    else hi = t;
    let next = t + excess / studentTDensity(t, df);
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    const settled = Math.abs(next - t) <= 1e-15 * Math.max(1, t);
    t = next;
    if (settled || hi - lo <= 1e-15 * Math.max(1, t)) break;
  }
  return t;
}
