/**
 * The JSON Canonicalization Scheme (JCS, RFC 8785): one exact text for a JSON value, so that
 * hashes and signatures over it are repeatable. The serialisation is the `canonicalize` package
 * by the RFC's author (decision record 0008); this module checks first, in one linear pass,
 * that the value is JSON data, so that what the package would write differently from
 * `JSON.stringify` (or not at all) is refused with a reason.
 *
 * @packageDocumentation
 */
import serialize from 'canonicalize';
import { measureJson } from './limits.js';

const UNBOUNDED = { maxDepth: Infinity, maxSize: Infinity };

/**
 * The canonical JSON text of a value (RFC 8785): no whitespace, object members sorted by UTF-16
 * code units at every level, numbers written as ECMAScript writes them, strings escaped as
 * ECMAScript's `JSON.stringify` escapes them. Members whose value is `undefined` are left out,
 * as `JSON.stringify` leaves them out; `toJSON` is applied as it applies it.
 *
 * Hash the UTF-8 bytes of the result (`new TextEncoder().encode(text)`), as §3.2.4 requires.
 *
 * @throws TypeError for what JSON cannot hold (NaN, Infinity, `undefined` in an array or as the
 *   value, functions, symbols, bigints, cycles) and for strings with lone surrogates (I-JSON),
 *   naming the JSON pointer of the first such value; RangeError when the nesting is deeper than
 *   the JavaScript stack allows (thousands of levels: `verifyCredential` refuses such input
 *   before it canonicalises).
 * @example
 * ```ts
 * canonicalize({ b: [3, 1e30], a: 'é' }); // '{"a":"é","b":[3,1e+30]}'
 * ```
 */
export function canonicalize(value: unknown): string {
  const measure = measureJson(value, UNBOUNDED);
  if (!measure.ok) {
    const { path, message } = measure.issue;
    throw new TypeError(`Cannot canonicalize ${path || 'the value'}: ${message}`);
  }
  return serialize(value) as string;
}
