import type { Framework, Instrument, Item } from '@competence-kit/schemas';
import { levelIndex } from '@competence-kit/model';

/**
 * The level scale an instrument's levels refer to, and the anchored rule's per-level verdicts,
 * shared by `scoreResponse` and `scoreBatch` so that both reach the same levels.
 */

/** Scores below a threshold by less than this still reach it (floating-point noise). */
export const EPSILON = 1e-9;

/**
 * The key under which level distributions (`aggregate`'s `levels`, published statistics) count
 * valid scores below the lowest level (anchored scoring: the lowest level's statements not
 * endorsed). No scale may have a level of this id.
 */
export const BELOW_SCALE = 'below-scale';

/** The ordered level ids: the instrument's own `scoring.scale`, or else the framework's scale. */
export function scaleLevels(instrument: Instrument, framework: Framework): string[] {
  const own = instrument.scoring.scale;
  return own ? own.levels.map((l) => l.id) : framework.scale.levels.map((l) => l.id);
}

/** Whether the instrument has levels of its own (to which role targets do not apply). */
export const hasOwnScale = (instrument: Instrument): boolean =>
  instrument.scoring.scale !== undefined;

/** Whether the instrument's levels come from anchored items rather than thresholds. */
export const isAnchored = (instrument: Instrument): boolean =>
  instrument.scoring.method === 'anchored';

/** A level's position on the instrument's scale (own or the framework's), or -1. */
export function scalePosition(instrument: Instrument, framework: Framework, id: string): number {
  const own = instrument.scoring.scale;
  return own ? own.levels.findIndex((l) => l.id === id) : levelIndex(framework, id);
}

/** The level an item is anchored to, if any. */
export const anchorOf = (item: Item): string | undefined => item.level;

/** The verdict on one level's anchored items (see `levelStatus`). */
export const ENDORSED = 0;
export const NOT_ENDORSED = 1;
export const UNKNOWN = 2;
export const NOT_ASKED = 3;
export const STATUS_NAMES = ['endorsed', 'not-endorsed', 'unknown', 'not-asked'] as const;

/**
 * The verdict on one level of a competence: `UNKNOWN` when fewer than `minShare` of its `total`
 * items (or none) are answered, `ENDORSED` when the weighted mean of the answered ones
 * (`weighted / weights`) is at least `endorsement`, `NOT_ENDORSED` otherwise. A level above the
 * respondent's role target (`aboveTarget`) is not shown to the role, so too few answers there
 * mean `NOT_ASKED`, not `UNKNOWN`.
 */
export function levelStatus(
  answered: number,
  total: number,
  weights: number,
  weighted: number,
  minShare: number,
  endorsement: number,
  aboveTarget: boolean,
): number {
  if (answered === 0 || answered / total + EPSILON < minShare)
    return aboveTarget ? NOT_ASKED : UNKNOWN;
  return weighted / weights + EPSILON >= endorsement ? ENDORSED : NOT_ENDORSED;
}
