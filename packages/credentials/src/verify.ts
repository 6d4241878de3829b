/**
 * Verifying the `eddsa-jcs-2022` proofs of a credential (W3C Data Integrity EdDSA Cryptosuites
 * v1.0, §3.3.2), with WebCrypto's Ed25519 by default.
 *
 * @packageDocumentation
 */
import type { Issue } from '@competence-kit/schemas';
import { pointer } from '@competence-kit/schemas';
import type { PublicKeyResolver, ResolvedKey } from './did-key.js';
import { UnsecuredDocument } from './document-hash.js';
import { codeOf, describe } from './errors.js';
import { canonicalize } from './jcs.js';
import type { CredentialLimits } from './limits.js';
import { CREDENTIAL_LIMIT_CODES, measureJson, readLimits, shown } from './limits.js';
import type { Report } from './proof-form.js';
import { isRecord, readProof } from './proof-form.js';
import { proofsOf } from './sign.js';
import { sha256Text, subtleCrypto, verifyEd25519 } from './webcrypto.js';

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
  /**
   * How much of the credential to read: `maxDepth` (default 32), `maxSize` (characters of
   * JSON text, default 1,000,000), `maxProofs` (default 8). See `DEFAULT_CREDENTIAL_LIMITS`.
   */
  limits?: Partial<CredentialLimits>;
}

interface Settings {
  proofPurpose: string;
  checkSignature: SignatureCheck;
}

/** The credential, read once: its JCS-ready parts shared by every proof. */
interface Secured {
  credential: Record<string, unknown>;
  unsecured: UnsecuredDocument;
  /** The JCS text of each entry of the credential's `@context`, computed once. */
  contextEntries: string[] | undefined;
}

/** Whether the credential's `@context` starts with every entry of `prefix` (§3.3.2 step 4.1). */
function startsWith(secured: Secured, prefix: unknown): boolean {
  const context = secured.credential['@context'];
  if (!Array.isArray(prefix)) return canonicalize(context) === canonicalize(prefix);
  const whole = Array.isArray(context) ? context : [context];
  if (prefix.length > whole.length) return false;
  secured.contextEntries ??= whole.map((entry) => canonicalize(entry));
  const entries = secured.contextEntries;
  return prefix.every((entry, i) => entries[i] === canonicalize(entry));
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
    // The key may well exist: the lookup failed (a register offline), which is not "unknown".
    report(
      `${at}/verificationMethod`,
      'key-resolution-failed',
      `Could not resolve ${shown(method)}: ${describe(error)}`,
    );
    return undefined;
  }
  if (!key) {
    report(
      `${at}/verificationMethod`,
      'unknown-verification-method',
      `No public key is known for ${shown(method)}.`,
    );
    return undefined;
  }
  if (!(key.publicKey instanceof Uint8Array) || key.publicKey.length !== 32) {
    report(
      `${at}/verificationMethod`,
      'unknown-verification-method',
      `The key resolved for ${shown(method)} is not a 32-byte Ed25519 public key.`,
    );
    return undefined;
  }
  return key;
}

/** The 64 bytes an eddsa-jcs-2022 proof signs (§3.3.4), the document's hash shared. */
async function signedData(
  secured: Secured,
  proofOptions: Record<string, unknown>,
): Promise<Uint8Array> {
  const context =
    proofOptions['@context'] !== undefined
      ? proofOptions['@context']
      : secured.credential['@context'];
  const [proofHash, documentHash] = await Promise.all([
    sha256Text(canonicalize(proofOptions)),
    secured.unsecured.hash(context),
  ]);
  const data = new Uint8Array(64);
  data.set(proofHash, 0);
  data.set(documentHash, 32);
  return data;
}

async function verifyProof(
  secured: Secured,
  proof: unknown,
  at: string,
  resolvePublicKey: PublicKeyResolver,
  settings: Settings,
  report: Report,
): Promise<void> {
  const read = readProof(proof, at, settings.proofPurpose, report);
  if (!read) return;
  if (read.options['@context'] !== undefined && !startsWith(secured, read.options['@context'])) {
    report(
      `${at}/@context`,
      'context-mismatch',
      "The proof's @context is not the start of the credential's @context.",
    );
    return;
  }
  const key = await resolve(resolvePublicKey, read.method, at, report);
  if (!key) return;
  const issuer = secured.credential.issuer;
  const issuerId = isRecord(issuer) ? issuer.id : issuer;
  if (key.controller !== issuerId) {
    report(
      '/issuer',
      'issuer-mismatch',
      `The proof was made with a key of ${shown(key.controller)}, not of the issuer ${shown(issuerId)}.`,
    );
  }
  let data: Uint8Array;
  try {
    data = await signedData(secured, read.options);
  } catch (error) {
    report(at, codeOf(error, 'hash'), `The signed data could not be computed: ${describe(error)}`);
    return;
  }
  let valid: boolean;
  try {
    valid = await settings.checkSignature(data, read.signature, key.publicKey);
  } catch (error) {
    report(
      `${at}/proofValue`,
      codeOf(error, 'check'),
      `The signature could not be checked: ${describe(error)}`,
    );
    return;
  }
  if (valid !== true) {
    report(
      `${at}/proofValue`,
      'invalid-signature',
      `The signature does not match: the credential or its proof was changed after signing, or it was not signed by the key of ${shown(read.method)}.`,
    );
  }
}

