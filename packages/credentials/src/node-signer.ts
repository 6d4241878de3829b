/// <reference types="node" />
/**
 * A {@link CredentialSigner} over an Ed25519 private key held by Node (`node:crypto`). Node
 * only: import it from `@competence-kit/credentials/node-signer`; the rest of the package runs in
 * browsers too.
 *
 * @packageDocumentation
 */
import { createPrivateKey, createPublicKey, KeyObject, sign } from 'node:crypto';
import { didKeyVerificationMethod } from './did-key.js';
import type { CredentialSigner } from './sign.js';
import { EDDSA_JCS_2022 } from './sign.js';

/** A private key as Node reads it, or the 32-byte Ed25519 seed (RFC 8032 private key). */
export type Ed25519PrivateKey = KeyObject | string | Ed25519Jwk | Uint8Array;

/**
 * An Ed25519 private key as a JWK (RFC 8037). Declared here rather than taken from
 * `node:crypto`, whose `JsonWebKey` export differs between @types/node versions.
 */
export interface Ed25519Jwk {
  kty: 'OKP';
  crv: 'Ed25519';
  /** The private key, base64url. */
  d: string;
  /** The public key, base64url. */
  x: string;
  [member: string]: unknown;
}

/** Options of {@link ed25519Signer}. */
export interface Ed25519SignerOptions {
  /**
   * The verification method to name in proofs, e.g. `https://www.offenbach.de/keys#2026`.
   * Default: the key's `did:key` (`did:key:z6Mk…#z6Mk…`).
   */
  verificationMethod?: string;
}

/** A signer that also tells its public key, for publishing or for a resolver. */
export interface Ed25519Signer extends CredentialSigner {
  /** The raw 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array;
}

// The DER prefix of a PKCS #8 Ed25519 private key (RFC 8410 §7), followed by the 32-byte seed.
const PKCS8_ED25519_PREFIX = Uint8Array.from([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);

function privateKeyObject(key: Ed25519PrivateKey): KeyObject {
  if (key instanceof KeyObject) return key;
  if (typeof key === 'string') return createPrivateKey(key);
  if (key instanceof Uint8Array) {
    if (key.length !== 32) throw new TypeError('An Ed25519 seed is exactly 32 bytes.');
    const der = new Uint8Array(PKCS8_ED25519_PREFIX.length + 32);
    der.set(PKCS8_ED25519_PREFIX);
    der.set(key, PKCS8_ED25519_PREFIX.length);
    return createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
  }
  return createPrivateKey({ key, format: 'jwk' });
}

/**
 * The raw 32-byte public key of an Ed25519 key (private or public).
 *
 * @example
 * ```ts
 * ed25519PublicKey(createPublicKey(pem)); // Uint8Array(32)
 * ```
 */
export function ed25519PublicKey(key: KeyObject): Uint8Array {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const jwk = publicKey.export({ format: 'jwk' });
  if (publicKey.asymmetricKeyType !== 'ed25519' || typeof jwk.x !== 'string') {
    throw new TypeError(
      `Expected an Ed25519 key, not ${publicKey.asymmetricKeyType ?? 'a symmetric key'}.`,
    );
  }
  return new Uint8Array(Buffer.from(jwk.x, 'base64url'));
}

/**
 * A {@link CredentialSigner} for `eddsa-jcs-2022` over an Ed25519 private key: a `KeyObject`, a
 * PEM string (PKCS #8), a JWK (`{ kty: 'OKP', crv: 'Ed25519', d, x }`) or the 32-byte seed. The
 * verification method is the key's `did:key` unless another URL is given.
 *
 * @throws TypeError when the key is not an Ed25519 private key (a programmer error).
 * @example
 * ```ts
 * import { generateKeyPairSync } from 'node:crypto';
 * import { ed25519Signer } from '@competence-kit/credentials/node-signer';
 *
 * const { privateKey } = generateKeyPairSync('ed25519');
 * const signer = ed25519Signer(privateKey);
 * const signed = await signCredential(credential, signer, { created: new Date().toISOString() });
 * ```
 */
export function ed25519Signer(
  privateKey: Ed25519PrivateKey,
  options: Ed25519SignerOptions = {},
): Ed25519Signer {
  const key = privateKeyObject(privateKey);
  if (key.type !== 'private' || key.asymmetricKeyType !== 'ed25519') {
    throw new TypeError('Expected an Ed25519 private key.');
  }
  const publicKey = ed25519PublicKey(key);
  return {
    verificationMethod: options.verificationMethod ?? didKeyVerificationMethod(publicKey),
    cryptosuite: EDDSA_JCS_2022,
    publicKey,
    // Ed25519 takes no separate digest: the algorithm argument is null (pure EdDSA, RFC 8032).
    sign: (data) => Promise.resolve(new Uint8Array(sign(null, data, key))),
  };
}
