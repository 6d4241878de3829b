import * as z from 'zod/mini';
import type { Issue, Result } from '@competence-kit/schemas';
import { mean, standardDeviation, studentTCdf, studentTQuantile } from './stats.js';

const Options = z.object({
  minGroupSize: z.optional(z.int().check(z.minimum(2), z.maximum(1000))),
  confidence: z.optional(z.number().check(z.gt(0), z.lt(1))),
});

/**
 * Options of {@link compareWaves}.
 *
 * @example
 * ```ts
 * const options: CompareWavesOptions = { minGroupSize: 10, confidence: 0.9 };
 * ```
 */
export interface CompareWavesOptions {
  /** The anonymity threshold: no statistic over fewer respondents is shown. Default 5. */
  minGroupSize?: number;
  /** The confidence level of the interval of the mean change, between 0 and 1. Default 0.95. */
  confidence?: number;
}

/**
 * Why a statistic is not shown. Carries no count: even the number of people is withheld.
 *
 * @example
 * ```ts
 * { reason: 'below-threshold', explanation: 'Fewer than 5 respondents: not shown, to protect their anonymity.' }
 * ```
 */
export interface WaveSuppression {
  /** `below-threshold`: computed over fewer respondents than `minGroupSize`. */
  reason: 'below-threshold';
  /** A sentence for a person, for a note under the table. */
  explanation: string;
}

/**
 * A statistic that is shown, or suppressed for anonymity (then `stats` is null).
 *
 * @example
 * ```ts
 * const text = cell.stats ? String(cell.stats.mean) : cell.suppressed.explanation;
 * ```
 */
export type WaveCell<T> =
  { stats: T; suppressed: null } | { stats: null; suppressed: WaveSuppression };

/**
 * Change in one competence over the respondents with a valid score in both waves. Scores and
 * changes are on the 0..1 score scale; a positive change is an improvement.
 *
 * @example
 * ```ts
 * console.log(stats.meanChange, stats.confidenceInterval, stats.cohensDz); // 0.158 [0.070, 0.246] 1.28
 * ```
 */
export interface PairedChange {
  /** Respondents with a valid score in both waves: 0, or at least `minGroupSize`. */
  n: number;
  /** Mean baseline score of these respondents; null when n is 0. */
  meanBaseline: number | null;
  /** Mean post (or follow-up) score of these respondents; null when n is 0. */
  meanPost: number | null;
  /** Mean of the per-respondent differences post − baseline; null when n is 0. */
  meanChange: number | null;
  /** Sample standard deviation of the differences (below 1e-12 taken as 0); null when n < 2. */
  sdChange: number | null;
  /** The t-based confidence interval of the mean change, [lower, upper]; null when n < 2. */
  confidenceInterval: [number, number] | null;
  /** Paired t statistic, meanChange / (sdChange / √n); null when n < 2 or sdChange is 0. */
  t: number | null;
  /** Degrees of freedom of `t` and of the interval, n − 1; null when n < 2. */
  df: number | null;
  /** Two-sided p-value of the paired t-test of no change; null when `t` is null. */
  pValue: number | null;
  /** Cohen's d_z, meanChange / sdChange: the change in standard deviations of the change;
   * null when n < 2 or sdChange is 0. */
  cohensDz: number | null;
}

/**
 * Respondents with a valid score in one wave only.
 *
 * @example
 * ```ts
 * { n: 7, mean: 0.62 }
 * ```
 */
export interface UnpairedSummary {
  /** How many: 0, or at least `minGroupSize`. */
  n: number;
  /** Their mean score; null when n is 0. */
  mean: number | null;
}

/**
 * One competence compared across the waves.
 *
 * @example
 * ```ts
 * const change = comparison.competences.find((c) => c.competence === 'plain-language');
 * ```
 */
export interface CompetenceChange {
  /** The competence's id. */
  competence: string;
  /** Respondents with a valid score in both waves. */
  paired: WaveCell<PairedChange>;
  /** Valid at baseline, without a valid post score (absent from the post wave, or invalid). */
  baselineOnly: WaveCell<UnpairedSummary>;
  /** Valid in the post wave, without a valid baseline score. */
  postOnly: WaveCell<UnpairedSummary>;
}

