import type {
  Answer,
  CompetenceScore,
  Framework,
  Instrument,
  LevelEndorsement,
  LevelThreshold,
  Response,
  Result,
} from '@competence-kit/schemas';
import { getRoleProfile, levelIndex } from '@competence-kit/model';
import { AMBIGUOUS, itemKeys, type ItemKey } from './items.js';
import {
  ENDORSED,
  EPSILON,
  STATUS_NAMES,
  UNKNOWN,
  hasOwnScale,
  isAnchored,
  levelStatus,
  scaleLevels,
  scalePosition,
} from './levels.js';

export { EPSILON };

interface CompiledInstrument {
  keys: Map<string, ItemKey>;
  /** Position of each scored item's key in `keyList`, by item id. */
  keyIndex: Map<string, number>;
  keyList: ItemKey[];
  /** The item id of each key in `keyList` (compared per answer: one array, one shape). */
  keyIds: string[];
  /** Per competence (in `competences` order): the positions of its keys in `keyList`. */
  positions: number[][];
  /** Per competence (in `competences` order): its thresholds. */
  thresholdList: (readonly LevelThreshold[])[];
  /** Positions of level ids on the framework's scale, filled as they are met. */
  levelPositions: Map<string, number>;
  /** Per competence (in `competences` order): the scale position of each threshold's level. */
  thresholdPositions: number[][];
  /** Per role profile id met so far: its target and the target's position, per competence. */
  roleTargets: Map<string, RoleTargets>;
  /** Scratch: the answer to each key of the response being scored. */
  scratch: (Answer | undefined)[];
  /** Competence ids with scored items, in framework order. */
  competences: string[];
  /** Keys by competence, in instrument order. */
  byCompetence: Map<string, ItemKey[]>;
  thresholds: (competence: string) => readonly LevelThreshold[];
  /** The instrument's method is `anchored`. */
  anchored: boolean;
  /** The levels are the instrument's own (`scoring.scale`): role targets do not apply. */
  own: boolean;
  /** The `anchored` method's endorsement (0 with `thresholds`). */
  endorsement: number;
  /** The ids of the scale's levels, from the lowest. */
  scale: string[];
  /** Per key in `keyList`: the position on the scale of the level its item is anchored to, or -1. */
  anchors: Int32Array;
  /** Per competence (in `competences` order) and level: how many of its items are anchored there. */
  levelTotals: number[][];
  /** Scratch of the anchored method: weights, weighted sums and counts per level. */
  levelWeights: Float64Array;
  levelWeighted: Float64Array;
  levelAnswered: Int32Array;
  /**
   * Per key in `keyList`, for the inline Likert arithmetic of `scoreResponse`: 1 for a Likert
   * item (0 for any other, scored through its key's `raw`), 2 for a reverse-keyed one.
   */
  likert: Uint8Array;
}

/** A role profile's targets, aligned with a compiled instrument's competences. */
interface RoleTargets {
  levels: (string | null)[];
  positions: number[];
}

const compiled = new WeakMap<Instrument, WeakMap<Framework, CompiledInstrument>>();

