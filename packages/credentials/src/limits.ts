/**
 * The bounds of the work done on outside input: a credential's nesting depth, the length of its
 * JSON text and its number of proofs, measured in one linear pass without recursion before
 * anything canonicalises, hashes or resolves.
 *
 * @packageDocumentation
 */
import type { Issue } from '@competence-kit/schemas';
import { escapePointerToken, LIMIT_CODES } from '@competence-kit/schemas';

/** The issue code of each limit: the parsers' codes (`LIMIT_CODES`) and one for proofs. */
export const CREDENTIAL_LIMIT_CODES = Object.freeze({
  maxDepth: LIMIT_CODES.maxDepth,
  maxSize: LIMIT_CODES.maxSize,
  maxProofs: 'proofs-limit-exceeded',
} as const);

/** How much of a credential {@link verifyCredential} (and `signCredential`) will read. */
export interface CredentialLimits {
  /**
   * Levels of nesting of objects and arrays, the credential itself the first (as the parsers'
   * `maxDepth` of `@competence-kit/schemas`). An issued credential nests 6 or 7 deep. Default 32;
   * code `depth-limit-exceeded`.
   */
  maxDepth: number;
  /**
   * The length of the credential's compact JSON text in UTF-16 code units (about bytes for
   * ASCII text), every escaped character counted at its longest escape (6). Default
   * 1,000,000; code `size-limit-exceeded`.
   */
  maxSize: number;
  /** Proofs in its `proof` (a proof set). Default 8; code `proofs-limit-exceeded`. */
  maxProofs: number;
}

/** The limits used where a caller sets none. */
export const DEFAULT_CREDENTIAL_LIMITS: Readonly<CredentialLimits> = Object.freeze({
  maxDepth: 32,
  maxSize: 1_000_000,
  maxProofs: 8,
});

const LIMIT_NAMES = ['maxDepth', 'maxSize', 'maxProofs'] as const;

/**
 * The limits to apply: the defaults overridden by the caller's, or issues (`invalid-option`)
 * for values that are not positive whole numbers (or `Infinity`).
 */
export function readLimits(
  given: unknown,
  at: string,
): { limits: CredentialLimits; issues: Issue[] } {
  const limits: CredentialLimits = { ...DEFAULT_CREDENTIAL_LIMITS };
  const issues: Issue[] = [];
  if (given === undefined) return { limits, issues };
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    issues.push({ path: at, code: 'invalid-option', message: 'Expected the limits as an object.' });
    return { limits, issues };
  }
  for (const name of LIMIT_NAMES) {
    const value = (given as Record<string, unknown>)[name];
    if (value === undefined) continue;
    if (
      typeof value === 'number' &&
      value >= 1 &&
      (Number.isSafeInteger(value) || value === Infinity)
    ) {
      limits[name] = value;
    } else {
      issues.push({
        path: `${at}/${name}`,
        code: 'invalid-option',
        message: `Expected ${name} as a whole number of at least 1 (or Infinity), not ${shown(value)}.`,
      });
    }
  }
  return { limits, issues };
}

