/**
 * Hashed earner identities (OB 3.0 `IdentityObject` with an `IdentityHash`), computed with
 * WebCrypto so that the same code runs in Node and in browsers. Asynchronous because
 * `crypto.subtle.digest` is.
 *
 * @packageDocumentation
 */
import type { IdentityObject, IdentityType } from './credential.types.js';
import { sha256Text, toHex } from './webcrypto.js';

/**
 * Hashes an identity (by default an e-mail address) with a salt, as OB 3.0 defines an
 * `IdentityHash`: `sha256$` + hex SHA-256 of the UTF-8 identity immediately followed by the salt.
 * The identity is hashed exactly as given: normalise it first (trim, lowercase an e-mail
 * address) in the same way wherever you hash it. Pass a fresh random salt per credential
 * (16 bytes, hex or base64) so that two credentials of one person cannot be linked by their hash.
 *
 * @throws WebCryptoUnavailable where `globalThis.crypto.subtle` is missing.
 * @example
 * ```ts
 * const salt = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
 * const identity = await hashIdentity('a.rossi@comune.ravenna.it', salt);
 * issueCredential({ ...input, earner: { identifier: [identity] } });
 * ```
 */
export async function hashIdentity(
  identity: string,
  salt: string,
  identityType: IdentityType = 'emailAddress',
): Promise<IdentityObject> {
  const hash = toHex(await sha256Text(`${identity}${salt}`));
  return {
    type: 'IdentityObject',
    hashed: true,
    identityHash: `sha256$${hash}`,
    identityType,
    salt,
  };
}

/**
 * Whether a hashed identity is the hash of the given plain identity: how a verifier checks that
 * a credential belongs to the person in front of them. Only `sha256$` hashes are accepted.
 *
 * @example
 * ```ts
 * await identityMatches(credential.credentialSubject.identifier![0]!, 'a.rossi@comune.ravenna.it'); // true
 * ```
 */
export async function identityMatches(
  identityObject: Pick<IdentityObject, 'identityHash' | 'salt'>,
  identity: string,
): Promise<boolean> {
  const match = /^sha256\$([0-9a-fA-F]{64})$/.exec(identityObject.identityHash);
  if (!match) return false;
  const hash = toHex(await sha256Text(`${identity}${identityObject.salt ?? ''}`));
  return hash === match[1]!.toLowerCase();
}
