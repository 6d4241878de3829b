/**
 * Open Badges 3.0 credentials as TypeScript types: the subset of the 1EdTech data model
 * (`AchievementCredential`, `Profile`, `AchievementSubject`, `Achievement`, `Alignment`, …) that
 * Competence Kit writes, modelled on the published JSON Schema (draft 2019-09,
 * `ob_v3p0_achievementcredential-jsonschema1.json`). Extra properties allowed by the schema are
 * not listed; the types describe what `issueCredential` and `signCredential` produce.
 *
 * @packageDocumentation
 */
import type { Catalogue, Framework, SkosRelation } from '@competence-kit/schemas';

/** The `@context` of every credential: VC Data Model 2.0, then Open Badges 3.0.3. */
export const CREDENTIAL_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
] as const;

/** The achievement types of OB 3.0 (`AchievementType` enumeration) that Competence Kit uses. */
export const ACHIEVEMENT_TYPES = ['Course', 'LearningProgram', 'Fieldwork'] as const;

/**
 * The kind of achievement. OB 3.0 enumerates many more (`Certificate`, `Badge`, …); other
 * values must start with `ext:`.
 */
export type AchievementType = (typeof ACHIEVEMENT_TYPES)[number] | `ext:${string}`;

/**
 * What an alignment points at. OB 3.0 enumerates CASE and Credential Engine node types
 * (`CFItem`, `ceasn:Competency`, …), each tied to a publisher; other values start with `ext:`.
 */
export type AlignmentTargetType =
  | 'ceasn:Competency'
  | 'ceterms:Credential'
  | 'CFItem'
  | 'CFRubric'
  | 'CFRubricCriterion'
  | 'CFRubricCriterionLevel'
  | 'CTDL'
  | `ext:${string}`;

/** Our own competences as alignment targets: not CASE items nor Credential Engine competencies. */
export const COMPETENCE_TARGET_TYPE = 'ext:CompetenceKitCompetence';
/** ESCO skills and competences as alignment targets. */
export const ESCO_TARGET_TYPE = 'ext:ESCOSkill';

/**
 * The issuer: an organisation (a city, a district) described by an OB 3.0 `Profile`. Named
 * `IssuerProfile` here so that it does not clash with the role profiles of a framework.
 */
export interface IssuerProfile {
  /** A URI that identifies the issuer, such as `https://www.offenbach.de` or a `did:key`. */
  id: string;
  type: ['Profile'];
  name: string;
  /** The issuer's home page. */
  url?: string;
  /** A contact address. */
  email?: string;
}

/**
 * The identity of an earner, hashed with a salt so that the credential does not reveal it
 * (OB 3.0 `IdentityObject`). `identityHash` is `sha256$` followed by the hex SHA-256 of the
 * UTF-8 identity immediately followed by the salt.
 */
export interface IdentityObject {
  type: 'IdentityObject';
  hashed: true;
  identityHash: string;
  /** What kind of identity was hashed: usually `emailAddress`; other kinds start with `ext:`. */
  identityType: IdentityType;
  salt?: string;
}

/** The identity types of OB 3.0 (`IdentifierTypeEnum`). */
export const IDENTITY_TYPES = [
  'name',
  'sourcedId',
  'systemId',
  'productId',
  'userName',
  'accountId',
  'emailAddress',
  'nationalIdentityNumber',
  'isbn',
  'issn',
  'lisSourcedId',
  'oneRosterSourcedId',
  'sisSourcedId',
  'ltiContextId',
  'ltiDeploymentId',
  'ltiToolId',
  'ltiPlatformId',
  'ltiUserId',
  'identifier',
] as const;

/** What kind of identity was hashed; values outside OB 3.0's list start with `ext:`. */
export type IdentityType = (typeof IDENTITY_TYPES)[number] | `ext:${string}`;

/** One statement that the achievement relates to a node of a framework (OB 3.0 `Alignment`). */
export interface Alignment {
  type: ['Alignment'];
  /** The name of the target, in the credential's language where available. */
  targetName: string;
  /** The URI of the target. */
  targetUrl: string;
  /** The title of the framework the target belongs to. */
  targetFramework?: string;
  /** The target's code within its framework. */
  targetCode?: string;
  targetDescription?: string;
  targetType?: AlignmentTargetType;
}

/** How the achievement is earned (OB 3.0 `Criteria`). */
export interface Criteria {
  narrative: string;
}

/** One level of a rubric: here, a level of the framework's proficiency scale. */
export interface RubricCriterionLevel {
  id: string;
  type: ['RubricCriterionLevel'];
  name: string;
  /** What a person does at this level in this competence (the framework's descriptor). */
  description?: string;
  /** The level's id on the framework's scale. */
  level?: string;
}

