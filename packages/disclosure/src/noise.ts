import type { Result } from '@competence-kit/schemas';
import type { DraftCell } from './cells.js';
import type { PublishedCompetence } from './statistics.js';

/** The confidence of the margins a noisy release states. */
export const NOISE_CONFIDENCE = 0.9;

/**
 * A draw of the two-sided geometric distribution (the discrete Laplace distribution): whole
 * numbers x with probability proportional to exp(−|x| / scale). The difference of two geometric
 * draws, each by inversion of a uniform number from `random`.
 */
export function discreteLaplace(scale: number, random: () => number): number {
  const logAlpha = -1 / scale;
  const geometric = () => Math.floor(Math.log(1 - random()) / logAlpha);
  return geometric() - geometric();
}

/**
 * The smallest m with P(|X| > m) ≤ 1 − confidence for X discrete Laplace of this scale:
 * P(|X| > m) = 2 α^(m+1) / (1 + α), with α = exp(−1 / scale).
 */
export function noiseMargin(scale: number, confidence = NOISE_CONFIDENCE): number {
  const alpha = Math.exp(-1 / scale);
  const m = Math.log(((1 - confidence) * (1 + alpha)) / 2) / Math.log(alpha) - 1;
  return Math.max(0, Math.ceil(m - 1e-9));
}

/** A score as whole hundredths: the sums that get noise are sums of these. */
const hundredths = (score: number) => Math.round(score * 100);

/**
 * The scales of a release's noise. One person changes, in each table and each phase they answered
 * in, one cell's count by 1, and per competence one cell's count of valid scores by 1 and its sum
 * of scores by at most 100 hundredths. The privacy loss ε is split in three equal parts (counts,
 * valid counts, sums) and each part over every figure one person can change: the sum of the
 * parts' losses is ε by the composition of the Laplace mechanism.
 */
export function noiseScales(epsilon: number, tables: number, phases: number, competences: number) {
  const part = epsilon / 3;
  const reach = tables * phases;
  return {
    count: reach / part,
    valid: (reach * Math.max(1, competences)) / part,
    sum: (100 * reach * Math.max(1, competences)) / part,
  };
}

/**
 * A cell with noise: its count and, per competence, the mean of valid scores as the noisy sum over
 * the noisy count of valid scores (shown only where that count is at least `k`, too uncertain
 * otherwise), each with the half-width of a 90 % interval. Nothing is hidden: the noise protects.
 */
export function noisyCell(
  cell: DraftCell,
  competences: readonly string[],
  scales: ReturnType<typeof noiseScales>,
  k: number,
  random: () => number,
): { n: number; nMargin: number; competences: PublishedCompetence[] } {
  const n = Math.max(0, cell.members.length + discreteLaplace(scales.count, random));
  const validMargin = noiseMargin(scales.valid);
  const sumMargin = noiseMargin(scales.sum);
  return {
    n,
    nMargin: noiseMargin(scales.count),
    competences: competences.map((competence) => {
      let valid = 0;
      let sum = 0;
      for (const result of cell.members as Result[]) {
        const c = result.competences.find((x) => x.competence === competence);
        if (!c || c.score === null) continue;
        valid++;
        sum += hundredths(c.score);
      }
      const noisyValid = valid + discreteLaplace(scales.valid, random);
      const noisySum = sum + discreteLaplace(scales.sum, random);
      if (noisyValid < k) return { competence, mean: null };
      const mean = Math.min(1, Math.max(0, noisySum / 100 / noisyValid));
      // |error| ≤ (sum error / 100 + mean × count error) / count, and the mean is at most 1.
      const meanMargin = (sumMargin / 100 + validMargin) / noisyValid;
      return { competence, mean, meanMargin: Math.min(1, meanMargin) };
    }),
  };
}