/** Builds (once per instrument and framework object) what scoring needs. */
export function compileInstrument(
  instrument: Instrument,
  framework: Framework,
): CompiledInstrument {
  let perFramework = compiled.get(instrument);
  if (!perFramework) compiled.set(instrument, (perFramework = new WeakMap()));
  let c = perFramework.get(framework);
  if (!c) {
    const keys = itemKeys(instrument);
    const byCompetence = new Map<string, ItemKey[]>();
    for (const key of keys.values())
      byCompetence.set(key.competence!, [...(byCompetence.get(key.competence!) ?? []), key]);
    const order = new Map(framework.competences.map((comp, i) => [comp.id, i]));
    const competences = [...byCompetence.keys()].sort(
      (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity),
    );
    const perCompetence = instrument.scoring.competenceThresholds ?? {};
    const general = instrument.scoring.thresholds ?? [];
    const keyList = [...keys.values()];
    const keyIndex = new Map(keyList.map((key, i) => [key.item.id, i]));
    const thresholdList = competences.map((comp) => perCompetence[comp] ?? general);
    const scale = scaleLevels(instrument, framework);
    const anchors = Int32Array.from(keyList, (key) =>
      key.item.level === undefined ? -1 : scalePosition(instrument, framework, key.item.level),
    );
    c = {
      keys,
      keyIndex,
      keyList,
      keyIds: keyList.map((key) => key.item.id),
      positions: competences.map((comp) =>
        byCompetence.get(comp)!.map((key) => keyIndex.get(key.item.id)!),
      ),
      thresholdList,
      levelPositions: new Map(),
      thresholdPositions: thresholdList.map((list) =>
        list.map((t) => scalePosition(instrument, framework, t.level)),
      ),
      roleTargets: new Map(),
      scratch: new Array<Answer | undefined>(keyList.length).fill(undefined),
      competences,
      byCompetence,
      thresholds: (competence) => perCompetence[competence] ?? general,
      anchored: isAnchored(instrument),
      own: hasOwnScale(instrument),
      endorsement: instrument.scoring.endorsement ?? 0,
      scale,
      anchors,
      levelTotals: competences.map((comp) => {
        const totals = new Array<number>(scale.length).fill(0);
        for (const key of byCompetence.get(comp)!) {
          const at = anchors[keyIndex.get(key.item.id)!]!;
          if (at >= 0) totals[at]!++;
        }
        return totals;
      }),
      levelWeights: new Float64Array(scale.length),
      levelWeighted: new Float64Array(scale.length),
      levelAnswered: new Int32Array(scale.length),
      likert: Uint8Array.from(keyList, (key) =>
        key.item.type === 'likert' ? (key.item.reverse ? 2 : 1) : 0,
      ),
    };
    perFramework.set(framework, c);
  }
  return c;
}

/** `levelIndex`, remembered per compiled instrument (it runs twice per competence and response). */
function positionOf(c: CompiledInstrument, framework: Framework, level: string): number {
  let position = c.levelPositions.get(level);
  if (position === undefined)
    c.levelPositions.set(level, (position = levelIndex(framework, level)));
  return position;
}

/**
 * The targets of role profile `id` per competence of `c`, with their positions; `undefined` for
 * no role or a role the framework does not have. Remembered: responses share a few roles.
 */
function roleTargetsOf(
  c: CompiledInstrument,
  framework: Framework,
  id: string | undefined,
): RoleTargets | undefined {
  // Targets are framework levels; an instrument's own levels cannot be compared with them.
  if (id === undefined || c.own) return undefined;
  let found = c.roleTargets.get(id);
  if (!found) {
    const targets = getRoleProfile(framework, id)?.targets;
    if (!targets) return undefined;
    const levels = c.competences.map((competence) => targets[competence] ?? null);
    found = {
      levels,
      positions: levels.map((level) => (level === null ? -1 : positionOf(c, framework, level))),
    };
    c.roleTargets.set(id, found);
  }
  return found;
}

/** The index of the threshold a normalised score reaches (the highest at or below it), or -1. */
function thresholdAt(score: number, thresholds: readonly LevelThreshold[]): number {
  let at = -1;
  for (let i = 0; i < thresholds.length; i++) if (score + EPSILON >= thresholds[i]!.min) at = i;
  return at;
}

/** The level a normalised score reaches: the highest threshold at or below it. */
export function levelFor(score: number, thresholds: readonly LevelThreshold[]): string | null {
  const at = thresholdAt(score, thresholds);
  return at < 0 ? null : thresholds[at]!.level;
}

/**
 * The anchored rule for competence `ci` of `c`, from the per-level sums in `c`'s scratch: each
 * level's verdict (`levelStatus`), returned; the position of the highest level endorsed together
 * with every level below it (-1: the lowest is not endorsed) and whether the climb met no
 * unknown level, in `anchoredVerdict`.
 * `targetPosition` is the role's target on the framework's scale (-1 without one): levels above
 * it are not shown to the role.
 */
