/**
 * The few WebCrypto calls the credentials need, typed locally so the module depends on neither
 * the DOM nor Node's type declarations. `globalThis.crypto.subtle` exists in Node 20+ and in
 * browsers on secure (https) pages.
 *
 * @packageDocumentation
 */

/** The part of `SubtleCrypto` used here. */
export interface Subtle {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { name: 'Ed25519' },
    extractable: boolean,
    usages: ['verify'],
  ): Promise<unknown>;
  verify(
    algorithm: { name: 'Ed25519' },
    key: unknown,
    signature: Uint8Array,
    data: Uint8Array,
  ): Promise<boolean>;
}

/** `globalThis.crypto.subtle`, or `undefined` where WebCrypto is missing (an http page). */
export function subtleCrypto(): Subtle | undefined {
  return (globalThis as { crypto?: { subtle?: Subtle } }).crypto?.subtle;
}

/** Thrown when WebCrypto is not available; the callers turn it into an issue. */
export class WebCryptoUnavailable extends Error {
  constructor() {
    super(
      'WebCrypto (globalThis.crypto.subtle) is not available here: use Node 20 or later, or a browser page served over https.',
    );
    this.name = 'WebCryptoUnavailable';
  }
}

function required(): Subtle {
  const subtle = subtleCrypto();
  if (!subtle) throw new WebCryptoUnavailable();
  return subtle;
}

/** SHA-256 of the bytes. */
export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await required().digest('SHA-256', data));
}

// TextEncoder is in every runtime this package targets but not in the ES library types.
type Utf8Encoder = new () => { encode(text: string): Uint8Array };

/** The UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  const { TextEncoder } = globalThis as unknown as { TextEncoder: Utf8Encoder };
  return new TextEncoder().encode(text);
}

/** SHA-256 of a string's UTF-8 bytes. */
export function sha256Text(text: string): Promise<Uint8Array> {
  return sha256(utf8(text));
}

/** Lowercase hexadecimal. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Verifies a pure Ed25519 signature (RFC 8032) with WebCrypto. Rejects with `NotSupportedError`
 * where the platform has no Ed25519 (older browsers).
 */
export async function verifyEd25519(
  data: Uint8Array,
  signature: Uint8Array,
  publicKey: Uint8Array,
): Promise<boolean> {
  const subtle = required();
  const key = await subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
  return subtle.verify({ name: 'Ed25519' }, key, signature, data);
}