/**
 * The result of {@link compareWaves}.
 *
 * @example
 * ```ts
 * const { competences, issues } = compareWaves(baseline, post);
 * for (const issue of issues) console.warn(issue.path, issue.code, issue.message);
 * ```
 */
export interface WaveComparison {
  /** Every competence present in either wave, in order of first appearance. */
  competences: CompetenceChange[];
  /** Input problems; the results concerned are left out, and each is listed here. */
  issues: Issue[];
  /** The anonymity threshold applied. */
  minGroupSize: number;
  /** The confidence level of the intervals. */
  confidence: number;
}

type Wave = 'baseline' | 'post';

/** The instrument id most results share (the first seen among equals). */
function commonInstrument(results: readonly Result[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.instrument.id, (counts.get(r.instrument.id) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, n] of counts) if (best === undefined || n > counts.get(best)!) best = id;
  return best;
}

/**
 * Indexes each wave by respondent. Results of another instrument, and every result of a
 * respondent who appears more than once in a wave, are reported and left out; such a
 * respondent is left out of both waves, since it is unclear which result counts.
 */
function indexWaves(waves: Record<Wave, readonly Result[]>, issues: Issue[]) {
  const instrument = commonInstrument([...waves.baseline, ...waves.post]);
  const byWave = { baseline: new Map<string, Result>(), post: new Map<string, Result>() };
  const excluded = new Set<string>();
  for (const wave of ['baseline', 'post'] as const) {
    const positions = new Map<string, number[]>();
    waves[wave].forEach((r, i) => {
      if (r.instrument.id !== instrument) {
        issues.push({
          path: `/${wave}/${i}/instrument/id`,
          code: 'instrument-mismatch',
          message: `Result of instrument "${r.instrument.id}", while the others are of "${instrument}"; left out.`,
        });
        return;
      }
      positions.set(r.respondent, [...(positions.get(r.respondent) ?? []), i]);
    });
    for (const [respondent, indices] of positions) {
      if (indices.length === 1) {
        byWave[wave].set(respondent, waves[wave][indices[0]!]!);
        continue;
      }
      excluded.add(respondent);
      const where = indices.map((i) => `/${wave}/${i}`).join(', ');
      for (const i of indices) {
        issues.push({
          path: `/${wave}/${i}`,
          code: 'duplicate-respondent',
          message: `Respondent "${respondent}" has ${indices.length} results in the ${wave} wave (${where}); all of this respondent's results are left out of the comparison.`,
        });
      }
    }
  }
  for (const respondent of excluded) {
    byWave.baseline.delete(respondent);
    byWave.post.delete(respondent);
  }
  return byWave;
}

/**
 * Per competence, each respondent's valid score, in the wave's order. A result that lists a
 * competence twice counts its first entry, as a search for the competence would.
 */
function validScoresByCompetence(
  wave: ReadonlyMap<string, Result>,
): Map<string, Map<string, number>> {
  const byCompetence = new Map<string, Map<string, number>>();
  const listed = new Set<string>();
  for (const [respondent, result] of wave) {
    listed.clear();
    for (const c of result.competences) {
      if (listed.has(c.competence)) continue;
      listed.add(c.competence);
      if (c.score === null || c.score === undefined) continue;
      let scores = byCompetence.get(c.competence);
      if (!scores) byCompetence.set(c.competence, (scores = new Map()));
      scores.set(respondent, c.score);
    }
  }
  return byCompetence;
}

function pairedChange(baseline: number[], post: number[], confidence: number): PairedChange {
  const n = baseline.length;
  const empty = {
    sdChange: null,
    confidenceInterval: null,
    t: null,
    df: null,
    pValue: null,
    cohensDz: null,
  };
  if (n === 0) return { n, meanBaseline: null, meanPost: null, meanChange: null, ...empty };
  const changes = post.map((p, i) => p - baseline[i]!);
  const meanChange = mean(changes);
  const means = { n, meanBaseline: mean(baseline), meanPost: mean(post), meanChange };
  if (n < 2) return { ...means, ...empty };
  // On the 0..1 scale, a spread below 1e-12 is rounding noise of equal changes: call it 0.
  const spread = standardDeviation(changes);
  const sdChange = spread < 1e-12 ? 0 : spread;
  const df = n - 1;
  const halfWidth = studentTQuantile((1 + confidence) / 2, df) * (sdChange / Math.sqrt(n));
  const t = sdChange > 0 ? meanChange / (sdChange / Math.sqrt(n)) : null;
  return {
    ...means,
    sdChange,
    confidenceInterval: [meanChange - halfWidth, meanChange + halfWidth],
    t,
    df,
    pValue: t === null ? null : Math.min(1, 2 * studentTCdf(-Math.abs(t), df)),
    cohensDz: sdChange > 0 ? meanChange / sdChange : null,
  };
}