/** A kind of result the achievement can carry: the level reached in one competence. */
export interface ResultDescription {
  id: string;
  type: ['ResultDescription'];
  name: string;
  resultType: 'RubricCriterionLevel';
  alignment?: Alignment[];
  rubricCriterionLevel: RubricCriterionLevel[];
}

/**
 * A result the earner reached (OB 3.0 `Result`), pointing into a {@link ResultDescription}.
 * Named `AchievementResult` so that it does not clash with the scoring `Result` of
 * `@competence-kit/schemas`.
 */
export interface AchievementResult {
  type: ['Result'];
  /** The `id` of the result description. */
  resultDescription: string;
  /** The `id` of the rubric criterion level reached. */
  achievedLevel: string;
}

/** What was achieved: the completed module (OB 3.0 `Achievement`). */
export interface Achievement {
  /** `{catalogue id}/modules/{module id}`. */
  id: string;
  type: ['Achievement'];
  achievementType: AchievementType;
  name: string;
  description: string;
  criteria: Criteria;
  /** The language of `name`, `description` and `criteria` (a BCP 47 tag). */
  inLanguage?: string;
  /** The module's id, for people who know the catalogue. */
  humanCode?: string;
  /** The framework's title. */
  fieldOfStudy?: string;
  /** The titles of the domains the module's competences belong to. */
  tag?: string[];
  /** The catalogue's version. */
  version?: string;
  alignment?: Alignment[];
  resultDescription?: ResultDescription[];
}

/** The earner and what they achieved (OB 3.0 `AchievementSubject`). */
export interface AchievementSubject {
  /** A pseudonymous URI for the earner (a `urn:uuid:…` or the earner's own DID). */
  id?: string;
  type: ['AchievementSubject'];
  /** Hashed identities of the earner. */
  identifier?: IdentityObject[];
  achievement: Achievement;
  result?: AchievementResult[];
}

/**
 * A Data Integrity proof made with the `eddsa-jcs-2022` cryptosuite (W3C Data Integrity EdDSA
 * Cryptosuites v1.0, section 3.3).
 */
export interface DataIntegrityProof {
  type: 'DataIntegrityProof';
  cryptosuite: string;
  created: string;
  verificationMethod: string;
  proofPurpose: string;
  /** The credential's `@context`, copied in so the proof survives in proof sets. */
  '@context'?: readonly string[];
  /** The Ed25519 signature, multibase base58btc (`z…`). */
  proofValue: string;
}

/** An Open Badges 3.0 credential (an `OpenBadgeCredential`, alias `AchievementCredential`). */
export interface OpenBadgeCredential {
  '@context': typeof CREDENTIAL_CONTEXT | readonly string[];
  /** `urn:uuid:…` */
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  issuer: IssuerProfile;
  /** When the earner completed the module (RFC 3339 with offset). */
  validFrom: string;
  /** The module's title, for wallets. */
  name: string;
  credentialSubject: AchievementSubject;
  /** Absent until signed; OB 3.0 writes proofs as an array (a proof set). */
  proof?: DataIntegrityProof[];
}

/** An Open Badges 3.0 credential with at least one proof. */
export type SignedCredential = OpenBadgeCredential & { proof: DataIntegrityProof[] };

/** Who issues the credential: the city, as it wants to be named. */
export interface IssuerInput {
  /** A URI: the city's web address, or the `did:key` of its signing key. */
  id: string;
  name: string;
  url?: string;
  email?: string;
}

/**
 * Who earned the credential. Give a pseudonymous `id`, hashed `identifier`s (see
 * `hashIdentity`), or both; never a plain e-mail address.
 */
export interface EarnerInput {
  /** A URI that does not reveal the person: a `urn:uuid:…` pseudonym or their wallet's DID. */
  id?: string;
  identifier?: IdentityObject[];
}

/** Everything `issueCredential` needs. Clock and randomness come in as data. */
export interface IssueCredentialInput {
  framework: Framework;
  catalogue: Catalogue;
  /** The id of the completed module in the catalogue. */
  module: string;
  issuer: IssuerInput;
  earner: EarnerInput;
  /** When the earner completed the module: RFC 3339 with an offset, e.g. `2026-03-12T16:00:00+01:00`. */
  completedAt: string;
  /** The language to write the credential in (BCP 47); missing texts fall back as `localize` does. */
  locale: string;
  /** The credential's id, a `urn:uuid:…`. Either this or `random`. */
  id?: string;
  /** 16 random bytes (e.g. `crypto.getRandomValues(new Uint8Array(16))`), made into a UUID v4. */
  random?: Uint8Array;
  /** The level reached per competence (competence id → level id), from an assessment. */
  levels?: Record<string, string>;
  /**
   * Which SKOS relations of the framework's ESCO mappings become alignments.
   * Default `['exactMatch', 'closeMatch']`.
   */
  escoRelations?: SkosRelation[];
}