function anchoredLevel(
  c: CompiledInstrument,
  ci: number,
  minShare: number,
  targetPosition: number,
): LevelEndorsement[] {
  const totals = c.levelTotals[ci]!;
  const levels: LevelEndorsement[] = new Array<LevelEndorsement>(totals.length);
  let valid = true;
  let position = -1;
  let climbing = true;
  for (let l = 0; l < totals.length; l++) {
    const answered = c.levelAnswered[l]!;
    const weights = c.levelWeights[l]!;
    const status = levelStatus(
      answered,
      totals[l]!,
      weights,
      c.levelWeighted[l]!,
      minShare,
      c.endorsement,
      targetPosition >= 0 && l > targetPosition,
    );
    // Climbing from the lowest level: the first level not endorsed (or not asked) ends the
    // climb and fixes the level, so what lies above it cannot change the result; a level
    // with too few answers before that point leaves the level unknown: not valid.
    if (climbing) {
      if (status === ENDORSED) position = l;
      else {
        if (status === UNKNOWN) valid = false;
        climbing = false;
      }
    }
    levels[l] = {
      level: c.scale[l]!,
      answered,
      total: totals[l]!,
      score: answered === 0 ? null : Math.min(1, Math.max(0, c.levelWeighted[l]! / weights)),
      status: STATUS_NAMES[status]!,
    };
  }
  // The verdict beside the list, without an object per competence (read right after the call).
  anchoredVerdict.valid = valid;
  anchoredVerdict.position = position;
  return levels;
}

/** What the last `anchoredLevel` call decided: validity and the scale position reached. */
const anchoredVerdict = { valid: true, position: -1 };

/**
 * Scores one response, per competence and overall.
 *
 * Per competence, over its scored items that were answered (skipped items and answers that do
 * not fit their item count as not answered; use `parseResponse` first to reject those):
 * - `score` = Σ wᵢ·sᵢ / Σ wᵢ, the weighted mean of the normalised item scores sᵢ (see
 *   `itemKey` for each item type), in 0..1;
 * - `raw` = Σ wᵢ·rawᵢ, with `rawMin`/`rawMax` the same sums of each item's bounds;
 * - `valid` when answered / total ≥ the instrument's `minAnsweredShare` and at least one item is
 *   answered; `score`, `level` and `gap` are null otherwise;
 * - `level`, with the method `thresholds` (the default): the highest threshold (the competence's
 *   own, or the instrument's) at or below the score;
 * - `level`, with the method `anchored`: per level L of the scale, the answered items anchored at
 *   L are endorsed when at least `minAnsweredShare` of L's items are answered and their weighted
 *   mean is at least `endorsement`; the level is the highest L endorsed together with every level
 *   below it (`levels` lists each level's verdict). A level with too few answers, reached
 *   while climbing (every level below it endorsed), makes the result not valid; above the first
 *   level not endorsed it cannot change the level and does not matter; above the role's target
 *   the role is not asked (the level then stops there). When the lowest level is not endorsed, `level` is null with `valid`
 *   true: below the scale;
 * - `target`: the respondent's role profile's target; `gap` = position(target) − position(level)
 *   on the framework's scale (position −1 below the scale): positive below target, 0 or
 *   negative when met. With an instrument's own scale (`scoring.scale`) levels are its own, and
 *   `target` and `gap` are null.
 *
 * Items are summed in instrument order, so the order of the answers never changes a score.
 *
 * @example
 * ```ts
 * const result = scoreResponse(instrument, framework, response);
 * result.competences.filter((c) => (c.gap ?? 0) > 0); // where training is needed
 * ```
 */