/**
 * The limits (option `limits`): the number of proofs, then the depth and length of the JSON text
 * in one linear pass. Returns whether the credential is within them.
 */
function withinLimits(
  credential: Record<string, unknown>,
  limits: CredentialLimits,
  report: Report,
): boolean {
  const proofs = proofsOf(credential);
  let within = true;
  if (proofs.length > limits.maxProofs) {
    report(
      '/proof',
      CREDENTIAL_LIMIT_CODES.maxProofs,
      `The credential has ${proofs.length} proofs; at most ${limits.maxProofs} are read (the limit maxProofs).`,
    );
    within = false;
  }
  const measure = measureJson(credential, limits);
  if (!measure.ok) {
    report(measure.issue.path, measure.issue.code, measure.issue.message);
    within = false;
  }
  return within;
}

/**
 * Verifies every proof of a credential made with `eddsa-jcs-2022`: the proof's form, that its
 * `@context` starts the credential's, the public key (through `resolvePublicKey`, e.g.
 * {@link resolveDidKey}), that the key's controller is the credential's issuer, and the Ed25519
 * signature over the JCS hashes of the proof options and of the credential without its proofs.
 * A credential changed after signing (a name, the earner, a date, the proof's `created`) fails.
 *
 * Bounded by default: before anything is canonicalised, hashed or resolved, one linear pass
 * without recursion checks the credential against `options.limits` (nesting depth, length of
 * its JSON text, number of proofs; see `DEFAULT_CREDENTIAL_LIMITS`) and that it is JSON data.
 * The document's hash is computed once per distinct proof `@context`, not once per proof.
 *
 * Validity dates (`validFrom`, `validUntil`) and revocation are not checked here: they depend
 * on the verifier's clock and registers.
 *
 * Never throws: a missing proof, an unknown key, another cryptosuite, a bad signature, a
 * credential over a limit come back as issues with JSON pointers into the credential and
 * kebab-case codes (`depth-limit-exceeded`, `size-limit-exceeded`, `proofs-limit-exceeded`,
 * `not-json`, `invalid-signature`…).
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
    const given: VerifyOptions = isRecord(options) ? options : {};
    const { limits, issues: optionIssues } = readLimits(given.limits, '/options/limits');
    if (optionIssues.length > 0) return { ok: false, issues: optionIssues };
    if (!isRecord(credential)) {
      report('', 'invalid-type', 'Expected a credential (a JSON object).');
      return { ok: false, issues };
    }
    if (!withinLimits(credential, limits, report)) return { ok: false, issues };
    const proofs = proofsOf(credential);
    if (proofs.length === 0) {
      report('/proof', 'missing-proof', 'The credential has no proof: it is not signed.');
      return { ok: false, issues };
    }
    if (!given.checkSignature && !subtleCrypto()) {
      report(
        '',
        'webcrypto-unavailable',
        'WebCrypto (globalThis.crypto.subtle) is not available: use Node 20+ or a page served over https.',
      );
      return { ok: false, issues };
    }
    const settings: Settings = {
      proofPurpose: given.proofPurpose ?? 'assertionMethod',
      checkSignature: given.checkSignature ?? verifyEd25519,
    };
    const secured: Secured = {
      credential,
      unsecured: new UnsecuredDocument(credential),
      contextEntries: undefined,
    };
    const arrayOfProofs = Array.isArray(credential.proof);
    for (const [i, proof] of proofs.entries()) {
      const at = arrayOfProofs ? pointer('proof', i) : '/proof';
      await verifyProof(secured, proof, at, resolvePublicKey, settings, report);
    }
  } catch (error) {
    report('', codeOf(error, 'read'), `The credential could not be read: ${describe(error)}`);
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
