/**
 * Hostile documents for testing parsers: seeded variants of a valid document that are deep,
 * wide, long, full of errors or full of prototype keys, up to about 1 MB of JSON each, and a check
 * of the issue contract every parser of Competence Kit keeps. No dependency on a test runner.
 *
 * @example
 * ```ts
 * import { hostileDocuments, issueContractViolations } from '@competence-kit/schemas/testing';
 * for (const { name, document } of hostileDocuments(validFramework, { seed: 1 })) {
 *   const violations = issueContractViolations(parseFramework(document));
 *   if (violations.length > 0) throw new Error(`${name}: ${violations.join('; ')}`);
 * }
 * ```
 *
 * @packageDocumentation
 */
import type { ParseResult } from './issues.js';
import { DEFAULT_LIMITS } from './limits.js';

/** One hostile document and what makes it hostile. */
export interface HostileDocument {
  name: string;
  document: unknown;
}

/** Options of {@link hostileDocuments}. */
export interface HostileOptions {
  /** Seed of the pseudo-random choices (the same seed gives the same documents). */
  seed?: number;
  /** About the largest JSON size of a document, in characters. Default 1,000,000. */
  maxSize?: number;
  /** Random mutations of the valid document, in addition to the fixed shapes. Default 20. */
  mutations?: number;
}

/**
 * A small seeded generator (mulberry32): numbers in [0, 1), the same sequence for the same seed.
 * For tests and benchmarks that need repeatable randomness (a release's suppression order, say).
 *
 * @example
 * ```ts
 * const next = seededRandom(7);
 * next() === seededRandom(7)(); // true
 * ```
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A deep copy through JSON, which keeps own `__proto__` keys as own keys. */
const clone = (value: Json): Json => JSON.parse(JSON.stringify(value)) as Json;

/** Every path to an array or object in `doc`, the document itself first. */
function containers(doc: Json): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (node: Json, path: (string | number)[]) => {
    if (node === null || typeof node !== 'object') return;
    out.push(path);
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]));
    else for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(doc, []);
  return out;
}

