import type {
  Answer,
  CompetenceScore,
  Framework,
  Instrument,
  LevelThreshold,
  Response,
  Result,
} from '@competence-kit/schemas';
import { getRoleProfile, levelIndex } from '@competence-kit/model';
import { AMBIGUOUS, itemKeys, type ItemKey } from './items.js';

/** Scores below a threshold by less than this still reach it (floating-point noise). */
export const EPSILON = 1e-9;

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
    const keyList = [...keys.values()];
    const keyIndex = new Map(keyList.map((key, i) => [key.item.id, i]));
    const thresholdList = competences.map(
      (comp) => perCompetence[comp] ?? instrument.scoring.thresholds,
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
        list.map((t) => levelIndex(framework, t.level)),
      ),
      roleTargets: new Map(),
      scratch: new Array<Answer | undefined>(keyList.length).fill(undefined),
      competences,
      byCompetence,
      thresholds: (competence) => perCompetence[competence] ?? instrument.scoring.thresholds,
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
  if (id === undefined) return undefined;
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
 * Scores one response, per competence and overall.
 *
 * Per competence, over its scored items that were answered (skipped items and answers that do
 * not fit their item count as not answered; use `parseResponse` first to reject those):
 * - `score` = Σ wᵢ·sᵢ / Σ wᵢ, the weighted mean of the normalised item scores sᵢ (see
 *   `itemKey` for each item type), in 0..1;
 * - `raw` = Σ wᵢ·rawᵢ, with `rawMin`/`rawMax` the same sums of each item's bounds;
 * - `valid` when answered / total ≥ the instrument's `minAnsweredShare` and at least one item is
 *   answered; `score`, `level` and `gap` are null otherwise;
 * - `level`: the highest threshold (the competence's own, or the instrument's) at or below the score;
 * - `target`: the respondent's role profile's target; `gap` = position(target) − position(level)
 *   on the framework's scale: positive below target, 0 or negative when met.
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
  const { keyIndex, keyList, keyIds, scratch } = c;
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
    for (let p = 0; p < positions.length; p++) {
      // The arithmetic of scoreItem, inlined: this loop runs for every item of every response.
      const key = keyList[positions[p]!]!;
      const answer = scratch[positions[p]!];
      if (!answer || answer.skipped || answer.value === undefined) continue;
      const itemRaw = key.raw(answer.value);
      if (itemRaw === undefined) continue;
      const span = key.rawMax - key.rawMin;
      answered++;
      weights += key.weight;
      weighted += key.weight * (span > 0 ? (itemRaw - key.rawMin) / span : 0);
      raw += key.weight * itemRaw;
      rawMin += key.weight * key.rawMin;
      rawMax += key.weight * key.rawMax;
    }
    const total = positions.length;
    answeredItems += answered;
    totalItems += total;
    const valid = answered > 0 && answered / total + EPSILON >= minShare;
    const score = valid ? Math.min(1, Math.max(0, weighted / weights)) : null;
    const thresholds = c.thresholdList[ci]!;
    const at = score === null ? -1 : thresholdAt(score, thresholds);
    const level = at < 0 ? null : thresholds[at]!.level;
    const target = targets ? targets.levels[ci]! : null;
    const gap =
      level !== null && target !== null
        ? targets!.positions[ci]! - c.thresholdPositions[ci]![at]!
        : null;
    if (score !== null) {
      validCompetences++;
      scoreSum += score;
      if (gap !== null && gap > 0) belowTarget++;
    }
    competences[ci] = {
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
    };
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