export function scoreResponse(
  instrument: Instrument,
  framework: Framework,
  response: Response,
): Result {
  const c = compileInstrument(instrument, framework);
  const { keyIndex, keyList, keyIds, scratch, likert } = c;
  // Each scored item's answer; an item answered twice counts as not answered (AMBIGUOUS).
  const list = response.answers;
  let skipped = 0;
  // As in parseResponse: answers usually follow the instrument's order, so the key after the
  // last one found is tried before the lookup (items that are not scored still need it).
  let guess = 0;
  for (let i = 0; i < list.length; i++) {
    const answer = list[i]!;
    if (answer.skipped) skipped++;
    const k =
      guess < keyIds.length && keyIds[guess] === answer.item ? guess : keyIndex.get(answer.item);
    if (k !== undefined) {
      // An item answered twice is not answered: which answer was meant is not known.
      scratch[k] = scratch[k] === undefined ? answer : AMBIGUOUS;
      guess = k + 1;
    }
  }
  const targets = roleTargetsOf(c, framework, response.roleProfile || undefined);
  const minShare = instrument.scoring.minAnsweredShare;

  let answeredItems = 0;
  let totalItems = 0;
  // The summary's sums, kept in the same loop.
  let validCompetences = 0;
  let scoreSum = 0;
  let belowTarget = 0;
  const competences: CompetenceScore[] = new Array<CompetenceScore>(c.competences.length);
  for (let ci = 0; ci < competences.length; ci++) {
    const competence = c.competences[ci]!;
    const positions = c.positions[ci]!;
    let weights = 0;
    let weighted = 0;
    let raw = 0;
    let rawMin = 0;
    let rawMax = 0;
    let answered = 0;
    const anchored = c.anchored;
    if (anchored) {
      // A loop rather than three fill() calls: four levels, per competence and response.
      for (let l = 0; l < c.levelAnswered.length; l++) {
        c.levelWeights[l] = 0;
        c.levelWeighted[l] = 0;
        c.levelAnswered[l] = 0;
      }
    }
    for (let p = 0; p < positions.length; p++) {
      // The arithmetic of scoreItem, inlined: this loop runs for every item of every response.
      const at = positions[p]!;
      const answer = scratch[at];
      if (!answer || answer.skipped) continue;
      const value = answer.value;
      if (value === undefined) continue;
      const key = keyList[at]!;
      // A Likert rating as its key's `raw` reads it, without the call (most items are Likert).
      const kind = likert[at]!;
      const itemRaw =
        kind === 0
          ? key.raw(value)
          : typeof value === 'number' &&
              Number.isInteger(value) &&
              value >= key.rawMin &&
              value <= key.rawMax
            ? kind === 2
              ? key.rawMin + key.rawMax - value
              : value
            : undefined;
      if (itemRaw === undefined) continue;
      const span = key.rawMax - key.rawMin;
      const normalised = span > 0 ? (itemRaw - key.rawMin) / span : 0;
      answered++;
      weights += key.weight;
      weighted += key.weight * normalised;
      if (anchored) {
        const level = c.anchors[at]!;
        if (level >= 0) {
          c.levelAnswered[level]!++;
          c.levelWeights[level]! += key.weight;
          c.levelWeighted[level]! += key.weight * normalised;
        }
      }
      raw += key.weight * itemRaw;
      rawMin += key.weight * key.rawMin;
      rawMax += key.weight * key.rawMax;
    }
    const total = positions.length;
    answeredItems += answered;
    totalItems += total;
    const target = targets ? targets.levels[ci]! : null;
    let valid: boolean;
    let level: string | null = null;
    // The level's position on the scale; -1 below the lowest level (a valid score, no level).
    let position = -1;
    let levels: LevelEndorsement[] | undefined;
    if (anchored) {
      levels = anchoredLevel(c, ci, minShare, target === null ? -1 : targets!.positions[ci]!);
      valid = answered > 0 && anchoredVerdict.valid;
      position = anchoredVerdict.position;
      if (valid && position >= 0) level = c.scale[position]!;
    } else {
      valid = answered > 0 && answered / total + EPSILON >= minShare;
    }
    const score = valid ? Math.min(1, Math.max(0, weighted / weights)) : null;
    if (!anchored && score !== null) {
      const thresholds = c.thresholdList[ci]!;
      const at = thresholdAt(score, thresholds);
      if (at >= 0) {
        level = thresholds[at]!.level;
        position = c.thresholdPositions[ci]![at]!;
      }
    }
    // Below the scale (valid, no level) the gap counts from one step below the lowest level.
    const gap = valid && target !== null ? targets!.positions[ci]! - position : null;
    if (score !== null) {
      validCompetences++;
      scoreSum += score;
      if (gap !== null && gap > 0) belowTarget++;
    }
    // Built with `levels` in place, not added afterwards: a property added to an object already
    // built changes its shape and may allocate a second store for it, per competence.
    competences[ci] = levels
      ? {
          competence,
          score,
          raw,
          rawMin,
          rawMax,
          answered,
          total,
          valid,
          level,
          target,
          gap,
          levels,
        }
      : { competence, score, raw, rawMin, rawMax, answered, total, valid, level, target, gap };
  }
  scratch.fill(undefined);

  const result: Result = {
    instrument: { id: instrument.id, version: instrument.version },
    framework: { id: framework.id, version: framework.version },
    respondent: response.respondent,
    phase: response.phase,
    competences,
    summary: {
      answered: answeredItems,
      skipped,
      total: totalItems,
      validCompetences,
      meanScore: validCompetences === 0 ? null : scoreSum / validCompetences,
      belowTarget,
    },
  };
  if (response.id !== undefined) result.responseId = response.id;
  for (const field of ['roleProfile', 'unit', 'territory', 'group', 'submittedAt'] as const) {
    if (response[field] !== undefined) result[field] = response[field];
  }
  return result;
}