/** `doc` with the value at `path` replaced (a copy; the original is unchanged). */
function replaced(doc: Json, path: (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const copy = clone(doc);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  Object.defineProperty(node, path.at(-1)!, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

function randomJson(next: () => number, depth = 0): Json {
  const pick = Math.floor(next() * (depth > 2 ? 5 : 7));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return next() < 0.5;
    case 2:
      return Math.floor(next() * 2000) - 1000;
    case 3:
      return ['', 'x', '__proto__', 'constructor', '0', 'en', 'a b', '\u0000', '\u{1F600}'][
        Math.floor(next() * 9)
      ]!;
    case 4:
      return 'y'.repeat(Math.floor(next() * 40));
    case 5:
      return Array.from({ length: Math.floor(next() * 4) }, () => randomJson(next, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(next() * 4) }, (_, i) => [
          ['id', '__proto__', 'constructor', `k${i}`][Math.floor(next() * 4)]!,
          randomJson(next, depth + 1),
        ]),
      );
  }
}

/**
 * Seeded hostile variants of `valid` (a valid document of some schema), each of at most about
 * `maxSize` characters of JSON: every array filled with empty objects (one error or more per
 * item), every object given thousands of unknown keys, very long strings, nesting far deeper
 * than any limit, arrays and objects over the default limits, lists of one repeated value,
 * prototype keys (`__proto__`, `constructor`) and random mutations.
 */
export function* hostileDocuments(
  valid: unknown,
  { seed = 1, maxSize = 1_000_000, mutations = 20 }: HostileOptions = {},
): Generator<HostileDocument> {
  const base = clone(valid as Json);
  const next = seededRandom(seed);
  const places = containers(base);
  const place = () => places[Math.floor(next() * places.length)]!;
  const at = (path: (string | number)[]) => (path.length === 0 ? '' : `/${path.join('/')}`);
  const arrays = places.filter((p) => {
    let node = base as Json;
    for (const k of p) node = (node as Record<string | number, Json>)[k]!;
    return Array.isArray(node);
  });
  for (const path of arrays.slice(0, 6)) {
    const count = Math.min(DEFAULT_LIMITS.maxItems, Math.floor(maxSize / 3));
    yield {
      name: `${count} empty objects at ${at(path)}`,
      document: replaced(
        base,
        path,
        Array.from({ length: count }, () => ({})),
      ),
    };
    yield {
      name: `one value repeated 30000 times at ${at(path)}`,
      document: replaced(
        base,
        path,
        Array.from({ length: 30_000 }, () => 'en'),
      ),
    };
  }
  const objectPath = place();
  const keys = Math.min(DEFAULT_LIMITS.maxProperties, Math.floor(maxSize / 12));
  yield {
    name: `${keys} unknown keys at ${at(objectPath)}`,
    document: replaced(
      base,
      [...objectPath, 'extra'],
      Object.fromEntries(Array.from({ length: keys }, (_, i) => [`k${i}`, {}])),
    ),
  };
  yield {
    name: `${DEFAULT_LIMITS.maxProperties + 1} keys (over the default limit)`,
    document: replaced(
      base,
      [...place(), 'extra'],
      Object.fromEntries(
        Array.from({ length: DEFAULT_LIMITS.maxProperties + 1 }, (_, i) => [`k${i}`, 1]),
      ),
    ),
  };
  yield {
    name: `${DEFAULT_LIMITS.maxItems + 1} items (over the default limit)`,
    document: replaced(
      base,
      [...place(), 'extra'],
      new Array<Json>(DEFAULT_LIMITS.maxItems + 1).fill(0),
    ),
  };
  yield {
    name: 'one string of the whole size',
    document: replaced(base, [...place(), 'extra'], 'x'.repeat(maxSize - 1000)),
  };
  yield {
    name: 'many strings just under the default string limit',
    document: replaced(
      base,
      [...place(), 'extra'],
      Array.from(
        { length: Math.max(1, Math.floor(maxSize / (DEFAULT_LIMITS.maxStringLength + 10))) },
        () => 'y'.repeat(DEFAULT_LIMITS.maxStringLength - 1),
      ),
    ),
  };
  for (const deep of [50, 100_000]) {
    let value: Json = 'x';
    for (let i = 0; i < deep; i++) value = i % 2 ? [value] : { a: value };
    yield { name: `${deep} levels deep`, document: replaced(base, [...place(), 'extra'], value) };
  }
  yield {
    name: 'prototype keys',
    document: replaced(
      replaced(base, [...place(), '__proto__'], JSON.parse('{"polluted": true}') as Json),
      ['constructor'],
      { prototype: { polluted: true } },
    ),
  };
  yield { name: 'not an object', document: JSON.parse('"__proto__"') as Json };
  yield { name: 'an empty object', document: {} };
  for (let i = 0; i < mutations; i++) {
    let doc = base;
    const edits = 1 + Math.floor(next() * 4);
    for (let e = 0; e < edits; e++) {
      const path = containers(doc);
      const target = path[Math.floor(next() * path.length)]!;
      let node = doc;
      for (const k of target) node = (node as Record<string | number, Json>)[k]!;
      const keys = Object.keys(node as object);
      const key =
        keys.length > 0 && next() < 0.8 ? keys[Math.floor(next() * keys.length)]! : 'extra';
      doc = replaced(
        doc,
        [...target, Array.isArray(node) && key !== 'extra' ? Number(key) : key],
        randomJson(next),
      );
    }
    yield { name: `random mutation ${i + 1}`, document: doc };
  }
}

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const POINTER = /^(?:\/(?:[^~/]|~[01])*)*$/;

/**
 * What in `result` breaks the issue contract of Competence Kit's parsers: `{ ok: true, value }`,
 * or `{ ok: false, issues }` with at least one and at most `maxIssues` + 1 issues, each with a
 * JSON pointer `path`, a kebab-case `code` and a message, only the last possibly
 * `too-many-issues`; and `Object.prototype` unpolluted. Empty when all is well.
 */
export function issueContractViolations(
  result: ParseResult<unknown>,
  { maxIssues = DEFAULT_LIMITS.maxIssues }: { maxIssues?: number } = {},
): string[] {
  const out: string[] = [];
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined) out.push('Object.prototype is polluted');
  if (result.ok) return out;
  if (!Array.isArray(result.issues) || result.issues.length === 0) {
    out.push('ok is false but there are no issues');
    return out;
  }
  if (result.issues.length > maxIssues + 1) {
    out.push(`${result.issues.length} issues, more than ${maxIssues} + 1`);
  }
  result.issues.forEach((issue, i) => {
    if (typeof issue.path !== 'string' || !POINTER.test(issue.path)) {
      out.push(`issue ${i}: path ${JSON.stringify(issue.path)} is not a JSON pointer`);
    }
    if (typeof issue.code !== 'string' || !KEBAB.test(issue.code)) {
      out.push(`issue ${i}: code ${JSON.stringify(issue.code)} is not kebab-case`);
    }
    if (typeof issue.message !== 'string' || issue.message.length === 0) {
      out.push(`issue ${i}: no message`);
    }
    if (issue.code === 'too-many-issues' && i !== result.issues.length - 1) {
      out.push(`issue ${i}: too-many-issues before the end`);
    }
  });
  return out;
}
