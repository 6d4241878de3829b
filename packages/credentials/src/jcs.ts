/**
 * The JSON Canonicalization Scheme (JCS, RFC 8785): one exact text for a JSON value, so that
 * hashes and signatures over it are repeatable. Pure, no dependencies.
 *
 * @packageDocumentation
 */

// A lone surrogate (a high one not followed by a low one, or a low one not preceded by a high one).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function fail(message: string, at: string): never {
  throw new TypeError(`Cannot canonicalize ${at || 'the value'}: ${message}`);
}

function serializeString(text: string, at: string): string {
  // RFC 8785 §3.2.2.2 and I-JSON (RFC 7493 §2.1): strings are valid Unicode.
  if (LONE_SURROGATE.test(text)) fail('it contains a lone surrogate (invalid Unicode).', at);
  // ECMAScript's JSON.stringify escapes exactly as §3.2.2.2 requires: `"`, `\`, \b \t \n \f \r,
  // other controls below U+0020 as \u00xx (lowercase hex), everything else as is.
  return JSON.stringify(text);
}

function serialize(value: unknown, at: string, ancestors: object[]): string {
  switch (typeof value) {
    case 'string':
      return serializeString(value, at);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) fail(`${value} is not a JSON number.`, at);
      // §3.2.2.3: the ECMAScript Number-to-String algorithm, which JSON.stringify applies (-0 is "0").
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (ancestors.includes(value)) fail('it contains a cycle.', at);
      const toJSON = (value as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') {
        return serialize((toJSON as () => unknown).call(value), at, ancestors);
      }
      const inner = [...ancestors, value];
      if (Array.isArray(value)) {
        return `[${value.map((item, i) => serialize(item, `${at}/${i}`, inner)).join(',')}]`;
      }
      // §3.2.3: members sorted by their names as arrays of UTF-16 code units, which is the
      // default order of Array.prototype.sort on strings.
      const record = value as Record<string, unknown>;
      const members: string[] = [];
      for (const key of Object.keys(record).sort()) {
        const member = record[key];
        if (member === undefined) continue; // as JSON.stringify: an undefined member is absent
        const path = `${at}/${key}`;
        members.push(`${serializeString(key, path)}:${serialize(member, path, inner)}`);
      }
      return `{${members.join(',')}}`;
    }
    default:
      return fail(`a ${typeof value} is not JSON data.`, at);
  }
}

/**
 * The canonical JSON text of a value (RFC 8785): no whitespace, object members sorted by UTF-16
 * code units at every level, numbers written as ECMAScript writes them, strings escaped as
 * ECMAScript's `JSON.stringify` escapes them. Members whose value is `undefined` are left out,
 * as `JSON.stringify` leaves them out.
 *
 * Hash the UTF-8 bytes of the result (`new TextEncoder().encode(text)`), as §3.2.4 requires.
 *
 * @throws TypeError for what JSON cannot hold (NaN, Infinity, `undefined` outside an object,
 *   functions, symbols, bigints, cycles) and for strings with lone surrogates (I-JSON).
 * @example
 * ```ts
 * canonicalize({ b: [3, 1e30], a: 'é' }); // '{"a":"é","b":[3,1e+30]}'
 * ```
 */
export function canonicalize(value: unknown): string {
  return serialize(value, '', []);
}
