/**
 * Verifying the `eddsa-jcs-2022` proofs of a credential (W3C Data Integrity EdDSA Cryptosuites
 * v1.0, §3.3.2), with WebCrypto's Ed25519 by default.
 *
 * @packageDocumentation
 */
import type { Issue } from '@competence-kit/schemas';
import { pointer } from '@competence-kit/schemas';
import type { PublicKeyResolver, ResolvedKey } from './did-key.js';
import { isDateTime } from './formats.js';
import { canonicalize } from './jcs.js';
import { decodeMultibase } from './multibase.js';
import { describe, EDDSA_JCS_2022, proofHashData, proofsOf } from './sign.js';
import { subtleCrypto, verifyEd25519 } from './webcrypto.js';

/** The outcome of {@link verifyCredential}. */
export type VerificationResult = { ok: true } | { ok: false; issues: Issue[] };

/** Checks a pure Ed25519 signature of `data` with a raw 32-byte public key. */
export type SignatureCheck = (
  data: Uint8Array,
  signature: Uint8Array,
  publicKey: Uint8Array,
) => Promise<boolean>;

/** Options of {@link verifyCredential}. */
export interface VerifyOptions {
  /** The proof purpose to accept. Default `assertionMethod`. */
  proofPurpose?: string;
  /** How to check a signature; default WebCrypto Ed25519 (Node 20+, current browsers). */
  checkSignature?: SignatureCheck;
}

type Report = (path: string, code: string, message: string) => void;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The proof options and signature of one proof, or `undefined` after reporting its faults. */
function readProof(
  proof: unknown,
  at: string,
  purpose: string,
  report: Report,
): { options: Record<string, unknown>; signature: Uint8Array; method: string } | undefined {
  if (!isRecord(proof)) {
    report(at, 'invalid-type', 'Expected the proof as an object.');
    return undefined;
  }
  let faults = 0;
  const fault: Report = (...args) => {
    faults++;
    report(...args);
  };
  if (proof.type !== 'DataIntegrityProof')
    fault(
      `${at}/type`,
      'unsupported-proof-type',
      `Only DataIntegrityProof is supported, not ${JSON.stringify(proof.type)}.`,
    );
  else if (proof.cryptosuite !== EDDSA_JCS_2022)
    fault(
      `${at}/cryptosuite`,
      'unsupported-cryptosuite',
      `Only ${EDDSA_JCS_2022} is supported, not ${JSON.stringify(proof.cryptosuite)}.`,
    );
  if (proof.proofPurpose !== purpose)
    fault(
      `${at}/proofPurpose`,
      'wrong-proof-purpose',
      `Expected the proof purpose "${purpose}", not ${JSON.stringify(proof.proofPurpose)}.`,
    );
  if (proof.created !== undefined && !isDateTime(proof.created))
    fault(`${at}/created`, 'invalid-date', 'Expected a real date and time with an offset.');
  if (typeof proof.verificationMethod !== 'string')
    fault(
      `${at}/verificationMethod`,
      'required',
      'The proof does not name its verification method.',
    );
  // A 64-byte signature is at most 89 characters; the length check keeps decoding cheap.
  const value = proof.proofValue;
  const signature =
    typeof value === 'string' && value.length <= 100 ? decodeMultibase(value) : undefined;
  if (!signature || signature.length !== 64)
    fault(
      `${at}/proofValue`,
      'invalid-proof-value',
      'Expected a 64-byte Ed25519 signature in multibase base58btc ("z…").',
    );
  if (faults > 0 || !signature) return undefined;
  const { proofValue: _value, ...options } = proof;
  return { options, signature, method: proof.verificationMethod as string };
}

/** Whether `context` starts with every entry of `prefix`, in order (§3.3.2 step 4.1). */
function startsWith(context: unknown, prefix: unknown): boolean {
  if (!Array.isArray(prefix)) return canonicalize(context) === canonicalize(prefix);
  const whole = Array.isArray(context) ? context : [context];
  return prefix.every(
    (entry, i) => i < whole.length && canonicalize(whole[i]) === canonicalize(entry),
  );
}

async function resolve(
  resolvePublicKey: PublicKeyResolver,
  method: string,
  at: string,
  report: Report,
): Promise<ResolvedKey | undefined> {
  let key: ResolvedKey | undefined;
  try {
    key = await resolvePublicKey(method);
  } catch (error) {
    report(
      `${at}/verificationMethod`,
      'unknown-verification-method',
      `Could not resolve ${method}: ${describe(error)}`,
    );
    return undefined;
  }
  if (!key) {
    report(
      `${at}/verificationMethod`,
      'unknown-verification-method',
      `No public key is known for ${method}.`,
    );
    return undefined;
  }
  if (!(key.publicKey instanceof Uint8Array) || key.publicKey.length !== 32) {
    report(
      `${at}/verificationMethod`,
      'unknown-verification-method',
      `The key resolved for ${method} is not a 32-byte Ed25519 public key.`,
    );
    return undefined;
  }
  return key;
}

