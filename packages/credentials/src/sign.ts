/**
 * Signing credentials with a Data Integrity proof, cryptosuite `eddsa-jcs-2022` (W3C Data
 * Integrity EdDSA Cryptosuites v1.0, §3.3). The key stays behind a {@link CredentialSigner}: a
 * local key, an HSM or a cloud KMS. Hashing uses WebCrypto, so this runs in browsers too.
 *
 * @packageDocumentation
 */
import type { Issue, ParseResult } from '@competence-kit/schemas';
import type {
  DataIntegrityProof,
  OpenBadgeCredential,
  SignedCredential,
} from './credential.types.js';
import { codeOf, describe } from './errors.js';
import { isDateTime, isUri } from './formats.js';
import { canonicalize } from './jcs.js';
import type { CredentialLimits } from './limits.js';
import { CREDENTIAL_LIMIT_CODES, measureJson, readLimits } from './limits.js';
import { encodeMultibase } from './multibase.js';
import { sha256Text, subtleCrypto } from './webcrypto.js';

/** The cryptosuite this module implements. */
export const EDDSA_JCS_2022 = 'eddsa-jcs-2022';

/**
 * Signs bytes with a private key it keeps to itself. Implement it over a local key
 * (`ed25519Signer` from `@competence-kit/credentials/node-signer`), an HSM or a cloud KMS.
 */
