/**
 * Base58btc (the Bitcoin alphabet, draft-msporny-base58) and its multibase form with the `z`
 * prefix (draft-multiformats-multibase), as used for Data Integrity proof values and Multikey
 * public keys. Pure functions, no dependencies.
 *
 * @packageDocumentation
 */

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

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
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  // Little-endian digits in base 58, grown as the bytes are folded in.
  const digits: number[] = [];
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i]!;
    for (let j = 0; j < digits.length; j++) {
      carry += digits[j]! << 8;
      digits[j] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  let text = '1'.repeat(zeros);
  for (let j = digits.length - 1; j >= 0; j--) text += ALPHABET[digits[j]!];
  return text;
}

/**
 * Decodes base58btc, or returns `undefined` when the text holds a character outside the
 * alphabet (`0`, `O`, `I`, `l`, spaces, …).
 *
 * @example
 * ```ts
 * decodeBase58btc('11233QC4'); // Uint8Array [0, 0, 0x28, 0x7f, 0xb4, 0xcd]
 * ```
 */
export function decodeBase58btc(text: string): Uint8Array | undefined {
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  const bytes: number[] = []; // little-endian
  for (let i = zeros; i < text.length; i++) {
    const value = INDEX.get(text[i]!);
    if (value === undefined) return undefined;
    let carry = value;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j]! * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  const out = new Uint8Array(zeros + bytes.length);
  for (let j = 0; j < bytes.length; j++) out[out.length - 1 - j] = bytes[j]!;
  return out;
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
