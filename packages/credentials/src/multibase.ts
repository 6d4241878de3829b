/**
 * Base58btc (the Bitcoin alphabet, draft-msporny-base58) and its multibase form with the `z`
 * prefix (draft-multiformats-multibase), as used for Data Integrity proof values and Multikey
 * public keys. The base58 coding is `@scure/base` (decision record 0008); this module adds the
 * multibase prefix and turns malformed text into `undefined` instead of an exception.
 *
 * @packageDocumentation
 */
import { base58 } from '@scure/base';

/**
 * Encodes bytes in base58btc: leading zero bytes become `1`s, the rest is the big-endian number
 * written in the Bitcoin alphabet.
 *
 * @example
 * ```ts
 * encodeBase58btc(new TextEncoder().encode('Hello World!')); // '2NEpo7TZRRrLZSi2U'
 * ```
 */
export function encodeBase58btc(bytes: Uint8Array): string {
  return base58.encode(bytes);
}

/**
 * Decodes base58btc, or returns `undefined` when the text is not base58btc (a character outside
 * the alphabet: `0`, `O`, `I`, `l`, spaces, …; or not a string). Decoding is quadratic in the
 * length: callers bound the length first (a 64-byte signature is at most 88 characters).
 *
 * @example
 * ```ts
 * decodeBase58btc('11233QC4'); // Uint8Array [0, 0, 0x28, 0x7f, 0xb4, 0xcd]
 * ```
 */
export function decodeBase58btc(text: string): Uint8Array | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    return base58.decode(text);
  } catch {
    // @scure/base throws for text outside the alphabet: that is the "not base58btc" answer.
    return undefined;
  }
}

/**
 * Encodes bytes as a multibase base58btc string: `z` followed by base58btc.
 *
 * @example
 * ```ts
 * encodeMultibase(signature); // 'z3kg…'
 * ```
 */
export function encodeMultibase(bytes: Uint8Array): string {
  return `z${encodeBase58btc(bytes)}`;
}

/**
 * Decodes a multibase base58btc string (prefix `z`). Other multibase encodings are not
 * supported and, like malformed text, give `undefined`.
 *
 * @example
 * ```ts
 * decodeMultibase('zYAjKoNbau5KiqmHPmSxYCvn66dA1vLmwbt'); // bytes of 'Multibase is awesome! \o/'
 * ```
 */
export function decodeMultibase(text: string): Uint8Array | undefined {
  if (typeof text !== 'string' || !text.startsWith('z')) return undefined;
  return decodeBase58btc(text.slice(1));
}
