import * as z from 'zod/mini';
import type { Answer, Instrument, Issue, Response } from '@competence-kit/schemas';
import { answersByItem, itemKeys, scoreItem, type ItemKey } from './items.js';
import { mean, pearson, standardDeviation, variance } from './stats.js';

const Options = z.object({ weighted: z.optional(z.boolean()) });

/**
 * Options of {@link reliability}.
 *
 * @example
 * ```ts
 * reliability(instrument, responses, { weighted: true });
 * ```
 */
export interface ReliabilityOptions {
  /**
   * Multiply each item's normalised score by its `weight` before the analysis, so that alpha
   * estimates the reliability of the competence score as the instrument computes it (a weighted
   * mean). Default false: classical item analysis on unweighted scores, comparable with SPSS,
   * R's `psych::alpha` and other tools authors check against. With equal weights both agree.
   */
  weighted?: boolean;
}

/**
 * Statistics of one item within its scale, over the respondents used.
 *
 * @example
 * ```ts
 * const weak = scale.items.filter((i) => (i.correctedItemTotal ?? 1) < 0.2);
 * ```
 */
export interface ItemAnalysis {
  /** The item's id. */
  item: string;
  /** Whether the item is reverse-keyed; its scores are reflected before the analysis. */
  reverse: boolean;
  /** The item's weight in the competence score (used only with `weighted`). */
  weight: number;
  /** Mean normalised (0..1) item score; null with fewer than 3 respondents used. */
  mean: number | null;
  /** Sample standard deviation of the normalised item score; null with fewer than 3 used. */
  sd: number | null;
  /**
   * Corrected item-total correlation: Pearson's r between the item and the sum of the OTHER
   * items of the scale. Null with fewer than 2 items or 3 respondents, or when the item or the
   * rest is constant. Negative values often point to a reverse-keyed item not marked as such.
   */
  correctedItemTotal: number | null;
  /** Cronbach's alpha of the scale without this item; null when it cannot be estimated for the
   * remaining items (fewer than 2 remain, fewer than 3 respondents, or a constant total). */
  alphaIfDeleted: number | null;
}

/**
 * Why alpha could not be estimated.
 *
 * @example
 * ```ts
 * if (scale.reason === 'too-few-respondents') console.log('Collect more pilot responses.');
 * ```
 */
export type AlphaUnavailable =
  /** The scale has fewer than 2 scored items. */
  | 'too-few-items'
  /** Fewer than 3 respondents answered every item of the scale. */
  | 'too-few-respondents'
  /** Every respondent used has the same total: the variance of the total is 0. */
  | 'no-variance';

/**
 * The internal consistency of one competence's scale.
 *
 * @example
 * ```ts
 * console.log(`${scale.competence}: α = ${scale.alpha?.toFixed(2) ?? scale.reason} (n = ${scale.used})`);
 * ```
 */
export interface ScaleReliability {
  /** The competence whose scored items form the scale. */
  competence: string;
  /** The scale's scored items, in instrument order. */
  items: ItemAnalysis[];
  /** Respondents who answered every item of the scale: the ones analysed (listwise deletion). */
  used: number;
  /** Responses left out because an item of the scale was skipped or its answer did not fit. */
  excluded: number;
  /** Cronbach's alpha, `k/(k−1)·(1 − Σσᵢ²/σ²_total)`; null when `reason` says why. */
  alpha: number | null;
  /** Why `alpha` is null; null when it is estimated. */
  reason: AlphaUnavailable | null;
}

/**
 * The result of {@link reliability}.
 *
 * @example
 * ```ts
 * const { scales, issues } = reliability(instrument, responses);
 * ```
 */
export interface ReliabilityReport {
  /** One scale per competence with scored items, in instrument order. */
  scales: ScaleReliability[];
  /** Responses left out (another instrument or version), with a JSON pointer `/responses/i`. */
  issues: Issue[];
  /** Whether item weights were applied. */
  weighted: boolean;
}

/** Cronbach's alpha of item columns (one array per item, same respondents), or why not. */
function alphaOf(columns: readonly number[][]): {
  alpha: number | null;
  reason: AlphaUnavailable | null;
} {
  const k = columns.length;
  if (k < 2) return { alpha: null, reason: 'too-few-items' };
  const n = columns[0]!.length;
  if (n < 3) return { alpha: null, reason: 'too-few-respondents' };
  const totals = Array.from({ length: n }, (_, r) => columns.reduce((s, c) => s + c[r]!, 0));
  const totalVariance = variance(totals);
  // Totals that differ only by rounding are constant; 1e-12 is far below any real spread.
  if (totalVariance <= 1e-12) return { alpha: null, reason: 'no-variance' };
  const itemVariance = columns.reduce((s, c) => s + variance(c), 0);
  return { alpha: (k / (k - 1)) * (1 - itemVariance / totalVariance), reason: null };
}