async function verifyProof(
  credential: Record<string, unknown>,
  proof: unknown,
  at: string,
  resolvePublicKey: PublicKeyResolver,
  options: Required<VerifyOptions>,
  report: Report,
): Promise<void> {
  const read = readProof(proof, at, options.proofPurpose, report);
  if (!read) return;
  const { proof: _proofs, ...unsecured } = credential;
  if (read.options['@context'] !== undefined) {
    if (!startsWith(credential['@context'], read.options['@context'])) {
      report(
        `${at}/@context`,
        'context-mismatch',
        "The proof's @context is not the start of the credential's @context.",
      );
      return;
    }
    unsecured['@context'] = read.options['@context'];
  }
  const key = await resolve(resolvePublicKey, read.method, at, report);
  if (!key) return;
  const issuer = credential.issuer;
  const issuerId = isRecord(issuer) ? issuer.id : issuer;
  if (key.controller !== issuerId) {
    report(
      '/issuer',
      'issuer-mismatch',
      `The proof was made with a key of ${key.controller}, not of the issuer ${JSON.stringify(issuerId)}.`,
    );
  }
  let valid: boolean;
  try {
    const data = await proofHashData(unsecured, read.options);
    valid = await options.checkSignature(data, read.signature, key.publicKey);
  } catch (error) {
    const code = error instanceof TypeError ? 'not-json' : 'unsupported-algorithm';
    report(at, code, `The signature could not be checked: ${describe(error)}`);
    return;
  }
  if (!valid) {
    report(
      `${at}/proofValue`,
      'invalid-signature',
      `The signature does not match: the credential or its proof was changed after signing, or it was not signed by the key of ${read.method}.`,
    );
  }
}

/**
 * Verifies every proof of a credential made with `eddsa-jcs-2022`: the proof's form, that its
 * `@context` starts the credential's, the public key (through `resolvePublicKey`, e.g.
 * {@link resolveDidKey}), that the key's controller is the credential's issuer, and the Ed25519
 * signature over the JCS hashes of the proof options and of the credential without its proofs.
 * A credential changed after signing (a name, the earner, a date, the proof's `created`) fails.
 *
 * Validity dates (`validFrom`, `validUntil`) and revocation are not checked here: they depend
 * on the verifier's clock and registers.
 *
 * Never throws: a missing proof, an unknown key, another cryptosuite, a bad signature come back
 * as issues with JSON pointers into the credential.
 *
 * @example
 * ```ts
 * const result = await verifyCredential(json, resolveDidKey);
 * if (!result.ok) for (const issue of result.issues) console.warn(issue.path, issue.message);
 * ```
 */
export async function verifyCredential(
  credential: unknown,
  resolvePublicKey: PublicKeyResolver,
  options: VerifyOptions = {},
): Promise<VerificationResult> {
  const issues: Issue[] = [];
  const report: Report = (path, code, message) => issues.push({ path, code, message });
  try {
    if (!isRecord(credential)) {
      report('', 'invalid-type', 'Expected a credential (a JSON object).');
      return { ok: false, issues };
    }
    const proofs = proofsOf(credential);
    if (proofs.length === 0) {
      report('/proof', 'missing-proof', 'The credential has no proof: it is not signed.');
      return { ok: false, issues };
    }
    if (!options.checkSignature && !subtleCrypto()) {
      report(
        '',
        'webcrypto-unavailable',
        'WebCrypto (globalThis.crypto.subtle) is not available: use Node 20+ or a page served over https.',
      );
      return { ok: false, issues };
    }
    const settings: Required<VerifyOptions> = {
      proofPurpose: options.proofPurpose ?? 'assertionMethod',
      checkSignature: options.checkSignature ?? verifyEd25519,
    };
    const arrayOfProofs = Array.isArray(credential.proof);
    for (const [i, proof] of proofs.entries()) {
      const at = arrayOfProofs ? pointer('proof', i) : '/proof';
      await verifyProof(credential, proof, at, resolvePublicKey, settings, report);
    }
  } catch (error) {
    report('', 'unreadable-input', `The credential could not be read: ${describe(error)}`);
  }
  return issues.length === 0 ? { ok: true } : { ok: false, issues: dedupe(issues) };
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.code}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
