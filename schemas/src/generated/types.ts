// Generated from schemas/*.schema.json by schemas/scripts/generate.mjs.
// Do not edit; run npm run generate.

/**
 * A stable, local identifier in kebab-case: lowercase ASCII letters and digits separated by single hyphens, starting with a letter.
 */
export type Id = string;
/**
 * An absolute URI (RFC 3986): a scheme, a colon and at least one non-space character.
 */
export type Uri = string;
/**
 * A well-formed BCP 47 language tag: language, optional script, optional region, optional variants (for example `de`, `de-AT`, `sr-Latn-RS`, `ar`).
 */
export type Locale = string;
/**
 * A Semantic Versioning 2.0.0 version, such as `1.4.0` or `2.0.0-rc.1`.
 */
export type Semver = string;
/**
 * A semver range as npm writes them (`^1.2.0`, `>=1.0.0 <2.0.0`, `1.x`).
 */
export type SemverRange = string;
/**
 * A calendar date, `YYYY-MM-DD`.
 */
export type IsoDate = string;
/**
 * A date and time with an explicit offset, RFC 3339 (`2026-03-01T09:30:00Z`).
 */
export type IsoDateTime = string;
/**
 * An SPDX licence expression such as `CC-BY-4.0` or `EUPL-1.2`.
 */
export type SpdxLicense = string;
/**
 * What kind of competence this is.
 */
export type Dimension = 'knowledge' | 'skills' | 'attitudes' | 'values';
/**
 * The SKOS mapping relation from our competence to the outside concept.
 */
export type SkosRelation = 'exactMatch' | 'closeMatch' | 'broadMatch' | 'narrowMatch' | 'related';

/**
 * Points at a framework by its id and a version or semver range.
 */
export interface FrameworkReference {
  id: Uri;
  version: SemverRange;
}
/**
 * A city's changes to a published framework: what it adds, what it modifies and, explicitly, what it removes. Applied with extendFramework; the result is a framework of its own that records what it extends.
 */
export interface FrameworkExtension {
  $schema?: string;
  /**
   * The base framework: its id and the version or semver range this extension was written for.
   */
  extends: FrameworkReference;
  /**
   * The URI of the extended framework (the city's own).
   */
  id: Uri;
  version: Semver;
  /**
   * Replaces or adds to the base title, locale by locale.
   */
  title?: LocalizedText;
  description?: LocalizedText;
  /**
   * Locales to add to the required ones (for example a city's own language).
   */
  locales?: Locale[];
  defaultLocale?: Locale;
  license?: SpdxLicense;
  provenance?: Provenance;
  /**
   * New entries. An id that already exists in the base is a conflict, not an override: use `modify`.
   */
  add?: {
    domains?: Domain[];
    competences?: Competence[];
    roleProfiles?: RoleProfile[];
    mappings?: Mapping[];
  };
  /**
   * Changes to existing entries, keyed by id. Texts are merged locale by locale: a new locale adds a translation, an existing one is overridden.
   */
  modify?: {
    /**
     * Texts of the scale's levels, keyed by level id. The levels themselves cannot change: that would re-scale every result.
     */
    scale?: {
      [k: string]:
        | {
            title?: LocalizedText;
            description?: LocalizedText;
          }
        | undefined;
    };
    domains?: {
      [k: string]:
        | {
            title?: LocalizedText;
            description?: LocalizedText;
          }
        | undefined;
    };
    competences?: {
      /**
       * The dimension cannot be modified: a competence that changes its nature is a new competence.
       */
      [k: string]:
        | {
            domain?: Id;
            title?: LocalizedText;
            description?: LocalizedText;
            descriptors?: {
              [k: string]: LocalizedText | undefined;
            };
            notes?: {
              [k: string]: LocalizedText | undefined;
            };
          }
        | undefined;
    };
    roleProfiles?: {
      [k: string]:
        | {
            title?: LocalizedText;
            description?: LocalizedText;
            /**
             * Competence id to level id; null removes the target, explicitly.
             */
            targets?: {
              [k: string]: (Id | null) | undefined;
            };
          }
        | undefined;
    };
    mappings?: {
      [k: string]:
        | {
            relation?: SkosRelation;
            targetLabel?: string;
            rationale?: LocalizedText;
          }
        | undefined;
    };
  };
  /**
   * Entries to remove, by id. Nothing is ever removed implicitly: anything that still refers to a removed entry is reported.
   */
  remove?: {
    domains?: Id[];
    competences?: Id[];
    roleProfiles?: Id[];
    mappings?: Id[];
  };
}
/**
 * A competence framework: domains, competences with their dimension, an ordered proficiency scale, a behavioural descriptor per competence and level, role profiles with target levels, and mappings to outside frameworks.
 */
