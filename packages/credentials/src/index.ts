/**
 * Open Badges 3.0 credentials for completed modules: issue them (pure), sign them with a
 * pluggable signer (`eddsa-jcs-2022`), verify them. Runs in Node 20+ and in browsers; the
 * Node-only signer lives in `@competence-kit/credentials/node-signer`.
 *
 * @packageDocumentation
 */
export { issueCredential, ACHIEVEMENT_TYPE_BY_FORMAT } from './credential.js';
export { competenceUri, ESCO_SKILL_PREFIX, DEFAULT_ESCO_RELATIONS } from './alignment.js';
export { hashIdentity, identityMatches } from './identity.js';
export { signCredential, proofHashData, EDDSA_JCS_2022 } from './sign.js';
export type { CredentialSigner, SignOptions, ProofOptions } from './sign.js';
export { verifyCredential } from './verify.js';
export { DEFAULT_CREDENTIAL_LIMITS, CREDENTIAL_LIMIT_CODES } from './limits.js';
export type { CredentialLimits } from './limits.js';
export type { VerificationResult, VerifyOptions, SignatureCheck } from './verify.js';
export { resolveDidKey, didKeyFor, didKeyVerificationMethod, ed25519Multikey } from './did-key.js';
export type { PublicKeyResolver, ResolvedKey } from './did-key.js';
export { canonicalize } from './jcs.js';
export { encodeBase58btc, decodeBase58btc, encodeMultibase, decodeMultibase } from './multibase.js';
export { WebCryptoUnavailable } from './webcrypto.js';
export {
  CREDENTIAL_CONTEXT,
  ACHIEVEMENT_TYPES,
  IDENTITY_TYPES,
  COMPETENCE_TARGET_TYPE,
  ESCO_TARGET_TYPE,
} from './credential.types.js';
export type {
  OpenBadgeCredential,
  SignedCredential,
  IssuerProfile,
  AchievementSubject,
  Achievement,
  AchievementType,
  Alignment,
  AlignmentTargetType,
  Criteria,
  IdentityObject,
  IdentityType,
  AchievementResult,
  ResultDescription,
  RubricCriterionLevel,
  DataIntegrityProof,
  IssueCredentialInput,
  IssuerInput,
  EarnerInput,
} from './credential.types.js';
