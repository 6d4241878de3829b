import type { Instrument, Response } from '@competence-kit/schemas';
import { answersByItem, itemKeys, scoreItem, type ItemKey } from '../items.js';
import type { AnswerMatrix, CodeArray } from './types.js';

/** The scored items of an instrument, in the column order scoreBatch expects. */
export function batchColumns(instrument: Instrument): string[] {
  return [...itemKeys(instrument).keys()];
}

export function optionIds(key: ItemKey): string[] {
  return 'options' in key.item ? key.item.options.map((o) => o.id) : [];
}

/** Codes are 32-bit integers: these are the largest items they can encode. */
export function checkEncodable(keys: readonly ItemKey[]): void {
  for (const key of keys) {
    const n = optionIds(key).length;
    if (key.item.type === 'ranking' && n > 12) {
      throw new RangeError(
        `Item "${key.item.id}": the columnar path encodes rankings of up to 12 options; this one has ${n}. Use scoreResponse.`,
      );
    }
    if (key.item.type === 'multiple-choice' && n > 30) {
      throw new RangeError(
        `Item "${key.item.id}": the columnar path encodes multiple choice of up to 30 options; this one has ${n}. Use scoreResponse.`,
      );
    }
  }
}

function factorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return f;
}

/** The permutation whose Lehmer code is `code`, or undefined when out of range. */
function fromLehmer(code: number, ids: readonly string[]): string[] | undefined {
  const pool = [...ids];
  const out: string[] = [];
  let f = factorial(pool.length - 1);
  for (let i = pool.length - 1; i >= 0; i--) {
    const index = Math.floor(code / f);
    if (index >= pool.length) return undefined;
    out.push(pool.splice(index, 1)[0]!);
    code -= index * f;
    if (i > 0) f /= i;
  }
  return code === 0 ? out : undefined;
}

/** The Lehmer code of a permutation of `ids`. */
export function toLehmer(permutation: readonly string[], ids: readonly string[]): number {
  const pool = [...ids];
  let code = 0;
  for (let i = 0; i < permutation.length; i++) {
    const index = pool.indexOf(permutation[i]!);
    pool.splice(index, 1);
    code += index * factorial(pool.length);
  }
  return code;
}

/** The answer value a code stands for, or undefined when the code does not fit the item. */
function decode(key: ItemKey, code: number): string | number | string[] | undefined {
  const ids = optionIds(key);
  switch (key.item.type) {
    case 'likert':
      return code;
    case 'single-choice':
    case 'situational-judgement':
      return ids[code];
    case 'multiple-choice': {
      if (code >= 2 ** ids.length) return undefined;
      return ids.filter((_, i) => (code >>> i) & 1);
    }
    case 'ranking':
      return fromLehmer(code, ids);
    default:
      return undefined;
  }
}

/** The largest code an item can take. */
export function largestCode(key: ItemKey): number {
  const n = optionIds(key).length;
  switch (key.item.type) {
    case 'likert':
      return key.rawMax; // codes are ratings; those below the scale's min do not fit
    case 'multiple-choice':
      return 2 ** n - 1;
    case 'ranking':
      return factorial(n) - 1;
    default:
      return n - 1;
  }
}

/** The normalised item score of a code, NaN when the code does not fit the item. */
export function normalisedOf(key: ItemKey, code: number): number {
  const value = decode(key, code);
  if (value === undefined) return NaN;
  const s = scoreItem(key, { item: key.item.id, value });
  return s ? s.normalised : NaN;
}

/**
 * The narrowest code array that holds every answer code of the instrument: Int8Array (one byte per
 * answer, the tabulated kernel's fast case) when every code is below 128, which is the case for
 * ratings, choices of up to 127 options, multiple choice of up to 7 options and rankings of up to
 * 5; Int16Array or Int32Array for larger items.
 */
export function codeArrayFor(instrument: Instrument, length: number): CodeArray {
  return codesFor([...itemKeys(instrument).values()], length);
}

function codesFor(keys: readonly ItemKey[], length: number): CodeArray {
  const largest = keys.reduce((max, key) => Math.max(max, largestCode(key)), 0);
  if (largest <= 127) return new Int8Array(length);
  if (largest <= 32_767) return new Int16Array(length);
  return new Int32Array(length);
}

function codeOf(key: ItemKey, value: unknown): number {
  const ids = optionIds(key);
  if (key.item.type === 'likert' && typeof value === 'number') return value;
  if (typeof value === 'string') return ids.indexOf(value);
  if (Array.isArray(value) && key.item.type === 'multiple-choice')
    return value.reduce((m: number, id: string) => m | (1 << ids.indexOf(id)), 0);
  if (Array.isArray(value) && key.item.type === 'ranking') return toLehmer(value as string[], ids);
  return -1;
}

/**
 * Encodes responses as an {@link AnswerMatrix}: the bridge from `Response` objects to the
 * columnar path. Answers that do not fit their item are encoded as -1 (skipped). The codes are
 * the narrowest array that holds them (see `codeArrayFor`): an Int8Array for the shipped
 * instruments, which scoreBatch scores from its tables of answer combinations.
 */
export function encodeResponses(
  instrument: Instrument,
  responses: readonly Response[],
): AnswerMatrix {
  const keys = [...itemKeys(instrument).values()];
  checkEncodable(keys);
  const codes = codesFor(keys, responses.length * keys.length).fill(-1);
  const roleProfiles = [
    ...new Set(responses.map((r) => r.roleProfile).filter((r): r is string => r !== undefined)),
  ];
  const roleIndex = new Map(roleProfiles.map((id, p) => [id, p]));
  const roles = new Int16Array(responses.length).fill(-1);
  responses.forEach((response, r) => {
    if (response.roleProfile !== undefined) roles[r] = roleIndex.get(response.roleProfile)!;
    const answers = answersByItem(response.answers);
    keys.forEach((key, j) => {
      const answer = answers.get(key.item.id);
      if (!answer || answer.skipped || answer.value === undefined || !scoreItem(key, answer))
        return;
      codes[r * keys.length + j] = codeOf(key, answer.value);
    });
  });
  return {
    items: keys.map((k) => k.item.id),
    respondents: responses.length,
    codes,
    roles,
    roleProfiles,
  };
}
