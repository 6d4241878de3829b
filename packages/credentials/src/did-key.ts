/**
 * `did:key` for Ed25519 public keys (W3C CCG DID Method Key): the key itself, as a Multikey
 * (multicodec `0xed01` + the 32 key bytes, multibase base58btc), is the identifier. Resolving
 * one needs no network. Pure functions.
 *
 * @packageDocumentation
 */
import { decodeMultibase, encodeMultibase } from './multibase.js';

/** The multicodec header of an Ed25519 public key (`ed25519-pub`, 0xed as an unsigned varint). */
const ED25519_PUB = [0xed, 0x01] as const;

/** A public key a verifier can use, and who controls it. */
export interface ResolvedKey {
  /** The raw 32-byte Ed25519 public key. */
  publicKey: Uint8Array;
  /**
   * The URI of the key's controller. `verifyCredential` accepts a proof only when this is the
   * credential's issuer.
   */
  controller: string;
}

/**
 * Finds the public key behind a proof's `verificationMethod`, or `undefined` when the method is
 * unknown. May be asynchronous (a lookup in a key register, a `did:web` fetch).
 */
export type PublicKeyResolver = (
  verificationMethod: string,
) => ResolvedKey | undefined | Promise<ResolvedKey | undefined>;

/**
 * The Multikey form of an Ed25519 public key: `z6Mk…`.
 *
 * @throws TypeError when the key is not 32 bytes (a programmer error).
 * @example
 * ```ts
 * ed25519Multikey(publicKey); // 'z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp'
 * ```
 */
export function ed25519Multikey(publicKey: Uint8Array): string {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32) {
    throw new TypeError('An Ed25519 public key is exactly 32 bytes.');
  }
  const bytes = new Uint8Array(34);
  bytes.set(ED25519_PUB);
  bytes.set(publicKey, 2);
  return encodeMultibase(bytes);
}

/**
 * The `did:key` of an Ed25519 public key.
 *
 * @example
 * ```ts
 * didKeyFor(publicKey); // 'did:key:z6Mk…'
 * ```
 */
export function didKeyFor(publicKey: Uint8Array): string {
  return `did:key:${ed25519Multikey(publicKey)}`;
}

/**
 * The verification method of an Ed25519 `did:key`: `did:key:z6Mk…#z6Mk…`, the value a proof's
 * `verificationMethod` takes.
 *
 * @example
 * ```ts
 * didKeyVerificationMethod(publicKey); // 'did:key:z6Mk…#z6Mk…'
 * ```
 */
export function didKeyVerificationMethod(publicKey: Uint8Array): string {
  const multikey = ed25519Multikey(publicKey);
  return `did:key:${multikey}#${multikey}`;
}

/**
 * A {@link PublicKeyResolver} for Ed25519 `did:key` verification methods: decodes the key from
 * the identifier; its controller is the `did:key` itself. Anything else (another DID method, an
 * https URL, a fragment that is not the key, another key type) gives `undefined`.
 *
 * A `did:key` proves which key signed, not who holds the key: trust a credential when its issuer
 * *is* that `did:key` (the controller check of `verifyCredential`), or resolve your issuers'
 * keys yourself.
 *
 * @example
 * ```ts
 * resolveDidKey('did:key:z6Mk…#z6Mk…'); // { publicKey: Uint8Array(32), controller: 'did:key:z6Mk…' }
 * ```
 */
export function resolveDidKey(verificationMethod: string): ResolvedKey | undefined {
  // An Ed25519 did:key verification method is 105 characters; longer input is not one.
  if (typeof verificationMethod !== 'string' || verificationMethod.length > 200) return undefined;
  const match = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)(?:#(.*))?$/.exec(verificationMethod);
  if (!match) return undefined;
  const multikey = match[1]!;
  if (match[2] !== undefined && match[2] !== multikey) return undefined;
  const bytes = decodeMultibase(multikey);
  if (!bytes || bytes.length !== 34 || bytes[0] !== ED25519_PUB[0] || bytes[1] !== ED25519_PUB[1]) {
    return undefined;
  }
  return { publicKey: bytes.slice(2), controller: `did:key:${multikey}` };
}