/**
 * Compares two waves of results of the same instrument, typically before and after a training
 * programme (or after and at follow-up). Respondents are paired by pseudonym. Per competence,
 * with valid scores only: for the respondents valid in both waves the mean change, its t-based
 * confidence interval, the paired t-test and Cohen's d_z; for the others the count and mean of
 * each wave alone.
 *
 * Anonymity: a statistic over fewer than `minGroupSize` respondents (but at least one) is
 * suppressed, its count included. An empty cell (n = 0) is shown, so that failed pairing (say,
 * pseudonyms that changed between waves) is visible. Input problems (a respondent twice in a
 * wave, a result of another instrument) never throw: they are listed in `issues` with a JSON
 * pointer into `{ baseline, post }`, and the results concerned are left out.
 *
 * @throws TypeError for malformed options (a programmer error).
 * @example
 * ```ts
 * const change = compareWaves(baselineResults, postResults, { minGroupSize: 5 });
 * for (const c of change.competences) {
 *   if (c.paired.stats) console.log(c.competence, c.paired.stats.meanChange, c.paired.stats.confidenceInterval);
 *   else console.log(c.competence, c.paired.suppressed.explanation);
 * }
 * ```
 */
export function compareWaves(
  baseline: readonly Result[],
  post: readonly Result[],
  options: CompareWavesOptions = {},
): WaveComparison {
  const parsed = Options.safeParse(options);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new TypeError(
      `Invalid compareWaves options at ${first.path.join('.') || '(root)'}: ${first.message}`,
    );
  }
  const minGroupSize = options.minGroupSize ?? 5;
  const confidence = options.confidence ?? 0.95;
  const issues: Issue[] = [];
  const waves = indexWaves({ baseline, post }, issues);

  // The competences in order of first appearance (a Set: this runs for every result).
  const seen = new Set<string>();
  for (const r of [...baseline, ...post]) for (const c of r.competences) seen.add(c.competence);
  const order = [...seen];
  // Each wave's valid scores per competence, read in one pass over the results rather than one
  // search of every result's competences per competence.
  const baselineScores = validScoresByCompetence(waves.baseline);
  const postScores = validScoresByCompetence(waves.post);
  const cell = <T>(n: number, compute: () => T): WaveCell<T> =>
    n > 0 && n < minGroupSize
      ? {
          stats: null,
          suppressed: {
            reason: 'below-threshold',
            explanation: `Fewer than ${minGroupSize} respondents: not shown, to protect their anonymity.`,
          },
        }
      : { stats: compute(), suppressed: null };
  const unpaired = (scores: number[]): UnpairedSummary => ({
    n: scores.length,
    mean: scores.length > 0 ? mean(scores) : null,
  });

  const competences = order.map((competence): CompetenceChange => {
    const before = baselineScores.get(competence) ?? new Map<string, number>();
    const after = postScores.get(competence) ?? new Map<string, number>();
    const pairs = [...before.keys()].filter((respondent) => after.has(respondent));
    const beforeOnly = [...before].filter(([r]) => !after.has(r)).map(([, s]) => s);
    const afterOnly = [...after].filter(([r]) => !before.has(r)).map(([, s]) => s);
    return {
      competence,
      paired: cell(pairs.length, () =>
        pairedChange(
          pairs.map((r) => before.get(r)!),
          pairs.map((r) => after.get(r)!),
          confidence,
        ),
      ),
      baselineOnly: cell(beforeOnly.length, () => unpaired(beforeOnly)),
      postOnly: cell(afterOnly.length, () => unpaired(afterOnly)),
    };
  });
  return { competences, issues, minGroupSize, confidence };
}