export interface CredentialSigner {
  /** The URL a verifier dereferences to the public key, e.g. `did:key:z6Mk…#z6Mk…`. */
  readonly verificationMethod: string;
  /** `eddsa-jcs-2022`: the signature is pure Ed25519 (RFC 8032) over the bytes given. */
  readonly cryptosuite: string;
  /** The 64-byte Ed25519 signature of `data`. */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** Options of {@link signCredential}. */
export interface SignOptions {
  /** When the proof is made (RFC 3339 with offset); passed in so signing stays reproducible. */
  created: string;
  /** Why the issuer signs: always `assertionMethod` for credentials. Default `assertionMethod`. */
  proofPurpose?: 'assertionMethod';
  /**
   * The limits the credential must keep, the proof to be added included; the defaults are
   * `verifyCredential`'s (`DEFAULT_CREDENTIAL_LIMITS`), so that what is signed is read.
   */
  limits?: Partial<CredentialLimits>;
}

/** The proof options of a Data Integrity proof: the proof without its `proofValue`. */
export type ProofOptions = Omit<DataIntegrityProof, 'proofValue'>;

/**
 * The bytes an `eddsa-jcs-2022` proof signs (§3.3.4 Hashing): SHA-256 of the JCS form of the
 * proof options, followed by SHA-256 of the JCS form of the document without its proof. 64 bytes.
 *
 * @throws TypeError when either is not JSON data (see `canonicalize`); WebCryptoUnavailable
 *   where WebCrypto is missing.
 * @example
 * ```ts
 * const data = await proofHashData(credentialWithoutProof, proofOptions);
 * ```
 */
export async function proofHashData(
  unsecuredDocument: object,
  proofOptions: object,
): Promise<Uint8Array> {
  const [proofHash, documentHash] = await Promise.all([
    sha256Text(canonicalize(proofOptions)),
    sha256Text(canonicalize(unsecuredDocument)),
  ]);
  const data = new Uint8Array(64);
  data.set(proofHash, 0);
  data.set(documentHash, 32);
  return data;
}

/** The proofs of a document as a list: none, one object, or a proof set. */
export function proofsOf(document: Record<string, unknown>): unknown[] {
  const proof = document.proof;
  if (proof === undefined) return [];
  return Array.isArray(proof) ? proof : [proof];
}

function withoutProof<T extends object>(document: T): Omit<T, 'proof'> {
  const { proof: _proof, ...rest } = document as T & { proof?: unknown };
  return rest;
}

function checkSignRequest(
  credential: unknown,
  signer: unknown,
  options: unknown,
): { issues: Issue[]; limits: CredentialLimits } {
  const issues: Issue[] = [];
  const report = (path: string, code: string, message: string) =>
    issues.push({ path, code, message });
  if (typeof credential !== 'object' || credential === null || Array.isArray(credential)) {
    report('/credential', 'invalid-type', 'Expected the credential as an object.');
  } else if (!Array.isArray((credential as Record<string, unknown>)['@context'])) {
    report(
      '/credential/@context',
      'required',
      'Expected the credential to have an @context array.',
    );
  }
  const s = (
    typeof signer === 'object' && signer !== null ? signer : {}
  ) as Partial<CredentialSigner>;
  if (s.cryptosuite !== EDDSA_JCS_2022)
    report(
      '/signer/cryptosuite',
      'unsupported-cryptosuite',
      `Only ${EDDSA_JCS_2022} is supported; the signer uses ${JSON.stringify(s.cryptosuite)}.`,
    );
  if (!isUri(s.verificationMethod))
    report(
      '/signer/verificationMethod',
      'invalid-format',
      'Expected the URL of the verification method, such as "did:key:z6Mk…#z6Mk…".',
    );
  if (typeof s.sign !== 'function')
    report('/signer/sign', 'invalid-type', 'Expected a sign(data) function.');
  const o = (
    typeof options === 'object' && options !== null ? options : {}
  ) as Partial<SignOptions>;
  if (!isDateTime(o.created))
    report(
      '/options/created',
      'invalid-date',
      'Expected a real date and time with an offset, such as "2026-03-12T16:05:00Z".',
    );
  if (o.proofPurpose !== undefined && o.proofPurpose !== 'assertionMethod')
    report(
      '/options/proofPurpose',
      'invalid-value',
      'Credentials are signed for "assertionMethod".',
    );
  const { limits, issues: limitIssues } = readLimits(o.limits, '/options/limits');
  issues.push(...limitIssues);
  if (!subtleCrypto())
    report(
      '',
      'webcrypto-unavailable',
      'WebCrypto (globalThis.crypto.subtle) is not available: use Node 20+ or a page served over https.',
    );
  return { issues, limits };
}

/**
 * The credential within the limits and JSON data (one linear pass), room for one more proof;
 * issues with pointers under `/credential` otherwise.
 */
function checkCredentialSize(credential: object, limits: CredentialLimits): Issue[] {
  const issues: Issue[] = [];
  const proofs = proofsOf(credential as Record<string, unknown>);
  if (proofs.length + 1 > limits.maxProofs)
    issues.push({
      path: '/credential/proof',
      code: CREDENTIAL_LIMIT_CODES.maxProofs,
      message: `The credential already has ${proofs.length} proofs; with another it would pass the limit maxProofs (${limits.maxProofs}).`,
    });
  const measure = measureJson(credential, limits, '/credential');
  if (!measure.ok) issues.push(measure.issue);
  return issues;
}

/** A deep copy of JSON data (checked as such before), so that no output shares structure. */
function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Signs a credential: adds a `DataIntegrityProof` with cryptosuite `eddsa-jcs-2022` to its
 * `proof` array (OB 3.0 writes proofs as an array; an existing proof stays, making a proof set,
 * and each proof signs the credential without any proof). As the specification's Add Proof
 * algorithm requires (§3.3.1), the proof carries the credential's `@context`. The proof value is
 * the signer's signature of {@link proofHashData}, in multibase base58btc (`z…`).
 *
 * Never throws: invalid options, a credential JSON cannot express, a signer that fails or
 * returns something other than 64 bytes all come back as issues, with pointers into
 * `{ credential, signer, options }`.
 *
 * @example
 * ```ts
 * const signed = await signCredential(credential, signer, { created: '2026-03-12T16:05:00Z' });
 * if (signed.ok) await publish(signed.value);
 * ```
 */
export async function signCredential<C extends OpenBadgeCredential>(
  credential: C,
  signer: CredentialSigner,
  options: SignOptions,
): Promise<ParseResult<C & SignedCredential>> {
  try {
    const { issues, limits } = checkSignRequest(credential, signer, options);
    if (issues.length > 0) return { ok: false, issues };
    const sizeIssues = checkCredentialSize(credential, limits);
    if (sizeIssues.length > 0) return { ok: false, issues: sizeIssues };
    let unsecured: Omit<C, 'proof'>;
    let existing: DataIntegrityProof[];
    let proofOptions: ProofOptions;
    let data: Uint8Array;
    try {
      // Copies, so that the result shares no object with the input, nor its proof with its body.
      unsecured = copyOf(withoutProof(credential));
      existing = copyOf(
        proofsOf(credential as unknown as Record<string, unknown>),
      ) as DataIntegrityProof[];
      proofOptions = {
        type: 'DataIntegrityProof',
        cryptosuite: EDDSA_JCS_2022,
        created: options.created,
        verificationMethod: signer.verificationMethod,
        proofPurpose: options.proofPurpose ?? 'assertionMethod',
        '@context': copyOf(credential['@context']),
      };
      data = await proofHashData(unsecured, proofOptions);
    } catch (error) {
      return {
        ok: false,
        issues: [{ path: '/credential', code: codeOf(error, 'hash'), message: describe(error) }],
      };
    }
    let signature: Uint8Array;
    try {
      signature = await signer.sign(data);
    } catch (error) {
      return {
        ok: false,
        issues: [
          {
            path: '/signer',
            code: 'signing-failed',
            message: `The signer failed: ${describe(error)}`,
          },
        ],
      };
    }
    if (!(signature instanceof Uint8Array) || signature.length !== 64) {
      return {
        ok: false,
        issues: [
          {
            path: '/signer',
            code: 'invalid-signature',
            message: 'The signer must return a 64-byte Ed25519 signature.',
          },
        ],
      };
    }
    const proof: DataIntegrityProof = { ...proofOptions, proofValue: encodeMultibase(signature) };
    const value = { ...unsecured, proof: [...existing, proof] } as C & SignedCredential;
    return { ok: true, value };
  } catch (error) {
    return {
      ok: false,
      issues: [{ path: '', code: codeOf(error, 'read'), message: describe(error) }],
    };
  }
}