/** A short, safe rendering of an outside value for a message (strings cut at 40 characters). */
export function shown(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  return String(value);
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Characters JSON text escapes: quotation mark, reverse solidus, controls below U+0020.
// eslint-disable-next-line no-control-regex
const ESCAPED = /["\\\u0000-\u001f]/g;

/**
 * The JSON text length of a string, escapes counted at 6, or `undefined` for invalid Unicode.
 * A string longer than `budget` is not looked at further: its length alone passes the limit.
 */
function stringLength(text: string, budget: number): number | undefined {
  const plain = text.length + 2;
  if (plain > budget) return plain;
  if (LONE_SURROGATE.test(text)) return undefined;
  ESCAPED.lastIndex = 0;
  if (!ESCAPED.test(text)) return plain;
  ESCAPED.lastIndex = 0;
  const escapes = text.length - text.replace(ESCAPED, '').length;
  return plain + 5 * escapes;
}

/** What {@link measureJson} found: the size and depth, or the first fault with its pointer. */
export type JsonMeasure = { ok: true; length: number; depth: number } | { ok: false; issue: Issue };

interface Frame {
  container: object;
  /** The member names of an object; `undefined` for an array. */
  keys: string[] | undefined;
  next: number;
  count: number;
}

function pathOf(frames: Frame[], base: string): string {
  let path = base;
  for (const frame of frames) {
    const at = frame.next - 1;
    path += `/${frame.keys ? escapePointerToken(frame.keys[at]!) : at}`;
  }
  return path;
}

/**
 * Walks a value once, iteratively (no recursion, so no stack to exhaust), and checks that it is
 * JSON data within the limits: objects and arrays nested at most `maxDepth` deep, a JSON text of
 * at most `maxSize` characters, finite numbers, strings of valid Unicode (RFC 8785 and I-JSON
 * require it), no cycles, no functions, symbols, bigints, nor `undefined` in arrays (members
 * that are `undefined` are left out, as `JSON.stringify` leaves them out; `toJSON` is applied
 * as it applies it). The walk stops at the first fault, so its cost is bounded by `maxSize`
 * whatever the value; reused objects (a DAG) count at every place they appear.
 *
 * Issue codes: `depth-limit-exceeded`, `size-limit-exceeded`, `not-json`, `invalid-unicode`;
 * paths are JSON pointers
 * below `base`.
 */
export function measureJson(
  value: unknown,
  limits: Pick<CredentialLimits, 'maxDepth' | 'maxSize'>,
  base = '',
): JsonMeasure {
  const frames: Frame[] = [];
  const open = new Set<object>();
  let length = 0;
  let depth = 0;
  const fault = (code: string, message: string): JsonMeasure => ({
    ok: false,
    issue: { path: pathOf(frames, base), code, message },
  });
  let current: unknown = value;
  for (;;) {
    let item = current;
    if (typeof item === 'object' && item !== null) {
      const toJSON = (item as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') item = (toJSON as () => unknown).call(item);
    }
    switch (typeof item) {
      case 'string': {
        const size = stringLength(item, limits.maxSize - length);
        if (size === undefined)
          return fault('invalid-unicode', 'The string holds a lone surrogate (invalid Unicode).');
        length += size;
        break;
      }
      case 'number':
        if (!Number.isFinite(item)) return fault('not-json', `${item} is not a JSON number.`);
        length += String(item).length;
        break;
      case 'boolean':
        length += item ? 4 : 5;
        break;
      case 'object': {
        if (item === null) {
          length += 4;
          break;
        }
        if (open.has(item)) return fault('not-json', 'The value contains itself (a cycle).');
        if (frames.length + 1 > limits.maxDepth)
          return fault(
            CREDENTIAL_LIMIT_CODES.maxDepth,
            `Objects and arrays are nested more than ${limits.maxDepth} deep (the limit maxDepth).`,
          );
        const keys = Array.isArray(item) ? undefined : Object.keys(item);
        const count = keys ? keys.length : (item as unknown[]).length;
        frames.push({ container: item, keys, next: 0, count });
        open.add(item);
        depth = Math.max(depth, frames.length);
        length += 2;
        break;
      }
      default:
        return fault(
          'not-json',
          `${item === undefined ? 'undefined' : `A ${typeof item}`} is not JSON data.`,
        );
    }
    if (length > limits.maxSize)
      return {
        ok: false,
        issue: {
          path: base,
          code: CREDENTIAL_LIMIT_CODES.maxSize,
          message: `The JSON text is longer than ${limits.maxSize} characters (the limit maxSize).`,
        },
      };
    // The next value to visit: the next member of the innermost open container.
    let found = false;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      if (frame.next < frame.count) {
        const at = frame.next++;
        if (at > 0) length += 1; // the comma
        if (frame.keys) {
          const key = frame.keys[at]!;
          const member = (frame.container as Record<string, unknown>)[key];
          if (member === undefined) continue; // left out, as JSON.stringify leaves it out
          const size = stringLength(key, limits.maxSize - length);
          if (size === undefined)
            return fault('invalid-unicode', 'The member name holds a lone surrogate.');
          length += size + 1; // the name and the colon
          current = member;
        } else {
          current = (frame.container as unknown[])[at];
        }
        found = true;
        break;
      }
      frames.pop();
      open.delete(frame.container);
    }
    if (!found) return { ok: true, length, depth };
  }
}
