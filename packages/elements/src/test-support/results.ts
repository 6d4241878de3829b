import { framework, staffSelfAssessment } from '@competence-kit/framework-intercultural';
import {
  compareWaves,
  itemKeys,
  scoreResponse,
  type WaveComparison,
} from '@competence-kit/scoring';
import type { Answer, Framework, Phase, Response, Result } from '@competence-kit/schemas';

/**
 * Synthetic results of the real staff self-assessment, scored with the real engine, for the
 * tests and stories of the result elements (radar, profile, wave comparison). Seeded, so every
 * run draws the same people.
 */
export { framework, staffSelfAssessment };

/** mulberry32: a small seeded generator, good enough for plausible answers. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const keys = itemKeys(staffSelfAssessment);
const LEVELS = framework.scale.levels.map((l) => l.id);

/** Options of {@link syntheticResponse}. */
export interface SyntheticOptions {
  respondent?: string;
  roleProfile?: string;
  phase?: Phase;
  /** Draws the person's abilities and answers. */
  seed?: number;
  /** Added to every ability (0..1 scale), for a wave after training. */
  shift?: number;
  /** Competences left unanswered, so their scores are invalid. */
  skip?: readonly string[];
}

/**
 * A response in which each answer lies near the person's ability in its competence: for each
 * item the answer whose normalised score is closest to the ability plus some noise. Multiple
 * choice and ranking items are left unanswered (each competence has enough other items).
 */
export function syntheticResponse({
  respondent = 'r-0001',
  roleProfile = 'front-desk',
  phase = 'baseline',
  seed = 1,
  shift = 0,
  skip = [],
}: SyntheticOptions = {}): Response {
  const abilityOf = random(seed);
  const noise = random(seed * 7919 + 17);
  const abilities = new Map(framework.competences.map((c) => [c.id, 0.15 + 0.7 * abilityOf()]));
  const answers: Answer[] = [];
  for (const key of keys.values()) {
    const { item } = key;
    if (!key.competence || skip.includes(key.competence)) continue;
    const candidates: Answer['value'][] =
      item.type === 'likert'
        ? Array.from({ length: key.rawMax - key.rawMin + 1 }, (_, i) => key.rawMin + i)
        : item.type === 'situational-judgement' || item.type === 'single-choice'
          ? item.options.map((o) => o.id)
          : [];
    if (candidates.length === 0) continue;
    const ability = abilities.get(key.competence)! + shift;
    // An item anchored to a level (the anchored self-assessment) is endorsed up to the level the
    // ability reaches (0.2 → below the first level … 0.8 → the fourth) and not above it, as a
    // person at that level answers; other items lie near the ability.
    const rank = item.level === undefined ? -1 : LEVELS.indexOf(item.level);
    const wanted =
      rank >= 0
        ? rank <= Math.floor(ability * 5) - 1
          ? 0.8 + noise() * 0.2
          : 0.15 + noise() * 0.4
        : Math.min(1, ability + (noise() - 0.5) * 0.3);
    const distance = (value: Answer['value']) =>
      Math.abs((key.raw(value)! - key.rawMin) / (key.rawMax - key.rawMin) - wanted);
    const best = candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    answers.push({ item: item.id, value: best });
  }
  return {
    instrument: { id: staffSelfAssessment.id, version: staffSelfAssessment.version },
    respondent,
    roleProfile,
    territory: 'ravenna',
    phase,
    submittedAt: '2025-03-04T10:00:00Z',
    answers,
  };
}

/** One person's scored result. */
export function syntheticResult(
  options: SyntheticOptions = {},
  scoredWith: Framework = framework,
): Result {
  return scoreResponse(staffSelfAssessment, scoredWith, syntheticResponse(options));
}

/**
 * Two waves of `size` people (baseline and after training, `shift` apart) compared with the
 * real engine. People from `partial` onwards answer the competences in `sparse` only at
 * baseline, so those competences fall below the anonymity threshold.
 */
export function syntheticComparison({
  size = 24,
  shift = 0.12,
  sparse = [] as readonly string[],
  partial = 3,
  minGroupSize = 5,
} = {}): WaveComparison {
  const people = Array.from({ length: size }, (_, i) => `p-${String(i + 1).padStart(3, '0')}`);
  const wave = (phase: Phase, waveShift: number) =>
    people.map((respondent, i) =>
      syntheticResult({
        respondent,
        phase,
        seed: i + 1,
        shift: waveShift + (phase === 'post' ? ((i % 5) - 2) * 0.03 : 0),
        skip: phase === 'post' && i >= partial ? sparse : [],
      }),
    );
  return compareWaves(wave('baseline', 0), wave('post', shift), { minGroupSize });
}

/** Strings that must render as text, never as markup or reordered text. */
export const hostileStrings = [
  '<img src=x onerror=alert(1)>',
  '</script><b>bold</b>',
  '\u202Eevil\u202C',
] as const;

/** A copy of the framework whose first competences and first domain carry hostile titles. */
export function hostileFramework(): Framework {
  const copy = structuredClone(framework);
  copy.domains[0]!.title = { en: hostileStrings[0] };
  hostileStrings.forEach((s, i) => (copy.competences[i]!.title = { en: s }));
  return copy;
}