function analyseScale(
  competence: string,
  keys: readonly ItemKey[],
  answers: readonly ReadonlyMap<string, Answer>[],
  weighted: boolean,
): ScaleReliability {
  // Listwise: a respondent is used only with a fitting answer to every item of the scale.
  const rows: number[][] = [];
  for (const byItem of answers) {
    const row = keys.map((key) => scoreItem(key, byItem.get(key.item.id))?.normalised);
    if (row.every((v) => v !== undefined)) rows.push(row as number[]);
  }
  const enough = rows.length >= 3;
  const scores = keys.map((_, j) => rows.map((row) => row[j]!));
  const columns = scores.map((c, j) => (weighted ? c.map((v) => v * keys[j]!.weight) : c));
  const { alpha, reason } = alphaOf(columns);
  const items = keys.map((key, j): ItemAnalysis => {
    const others = columns.filter((_, i) => i !== j);
    const rest = rows.map((_, r) => others.reduce((s, c) => s + c[r]!, 0));
    return {
      item: key.item.id,
      reverse: key.item.type === 'likert' && key.item.reverse === true,
      weight: key.weight,
      mean: enough ? mean(scores[j]!) : null,
      sd: enough ? standardDeviation(scores[j]!) : null,
      correctedItemTotal: enough && others.length > 0 ? pearson(columns[j]!, rest) : null,
      alphaIfDeleted: enough ? alphaOf(others).alpha : null,
    };
  });
  return {
    competence,
    items,
    used: rows.length,
    excluded: answers.length - rows.length,
    alpha,
    reason,
  };
}

/**
 * Internal consistency of an instrument's scales, for its authors: for each competence, the
 * scale of its scored items (normalised item scores, reverse-keyed items reflected, as in
 * `scoreItem`), analysed over the respondents who answered every item of the scale (listwise
 * deletion; the numbers used and excluded are reported). Per scale Cronbach's alpha; per item
 * the mean, sd, corrected item-total correlation and alpha if the item is deleted.
 *
 * Items enter unweighted by default, because alpha and item-total correlations are item
 * analysis: they judge the items, and authors compare them with other tools. Pass
 * `weighted: true` for the reliability of the weighted competence score itself (alpha remains
 * a lower bound of a weighted composite's reliability when errors are uncorrelated).
 *
 * Alpha is null, with a reason, for scales of fewer than 2 items, fewer than 3 complete
 * respondents, or a constant total. Responses to another instrument or version are listed in
 * `issues` and left out. Item statistics are not anonymised beyond the 3-respondent minimum: run
 * it on pilot data, not to publish.
 *
 * @throws TypeError for malformed options (a programmer error).
 * @example
 * ```ts
 * const report = reliability(instrument, pilotResponses);
 * for (const scale of report.scales) {
 *   console.log(scale.competence, scale.alpha ?? scale.reason, `${scale.used} used, ${scale.excluded} excluded`);
 *   for (const item of scale.items) console.log(' ', item.item, item.correctedItemTotal, item.alphaIfDeleted);
 * }
 * ```
 */
export function reliability(
  instrument: Instrument,
  responses: readonly Response[],
  options: ReliabilityOptions = {},
): ReliabilityReport {
  const parsed = Options.safeParse(options);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new TypeError(
      `Invalid reliability options at ${first.path.join('.') || '(root)'}: ${first.message}`,
    );
  }
  const weighted = options.weighted ?? false;
  const issues: Issue[] = [];
  const answers: Map<string, Answer>[] = [];
  responses.forEach((response, i) => {
    const { id, version } = response.instrument;
    if (id !== instrument.id || version !== instrument.version) {
      issues.push({
        path: `/responses/${i}/instrument`,
        code: 'instrument-mismatch',
        message: `Response to "${id}" ${version}, not to "${instrument.id}" ${instrument.version}; left out.`,
      });
      return;
    }
    answers.push(answersByItem(response.answers));
  });

  const scales = new Map<string, ItemKey[]>();
  for (const key of itemKeys(instrument).values()) {
    if (key.competence === undefined) continue;
    scales.set(key.competence, [...(scales.get(key.competence) ?? []), key]);
  }
  return {
    scales: [...scales].map(([competence, keys]) =>
      analyseScale(competence, keys, answers, weighted),
    ),
    issues,
    weighted,
  };
}
