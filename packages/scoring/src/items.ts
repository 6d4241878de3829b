import type { Answer, Instrument, Item, LikertScale } from '@competence-kit/schemas';

/**
 * The scoring key of one item, computed once from the instrument: how each possible answer
 * maps to raw points, and the lowest and highest raw points possible.
 */
export interface ItemKey {
  item: Item;
  /** The competence the item measures; `undefined` for unscored items. */
  competence: string | undefined;
  weight: number;
  rawMin: number;
  rawMax: number;
  /** Raw points of an answer value, or `undefined` when the value does not fit the item. */
  raw(value: Answer['value']): number | undefined;
}

/** The item's scored value, normalised to 0..1, and its raw points. */
export interface ItemScore {
  raw: number;
  rawMin: number;
  rawMax: number;
  /** `(raw − rawMin) / (rawMax − rawMin)`. */
  normalised: number;
}

/** All items of an instrument in order, across sections. */
export function itemsOf(instrument: Instrument): Item[] {
  return instrument.sections.flatMap((s) => s.items);
}

const pointsOf = (points: number | undefined) => points ?? 0;

/**
 * Multiple choice: the lowest and highest sums of points over every allowed number of chosen
 * options (`minSelected`..`maxSelected`), so the normalised score is exact under the limits.
 */
function multipleChoiceBounds(
  points: number[],
  minSelected: number,
  maxSelected: number,
): [number, number] {
  const ascending = [...points].sort((a, b) => a - b);
  const descending = [...ascending].reverse();
  let lo = Infinity;
  let hi = -Infinity;
  let low = 0;
  let high = 0;
  for (let count = 0; count <= points.length; count++) {
    if (count > 0) {
      low += ascending[count - 1]!;
      high += descending[count - 1]!;
    }
    if (count < minSelected || count > maxSelected) continue;
    lo = Math.min(lo, low);
    hi = Math.max(hi, high);
  }
  return [lo, hi];
}

/**
 * Builds the scoring key of an item, or `undefined` for an item that is not scored (free text,
 * choices without points, a ranking without key, an item without competence).
 *
 * The arithmetic, per item type:
 * - **Likert** on a scale `min..max`: raw = the rating, or `min + max − rating` when reverse-keyed.
 * - **Single choice and situational judgement**: raw = the chosen option's points (missing points
 *   count 0); bounds are the lowest and highest option points.
 * - **Multiple choice**: raw = the sum of the chosen options' points; bounds are the lowest and
 *   highest sums reachable within `minSelected`..`maxSelected`. A choice that does not fit the
 *   item (an option twice, an unknown one, too few or too many) is no answer.
 * - **Ranking** with a key of `n` options: raw = `D_max − D`, where `D` is Spearman's footrule
 *   distance `Σ |position in answer − position in key|` and `D_max = ⌊n² / 2⌋`.
 *
 * The normalised score is `(raw − rawMin) / (rawMax − rawMin)`.
 */