export interface Framework {
  /**
   * The URI of this schema, for editors.
   */
  $schema?: string;
  /**
   * The framework's permanent URI. Competence URIs are built as `{id}#{competence id}` unless a competence declares its own.
   */
  id: Uri;
  /**
   * The framework's version. A change that removes or re-scales is major, one that adds is minor, a rewording is a patch (see diffFrameworks).
   */
  version: Semver;
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * The locales in which every text of the framework must be present. Other locales may appear as partial translations.
   *
   * @minItems 1
   */
  locales: Locale[];
  /**
   * The last step of every fallback chain. Must be one of `locales`.
   */
  defaultLocale: Locale;
  license?: SpdxLicense;
  provenance?: Provenance;
  /**
   * Set when this framework was produced by extending another one: the base framework's id and exact version.
   */
  extends?: FrameworkReference;
  scale: ProficiencyScale;
  /**
   * @minItems 1
   */
  domains: Domain[];
  /**
   * @minItems 1
   */
  competences: Competence[];
  roleProfiles?: RoleProfile[];
  mappings?: Mapping[];
}
/**
 * Who published the framework, when, and what it draws on.
 */
export interface Provenance {
  publisher?: string;
  authors?: string[];
  created?: IsoDate;
  modified?: IsoDate;
  /**
   * What the framework draws on (projects, standards, studies).
   */
  sources?: {
    title: string;
    uri?: Uri;
    note?: LocalizedText;
  }[];
  note?: LocalizedText;
}
/**
 * One level of the proficiency scale.
 */
export interface ProficiencyLevel {
  id: Id;
  /**
   * Position on the scale; strictly increasing from the first level to the last.
   */
  rank: number;
  title: LocalizedText;
  description?: LocalizedText;
}
/**
 * The ordered levels on which every competence is described and assessed.
 */
export interface ProficiencyScale {
  title?: LocalizedText;
  description?: LocalizedText;
  /**
   * The levels from lowest to highest.
   *
   * @minItems 2
   * @maxItems 20
   */
  levels: ProficiencyLevel[];
}
/**
 * A group of related competences.
 */
export interface Domain {
  id: Id;
  title: LocalizedText;
  description?: LocalizedText;
}
/**
 * One competence: its domain, its dimension and what a person does at each level.
 */
export interface Competence {
  id: Id;
  /**
   * A permanent URI of its own; defaults to `{framework id}#{id}`.
   */
  uri?: Uri;
  /**
   * The id of the domain it belongs to.
   */
  domain: Id;
  dimension: Dimension;
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * What a person observably does at each level of the scale, keyed by level id.
   */
  descriptors: {
    [k: string]: LocalizedText | undefined;
  };
  /**
   * Remarks for particular contexts (for example a country's legal situation), keyed by a short id such as a country code in lowercase.
   */
  notes?: {
    [k: string]: LocalizedText | undefined;
  };
}
/**
 * A job role and the level it needs in each competence.
 */
export interface RoleProfile {
  id: Id;
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * The target level per competence: competence id to level id.
   */
  targets: {
    [k: string]: Id | undefined;
  };
}
/**
 * A relation from one of our competences to a concept of an outside framework, typed with SKOS.
 */
export interface Mapping {
  id: Id;
  /**
   * The id of our competence.
   */
  competence: Id;
  relation: SkosRelation;
  /**
   * The URI of the outside concept scheme (for example ESCO's skills pillar).
   */
  scheme: Uri;
  /**
   * The URI of the outside concept.
   */
  target: Uri;
  /**
   * The outside concept's name and number as its publisher gives them.
   */
  targetLabel?: string;
  /**
   * One line on why the relation holds.
   */
  rationale?: LocalizedText;
}
/**
 * A text a person reads, in one or more languages: a map from BCP 47 locale to a non-empty string.
 */
export interface LocalizedText {
  [k: string]: string | undefined;
}