export function itemKey(item: Item, scales: ReadonlyMap<string, LikertScale>): ItemKey | undefined {
  const competence = item.competence;
  const weight = item.weight ?? 1;
  if (competence === undefined) return undefined;
  switch (item.type) {
    case 'likert': {
      const scale = scales.get(item.scale);
      if (!scale) return undefined;
      const { min, max } = scale;
      return {
        item,
        competence,
        weight,
        rawMin: min,
        rawMax: max,
        raw: (value) =>
          typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
            ? item.reverse
              ? min + max - value
              : value
            : undefined,
      };
    }
    case 'single-choice':
    case 'situational-judgement': {
      if (!item.options.some((o) => o.points !== undefined)) return undefined;
      const points = new Map(item.options.map((o) => [o.id, pointsOf(o.points)]));
      const values = [...points.values()];
      return {
        item,
        competence,
        weight,
        rawMin: Math.min(...values),
        rawMax: Math.max(...values),
        raw: (value) => (typeof value === 'string' ? points.get(value) : undefined),
      };
    }
    case 'multiple-choice': {
      if (!item.options.some((o) => o.points !== undefined)) return undefined;
      const points = new Map(item.options.map((o) => [o.id, pointsOf(o.points)]));
      const minSelected = item.minSelected ?? 0;
      const maxSelected = item.maxSelected ?? item.options.length;
      const [rawMin, rawMax] = multipleChoiceBounds([...points.values()], minSelected, maxSelected);
      return {
        item,
        competence,
        weight,
        rawMin,
        rawMax,
        // An answer that does not fit the item (an unknown option, one chosen twice, fewer or
        // more than minSelected..maxSelected) is no answer, as answerMisfit says.
        raw: (value) => {
          if (!Array.isArray(value) || value.length < minSelected || value.length > maxSelected)
            return undefined;
          let sum = 0;
          for (let i = 0; i < value.length; i++) {
            const p = points.get(value[i] as string);
            if (p === undefined) return undefined;
            for (let j = 0; j < i; j++) if (value[j] === value[i]) return undefined;
            sum += p;
          }
          return sum;
        },
      };
    }
    case 'ranking': {
      if (!item.key) return undefined;
      const keyPosition = new Map(item.key.map((id, i) => [id, i]));
      const n = item.key.length;
      const dMax = Math.floor((n * n) / 2);
      return {
        item,
        competence,
        weight,
        rawMin: 0,
        rawMax: dMax,
        raw: (value) => {
          if (!Array.isArray(value) || value.length !== n) return undefined;
          let d = 0;
          for (let i = 0; i < n; i++) {
            const k = keyPosition.get(value[i]!);
            if (k === undefined) return undefined;
            d += Math.abs(i - k);
          }
          return dMax - d;
        },
      };
    }
    case 'free-text':
      return undefined;
  }
}

/** The scoring keys of every scored item of an instrument, by item id, in instrument order. */
export function itemKeys(instrument: Instrument): Map<string, ItemKey> {
  const scales = new Map((instrument.likertScales ?? []).map((s) => [s.id, s]));
  const keys = new Map<string, ItemKey>();
  for (const item of itemsOf(instrument)) {
    const key = itemKey(item, scales);
    if (key) keys.set(item.id, key);
  }
  return keys;
}

/**
 * What stands for the answer to an item answered more than once: no answer, since which one was
 * meant is not known. The one rule of every scoring function (scoreResponse, encodeResponses and
 * so scoreBatch, reliability); parseResponse rejects such a response with `duplicate-answer`.
 */
export const AMBIGUOUS: Answer = Object.freeze({ item: '', skipped: true }) as Answer;

/** A response's answers by item id; an item answered more than once maps to {@link AMBIGUOUS}. */
export function answersByItem(answers: readonly Answer[]): Map<string, Answer> {
  const byItem = new Map<string, Answer>();
  for (const answer of answers)
    byItem.set(answer.item, byItem.has(answer.item) ? AMBIGUOUS : answer);
  return byItem;
}

/**
 * Scores one answer to one item: raw points, bounds and the normalised score, or `undefined`
 * when the answer is skipped or does not fit the item.
 *
 * @example
 * ```ts
 * const keys = itemKeys(instrument);
 * scoreItem(keys.get('pl-2')!, { item: 'pl-2', value: 2 }); // reverse-keyed on 1..5: raw 4, normalised 0.75
 * ```
 */
export function scoreItem(key: ItemKey, answer: Answer | undefined): ItemScore | undefined {
  if (!answer || answer.skipped || answer.value === undefined) return undefined;
  const raw = key.raw(answer.value);
  if (raw === undefined) return undefined;
  const span = key.rawMax - key.rawMin;
  return {
    raw,
    rawMin: key.rawMin,
    rawMax: key.rawMax,
    normalised: span > 0 ? (raw - key.rawMin) / span : 0,
  };
}
