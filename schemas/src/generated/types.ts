// Generated from schemas/*.schema.json by schemas/scripts/generate.mjs.
// Do not edit; run npm run generate.

/**
 * Where a measure stands.
 */
export type MeasureStatus = 'planned' | 'in-progress' | 'done' | 'delayed' | 'cancelled';
/**
 * An ISO 3166-1 alpha-2 country code in capitals, such as `DE`, `IT` or `ES`.
 */
export type CountryCode = string;
/**
 * An IANA time zone name, such as `Europe/Berlin`; session times and deadlines are shown in it.
 */
export type TimeZoneName = string;
/**
 * An sRGB colour written `#rrggbb`, so that its contrast can be computed.
 */
export type HexColor = string;
/**
 * A document that is either published (id and version range) or the city's own file (path).
 */
export type DocumentReference = PublishedReference | DocumentFile;
/**
 * What the portal uses an instrument for: `self-assessment` (staff assess themselves), `organisational-self-check` (a unit assesses its organisation), `needs-analysis` (a needs-analysis questionnaire).
 */
export type InstrumentPurpose = 'self-assessment' | 'organisational-self-check' | 'needs-analysis';
/**
 * An e-mail address (`name@domain.tld`). A demo city uses reserved domains such as example.org.
 */
export type EmailAddress = string;
/**
 * A telephone number in international form, digits in groups separated by single spaces (`+49 69 90009 123`). A demo city uses numbers reserved for fiction.
 */
export type PhoneNumber = string;
/**
 * The lawful basis of a processing under GDPR Art. 6(1): `consent` (a), `contract` (b), `legal-obligation` (c), `vital-interests` (d), `public-task` (e), `legitimate-interests` (f; not for a public authority's own tasks).
 */
export type LegalBasisCode =
  | 'consent'
  | 'contract'
  | 'legal-obligation'
  | 'vital-interests'
  | 'public-task'
  | 'legitimate-interests';
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
 * Who took part: administration staff, third-country nationals, NGOs, migrant organisations, other stakeholders.
 */
export type ParticipantGroup =
  'staff' | 'third-country-nationals' | 'ngos' | 'migrant-organisations' | 'stakeholders';
/**
 * The four levels of diversity-oriented development of an administration (VOPI).
 */
export type VopiLevel = 'organisation' | 'services-and-access' | 'personnel' | 'cooperation';
/**
 * One question of an instrument.
 */
export type Item =
  | LikertItem
  | SingleChoiceItem
  | MultipleChoiceItem
  | SituationalJudgementItem
  | FreeTextItem
  | RankingItem;
/**
 * One entry of the knowledge base.
 */
export type KnowledgeEntry = PracticeEntry | ToolkitEntry | ManifestoEntry | TestimonialEntry;
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "ModuleFormat".
 */
export type ModuleFormat =
  'workshop' | 'e-learning' | 'job-shadowing' | 'peer-exchange' | 'mentoring' | 'study-visit';
/**
 * Where a statement of the internal review comes from: a session (its kind, date and groups), a desk-research source (its title) or a questionnaire (its group and item).
 */
export type ReportEvidence =
  | {
      type: 'session';
      id: Id;
      kind: 'interview' | 'focus-group';
      date: IsoDate;
      groups: ParticipantGroup[];
    }
  | {
      type: 'source';
      id: Id;
      title: string;
    }
  | {
      type: 'questionnaire';
      id: Id;
      group: ParticipantGroup;
      item: Id | null;
    };
/**
 * What a factor's value rests on, as a code with parameters; renderers put it into words.
 */
export type PriorityReason =
  | {
      code: 'mean-shortfall';
      params: {
        gap: number;
        n: number;
      };
    }
  | {
      code: 'share-below';
      params: {
        share: number;
        n: number;
      };
    }
  | {
      code: 'no-target';
      params: {};
    }
  | {
      code: 'suppressed';
      params: {
        k: number;
      };
    }
  | {
      code: 'no-valid-score';
      params: {};
    }
  | {
      code: 'not-measured';
      params: {};
    }
  | {
      code: 'mean-score';
      params: {
        mean: number;
        n: number;
      };
    }
  | {
      code: 'not-perceived';
      params: {};
    }
  | {
      code: 'no-findings';
      params: {};
    }
  | {
      code: 'weighted-findings';
      params: {
        count: number;
        weighted: number;
        saturation: number;
      };
    }
  | {
      code: 'no-groups';
      params: {};
    }
  | {
      code: 'raised-by';
      params: {
        /**
         * @minItems 1
         */
        groups: ParticipantGroup[];
      };
    };
/**
 * What the administration's internal review looks at.
 */
export type ReviewArea = 'policies' | 'attitudes' | 'organisation';
/**
 * The kind of organisation: public authority, NGO, migrant organisation, vocational school, university, business, volunteers' group or other.
 */
export type StakeholderType =
  | 'public-authority'
  | 'ngo'
  | 'migrant-organisation'
  | 'vocational-school'
  | 'university'
  | 'business'
  | 'volunteers-group'
  | 'other';
/**
 * How often the two organisations work together.
 */
export type CooperationFrequency = 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'occasional';
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "SessionPlace".
 */
export type SessionPlace =
  | {
      type: 'in-person';
      name: string;
      address?: string;
      city?: string;
    }
  | {
      type: 'online';
      url?: Uri;
    };
/**
 * A pseudonymous respondent id: letters, digits, dot, underscore and hyphen. Never a name or an e-mail address.
 */
export type Pseudonym = string;
/**
 * When the instrument was answered relative to training.
 */
export type Phase = 'baseline' | 'post' | 'follow-up';
/**
 * `endorsed`: enough items answered and the score reaches the instrument's endorsement; `not-endorsed`: enough answered, below it; `unknown`: too few answered; `not-asked`: above the role's target, so not asked of the respondent.
 */
export type EndorsementStatus = 'endorsed' | 'not-endorsed' | 'unknown' | 'not-asked';
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "FindingKind".
 */
export type FindingKind = 'strength' | 'weakness' | 'opportunity' | 'threat' | 'need';
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "ItemType".
 */
export type ItemType =
  | 'likert'
  | 'single-choice'
  | 'multiple-choice'
  | 'situational-judgement'
  | 'free-text'
  | 'ranking';
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "KnowledgeEntryKind".
 */
export type KnowledgeEntryKind = 'practice' | 'toolkit' | 'manifesto' | 'testimonial';
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "OpenGapReason".
 */
export type OpenGapReason =
  'no-module' | 'no-module-in-language' | 'not-for-role' | 'budget' | 'no-score';
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "PriorityFactor".
 */
export type PriorityFactor = 'gap-size' | 'below-target' | 'perception' | 'findings' | 'breadth';
/**
 * How a level is reached; `thresholds` when absent.
 */
export type ScoringMethod = 'thresholds' | 'anchored';
/**
 * Why it was skipped.
 */
export type SkipReason = 'declined' | 'not-applicable' | 'not-shown' | 'missing';
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "ToolkitMaterial".
 */
export type ToolkitMaterial = 'session-plan' | 'case' | 'handout' | 'letter-template';

/**
 * A territory's regional action plan: goals tied to the needs its needs review found, and the measures its network carries out for them, with owners, partners, timeline, budget, status and indicators.
 */
export interface ActionPlan {
  $schema?: string;
  id: Id;
  /**
   * The territory: its id, its name as written locally, its country.
   */
  territory: {
    id: Id;
    name: string;
    /**
     * ISO 3166-1 alpha-2 code.
     */
    country: string;
  };
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * The languages every text of the document is written in.
   *
   * @minItems 1
   */
  locales: Locale[];
  defaultLocale: Locale;
  /**
   * True for invented demonstration data.
   */
  synthetic?: boolean;
  period: {
    start: IsoDate;
    end: IsoDate;
  };
  /**
   * The id of the network whose stakeholders own and carry out the measures.
   */
  network: Id;
  needsReport?: NeedsReportReference;
  /**
   * @minItems 1
   */
  goals: ActionPlanGoal[];
  measures: Measure[];
}
/**
 * A value of an indicator measured on a day.
 */
export interface Measurement {
  date: IsoDate;
  value: number;
  note?: LocalizedText;
}
/**
 * How a measure's effect is measured: a unit, the value before (baseline), the value it aims at (target) and what was measured.
 */
export interface Indicator {
  id: Id;
  title: LocalizedText;
  /**
   * The unit, for example "staff trained" or "%".
   */
  unit: LocalizedText;
  baseline: number;
  target: number;
  measurements: Measurement[];
}
/**
 * Money set aside for a measure.
 */
export interface Budget {
  amount: number;
  /**
   * ISO 4217 code.
   */
  currency: string;
  /**
   * Where the money comes from (a programme, a budget line).
   */
  source?: string;
}
/**
 * Something the network does for a goal: who owns it, who takes part, when, with what money, where it stands and how it is measured.
 */
export interface Measure {
  id: Id;
  goal: Id;
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * The stakeholder responsible.
   */
  owner: Id;
  /**
   * Stakeholders that take part.
   */
  partners: Id[];
  start: IsoDate;
  end: IsoDate;
  budget?: Budget;
  status: MeasureStatus;
  /**
   * Training modules of the catalogue the measure runs.
   */
  modules?: Id[];
  indicators: Indicator[];
}
/**
 * What the territory wants to reach, and which needs of its needs report it answers.
 */
export interface ActionPlanGoal {
  id: Id;
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * The competences (priorities of the needs report) the goal answers.
   */
  needs: Id[];
  /**
   * The id of the local integration strategy's goal it serves.
   */
  strategyGoal?: Id;
}
/**
 * The needs report the plan answers: its territory, its period and its sequence number in that territory.
 */
export interface NeedsReportReference {
  territory: Id;
  period: {
    start: IsoDate;
    end: IsoDate;
  };
  sequence?: number;
}
/**
 * A catalogue of training modules for one framework.
 */
export interface Catalogue {
  $schema?: string;
  id: Uri;
  version: Semver;
  title: LocalizedText;
  framework: FrameworkReference;
  /**
   * The locales every text of the catalogue is complete in.
   *
   * @minItems 1
   */
  locales: Locale[];
  license?: SpdxLicense;
  modules: Module[];
}
/**
 * One city's portal configuration: its names and languages, branding through the elements' `--ck-*` colour tokens, the framework and the city's extension of it, the role profiles, instruments, catalogue and programme in use, the anonymity rules, the contact and the data-protection notice. Rules between parts (the default language is listed, every text is complete in every listed language, referenced documents resolve, colours keep their contrast) are checked by the portal's parseCity and resolveCity.
 */
export interface City {
  $schema?: string;
  /**
   * The city's id: the file is `cities/<id>.json`, and every stored row of the city carries it.
   */
  id: Id;
  /**
   * The city's or territory's name, in every listed language.
   */
  name: LocalizedText;
  country: CountryCode;
  /**
   * The languages the portal is offered in, in the order the language switch lists them. Every text of this file must be given in each of them.
   *
   * @minItems 1
   * @maxItems 50
   */
  languages: Locale[];
  /**
   * The language shown when the browser asks for none of the listed ones. One of `languages`.
   */
  defaultLanguage: Locale;
  timezone: TimeZoneName;
  /**
   * True when the file describes a demonstration portal: its contacts and notices are placeholders and every page says so. A real deployment sets false and replaces every placeholder.
   */
  demo: boolean;
  branding?: CityBranding;
  /**
   * The published framework the city builds on, by id and semver range (for the shipped one, `@competence-kit/framework-intercultural`).
   */
  framework: FrameworkReference;
  /**
   * The city's extension of the framework (a framework-extension document), applied with extendFramework.
   */
  extension?: DocumentFile;
  /**
   * The role profiles of the (extended) framework that the city's staff choose from.
   *
   * @minItems 1
   * @maxItems 200
   */
  roleProfiles: Id[];
  /**
   * The instruments in use, each for one purpose.
   *
   * @minItems 1
   * @maxItems 50
   */
  instruments: CityInstrument[];
  /**
   * The module catalogue: a published one by id and version range, or the city's own file.
   */
  catalogue: DocumentReference;
  /**
   * The city's training programme (a programme document), scheduling modules of the catalogue.
   */
  programme?: DocumentFile;
  anonymity: AnonymityRules;
  contact: CityContact;
  dataProtection: DataProtectionNotice;
}
/**
 * Values for the colour tokens of `@competence-kit/elements` (written on the page as `--ck-<token>`). Only the elements' known tokens are allowed; a token left out keeps the elements' value. Each colour must keep the WCAG 2.1 AA contrast against the tokens it is drawn on or under (the elements' `contrastPairs`).
 */
export interface BrandColors {
  'color-surface'?: HexColor;
  'color-surface-subtle'?: HexColor;
  'color-accent-subtle'?: HexColor;
  'color-text'?: HexColor;
  'color-text-muted'?: HexColor;
  'color-accent'?: HexColor;
  'color-on-accent'?: HexColor;
  'color-border'?: HexColor;
  'color-focus'?: HexColor;
  'color-success'?: HexColor;
  'color-warning'?: HexColor;
  'color-danger'?: HexColor;
  'color-heat-1'?: HexColor;
  'color-heat-2'?: HexColor;
  'color-heat-3'?: HexColor;
  'color-heat-4'?: HexColor;
  'color-heat-alert-1'?: HexColor;
  'color-heat-alert-2'?: HexColor;
  'color-heat-alert-3'?: HexColor;
  'color-heat-alert-4'?: HexColor;
}
/**
 * Token values for the elements' light theme (`:root`) and, optionally, their dark theme (`[data-ck-theme='dark']`).
 */
export interface BrandThemes {
  light?: BrandColors;
  dark?: BrandColors;
}
/**
 * The city's logo: a file next to the city file (`<id>/logo.svg`) or an https URL, with its text alternative in every listed language.
 */
export interface CityLogo {
  /**
   * A relative path (no `..`, no leading `/`) to an SVG, PNG, WebP or JPEG file, or an https URL.
   */
  src: string;
  /**
   * What the logo says, for people who cannot see it.
   */
  alt: LocalizedText;
  width?: number;
  height?: number;
}
/**
 * The city's look: colours per theme and a logo. Without it the elements' own light and dark themes apply.
 */
export interface CityBranding {
  colors?: BrandThemes;
  logo?: CityLogo;
}
/**
 * A JSON document of the city, by its path relative to the city file (for example `ravenna/programme-2027.json`); no `..` and no leading `/`, so a city file reaches only files beside it.
 */
export interface DocumentFile {
  path: string;
}
/**
 * A published document (from an installed content package) by its id and a semver range of its version.
 */
export interface PublishedReference {
  id: Uri;
  version: SemverRange;
}
/**
 * A published instrument in use, by id and semver range, and what it is used for.
 */
export interface CityInstrument {
  purpose: InstrumentPurpose;
  id: Uri;
  version: SemverRange;
}
/**
 * How group results are protected. `minGroupSize` is the threshold handed to the scoring package's aggregate and compareWaves: no figure about fewer people is shown. It may be raised, never set below the package default of 5 (docs/decisions/0004).
 */
export interface AnonymityRules {
  minGroupSize: number;
}
/**
 * Who answers questions about the portal and the training programme.
 */
export interface CityContact {
  /**
   * The office or department, not a person.
   */
  organisation: LocalizedText;
  email: EmailAddress;
  phone?: PhoneNumber;
  /**
   * The postal address as it is written on a letter, lines separated by line breaks.
   */
  address: LocalizedText;
  /**
   * When the office can be reached.
   */
  hours?: LocalizedText;
  url?: Uri;
}
/**
 * The controller (GDPR Art. 4(7)): the authority that decides why and how the portal processes personal data.
 */
export interface DataController {
  name: LocalizedText;
  address: LocalizedText;
  email: EmailAddress;
  phone?: PhoneNumber;
}
/**
 * How to reach the data-protection officer (GDPR Art. 37-39). An office address and mailbox, never a person's private details.
 */
export interface DataProtectionOfficerContact {
  email: EmailAddress;
  phone?: PhoneNumber;
  address?: LocalizedText;
}
/**
 * One purpose of processing: what is done, with which data, on which legal basis, and how long the data is kept.
 */
export interface ProcessingPurpose {
  id: Id;
  description: LocalizedText;
  /**
   * The categories of personal data processed for this purpose.
   */
  data: LocalizedText;
  legalBasis: LegalBasisCode;
  /**
   * The national or internal provision that the basis rests on, where there is one.
   */
  legalBasisDetail?: LocalizedText;
  /**
   * How long the data is kept, or the rule that decides it.
   */
  retention: LocalizedText;
}
/**
 * The data-protection supervisory authority a person may complain to (GDPR Art. 77).
 */
export interface SupervisoryAuthority {
  name: LocalizedText;
  url?: Uri;
  address?: LocalizedText;
}
/**
 * The information GDPR Art. 13 asks for when staff create an account: controller, data-protection officer, purposes with their legal bases and retention, recipients, the person's rights and the supervisory authority.
 */
export interface DataProtectionNotice {
  controller: DataController;
  officer: DataProtectionOfficerContact;
  /**
   * Every purpose the portal processes personal data for.
   *
   * @minItems 1
   * @maxItems 50
   */
  purposes: ProcessingPurpose[];
  /**
   * Who receives the data besides the controller (processors such as the hosting provider), or that nobody does.
   */
  recipients?: LocalizedText;
  /**
   * The person's rights (GDPR Art. 15-21 and 7(3)) and how to exercise them in the portal.
   */
  rights: LocalizedText;
  supervisoryAuthority: SupervisoryAuthority;
  /**
   * When the notice was last changed.
   */
  updated: IsoDate;
}
/**
 * Points at a framework by its id and a version or semver range.
 */
export interface FrameworkReference {
  id: Uri;
  version: SemverRange;
}
/**
 * One person's place in one session of a programme, and its status over time.
 */
export interface Enrolment {
  $schema?: string;
  id: string;
  respondent: Pseudonym;
  programme: Id;
  session: Id;
  module: Id;
  status: 'enrolled' | 'waitlisted' | 'withdrawn' | 'completed' | 'no-show';
  enrolledAt: IsoDateTime;
  updatedAt?: IsoDateTime;
  completedAt?: IsoDateTime;
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
 * A method document of a needs review, as data: an interview guide, a focus-group protocol or a desk-research checklist, with sections of steps, each localised.
 */
export interface Guide {
  $schema?: string;
  id: Uri;
  version: Semver;
  kind: 'interview-guide' | 'focus-group-protocol' | 'desk-research-checklist';
  /**
   * The participant group the guide is written for, where it is specific.
   */
  audience?: ParticipantGroup;
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * Planned duration in minutes.
   */
  duration?: number;
  /**
   * @minItems 1
   */
  locales: Locale[];
  defaultLocale: Locale;
  license?: SpdxLicense;
  /**
   * @minItems 1
   */
  sections: GuideSection[];
}
/**
 * A part of the guide: its steps in order.
 */
export interface GuideSection {
  id: Id;
  title: LocalizedText;
  description?: LocalizedText;
  minutes?: number;
  /**
   * @minItems 1
   */
  steps: GuideStep[];
}
/**
 * A question to ask, an instruction to the facilitator, or an item to check.
 */
export interface GuideStep {
  id: Id;
  kind: 'question' | 'probe' | 'instruction' | 'check';
  text: LocalizedText;
  /**
   * The VOPI level the step explores.
   */
  level?: VopiLevel;
  competences?: Id[];
}
/**
 * A questionnaire whose items are tied to the competences of a framework, with the rules that turn answers into competence scores and levels. Serves self-assessments, needs-analysis questionnaires and organisational self-checks.
 */
export interface Instrument {
  $schema?: string;
  id: Uri;
  version: Semver;
  /**
   * The framework whose competences the items measure: its id and a semver range.
   */
  framework: FrameworkReference;
  /**
   * What the instrument is for.
   */
  purpose?: 'self-assessment' | 'needs-analysis' | 'organisational-self-check' | 'evaluation';
  /**
   * Who answers it, for example staff, third-country nationals, NGOs or a unit on behalf of its organisation.
   */
  audience?: 'staff' | 'third-country-nationals' | 'stakeholders' | 'organisation';
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * Shown before the first item.
   */
  instructions?: LocalizedText;
  /**
   * @minItems 1
   */
  locales: Locale[];
  defaultLocale: Locale;
  license?: SpdxLicense;
  provenance?: Provenance;
  /**
   * The rating scales Likert items use, declared once.
   */
  likertScales?: LikertScale[];
  /**
   * @minItems 1
   */
  sections: InstrumentSection[];
  scoring: ScoringRules;
}
/**
 * A rating scale of consecutive integers from min to max, with a label for each point (or at least for both ends).
 */
export interface LikertScale {
  id: Id;
  min: number;
  max: number;
  /**
   * Labels keyed by the point's value as a string ("1", "5").
   */
  labels: {
    [k: string]: LocalizedText | undefined;
  };
}
/**
 * A group of items shown together.
 */
export interface InstrumentSection {
  id: Id;
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * @minItems 1
   */
  items: Item[];
}
/**
 * An answer option. In scored items, its points: the best option has the most, a harmful one may have negative points.
 */
export interface ChoiceOption {
  id: Id;
  label: LocalizedText;
  points?: number;
  /**
   * Shown after answering, to explain the key (situational judgement).
   */
  feedback?: LocalizedText;
}
/**
 * What every item has.
 */
export interface ItemBase {
  id: Id;
  /**
   * The competence the item measures. Required for scored items.
   */
  competence?: Id;
  prompt: LocalizedText;
  help?: LocalizedText;
  /**
   * The respondent must answer it (not skip it).
   */
  required?: boolean;
  /**
   * Weight in the competence score; default 1.
   */
  weight?: number;
  /**
   * The level the item is anchored to: an id of the framework's proficiency levels, or of the instrument's own `scoring.scale`. Instruments scored with the `anchored` method need it on every scored item.
   */
  level?: Id;
}
/**
 * A statement rated on a declared scale. A reverse-keyed item scores high for a low rating.
 */
export interface LikertItem {
  id: Id;
  /**
   * The competence the item measures. Required for scored items.
   */
  competence: Id;
  prompt: LocalizedText;
  help?: LocalizedText;
  /**
   * The respondent must answer it (not skip it).
   */
  required?: boolean;
  /**
   * Weight in the competence score; default 1.
   */
  weight?: number;
  /**
   * The level the item is anchored to: an id of the framework's proficiency levels, or of the instrument's own `scoring.scale`. Instruments scored with the `anchored` method need it on every scored item.
   */
  level?: Id;
  type: 'likert';
  /**
   * The id of one of the instrument's likertScales.
   */
  scale: Id;
  reverse?: boolean;
}
/**
 * One option out of several. Scored when its options carry points.
 */
export interface SingleChoiceItem {
  id: Id;
  /**
   * The competence the item measures. Required for scored items.
   */
  competence?: Id;
  prompt: LocalizedText;
  help?: LocalizedText;
  /**
   * The respondent must answer it (not skip it).
   */
  required?: boolean;
  /**
   * Weight in the competence score; default 1.
   */
  weight?: number;
  /**
   * The level the item is anchored to: an id of the framework's proficiency levels, or of the instrument's own `scoring.scale`. Instruments scored with the `anchored` method need it on every scored item.
   */
  level?: Id;
  type: 'single-choice';
  /**
   * @minItems 2
   * @maxItems 50
   */
  options: ChoiceOption[];
}
/**
 * Any number of options. Scored as the sum of the chosen options' points, placed between the lowest and the highest sum possible.
 */
export interface MultipleChoiceItem {
  id: Id;
  /**
   * The competence the item measures. Required for scored items.
   */
  competence?: Id;
  prompt: LocalizedText;
  help?: LocalizedText;
  /**
   * The respondent must answer it (not skip it).
   */
  required?: boolean;
  /**
   * Weight in the competence score; default 1.
   */
  weight?: number;
  /**
   * The level the item is anchored to: an id of the framework's proficiency levels, or of the instrument's own `scoring.scale`. Instruments scored with the `anchored` method need it on every scored item.
   */
  level?: Id;
  type: 'multiple-choice';
  /**
   * @minItems 2
   * @maxItems 50
   */
  options: ChoiceOption[];
  minSelected?: number;
  maxSelected?: number;
}
/**
 * A realistic scene from work and possible reactions, keyed with points.
 */
export interface SituationalJudgementItem {
  id: Id;
  /**
   * The competence the item measures. Required for scored items.
   */
  competence: Id;
  prompt: LocalizedText;
  help?: LocalizedText;
  /**
   * The respondent must answer it (not skip it).
   */
  required?: boolean;
  /**
   * Weight in the competence score; default 1.
   */
  weight?: number;
  /**
   * The level the item is anchored to: an id of the framework's proficiency levels, or of the instrument's own `scoring.scale`. Instruments scored with the `anchored` method need it on every scored item.
   */
  level?: Id;
  type: 'situational-judgement';
  scenario: LocalizedText;
  /**
   * @minItems 2
   * @maxItems 10
   */
  options: ChoiceOption[];
}
/**
 * An open answer. Never scored.
 */
export interface FreeTextItem {
  id: Id;
  /**
   * The competence the item measures. Required for scored items.
   */
  competence?: Id;
  prompt: LocalizedText;
  help?: LocalizedText;
  /**
   * The respondent must answer it (not skip it).
   */
  required?: boolean;
  /**
   * Weight in the competence score; default 1.
   */
  weight?: number;
  /**
   * The level the item is anchored to: an id of the framework's proficiency levels, or of the instrument's own `scoring.scale`. Instruments scored with the `anchored` method need it on every scored item.
   */
  level?: Id;
  type: 'free-text';
  maxLength?: number;
}
/**
 * Put the options in order. Scored by closeness to the key (Spearman's footrule) when a key is given.
 */
export interface RankingItem {
  id: Id;
  /**
   * The competence the item measures. Required for scored items.
   */
  competence?: Id;
  prompt: LocalizedText;
  help?: LocalizedText;
  /**
   * The respondent must answer it (not skip it).
   */
  required?: boolean;
  /**
   * Weight in the competence score; default 1.
   */
  weight?: number;
  /**
   * The level the item is anchored to: an id of the framework's proficiency levels, or of the instrument's own `scoring.scale`. Instruments scored with the `anchored` method need it on every scored item.
   */
  level?: Id;
  type: 'ranking';
  /**
   * @minItems 2
   * @maxItems 20
   */
  options: ChoiceOption[];
  /**
   * The option ids in the best order.
   */
  key?: Id[];
}
/**
 * A normalised score from which a level is reached.
 */
export interface LevelThreshold {
  level: Id;
  min: number;
}
/**
 * One level of an instrument's own scale.
 */
export interface InstrumentScaleLevel {
  id: Id;
  label: LocalizedText;
  description?: LocalizedText;
}
/**
 * Levels of the instrument's own, from the lowest to the highest (for example an organisation's maturity), used instead of the framework's proficiency levels. Role-profile targets, which are framework levels, do not apply to them.
 */
export interface InstrumentScale {
  /**
   * @minItems 2
   * @maxItems 20
   */
  levels: InstrumentScaleLevel[];
}
/**
 * How item scores become a competence score and a level. With the method `thresholds` (the default), the level is the highest threshold at or below the competence's score. With `anchored`, every scored item is anchored to a level, and the level is the highest one whose statements are endorsed together with those of every level below it.
 */
export interface ScoringRules {
  /**
   * How a level is reached; `thresholds` when absent.
   */
  method?: ScoringMethod;
  /**
   * The share of a competence's scored items that must be answered for its score to be valid (0 to 1). With the method `anchored`, it applies to each level's items.
   */
  minAnsweredShare: number;
  /**
   * With the method `anchored` (required there): a level's statements are endorsed when the weighted mean of its answered items' scores (0 to 1) is at least this value.
   */
  endorsement?: number;
  scale?: InstrumentScale;
  /**
   * From the lowest level to the highest; the first starts at 0. Required with the method `thresholds`.
   *
   * @minItems 1
   */
  thresholds?: LevelThreshold[];
  /**
   * Thresholds for particular competences, keyed by competence id.
   */
  competenceThresholds?: {
    /**
     * @minItems 1
     */
    [k: string]: LevelThreshold[] | undefined;
  };
}
/**
 * The knowledge base: the best-practice compendium, the trainers' toolkit, the manifesto and testimonials, as structured, searchable, multilingual entries.
 */
export interface KnowledgeBase {
  $schema?: string;
  id: Id;
  title: LocalizedText;
  /**
   * The languages every text of the document is written in.
   *
   * @minItems 1
   */
  locales: Locale[];
  license?: SpdxLicense;
  entries: KnowledgeEntry[];
}
/**
 * What an entry is about: competences of the framework, their levels (1–4), and VOPI levels of the administration.
 */
export interface KnowledgeTags {
  competences?: Id[];
  levels?: number[];
  vopiLevels?: VopiLevel[];
  /**
   * Free keywords.
   */
  keywords?: string[];
}
/**
 * A photo or video that goes with a testimonial: where it is, what it shows (text alternative), its licence.
 */
export interface MediaReference {
  kind: 'photo' | 'video';
  uri: Uri;
  /**
   * What it shows, for people who cannot see it.
   */
  alt: LocalizedText;
  /**
   * A video's captions (WebVTT).
   */
  captions?: Uri;
}
/**
 * A best practice of the compendium: the challenge, what was done, what came of it, and what another city needs to take it over.
 */
export interface PracticeEntry {
  kind: 'practice';
  id: Id;
  title: LocalizedText;
  /**
   * One or two sentences shown in search results.
   */
  summary?: LocalizedText;
  /**
   * The languages the entry's texts are written in.
   *
   * @minItems 1
   */
  languages: Locale[];
  /**
   * The territory the entry comes from (absent: general).
   */
  territory?: Id;
  tags: KnowledgeTags;
  /**
   * The day it was published.
   */
  published: IsoDate;
  /**
   * True for invented demonstration content.
   */
  synthetic?: boolean;
  challenge: LocalizedText;
  approach: LocalizedText;
  result: LocalizedText;
  /**
   * What another territory needs to take it over, and what to watch out for.
   */
  transferability: LocalizedText;
  /**
   * Whom to ask: roles, never private persons.
   */
  contacts?: LocalizedText[];
  /**
   * Stakeholders of the territory's network that carry it.
   */
  stakeholders?: Id[];
}
/**
 * Material of the trainers' toolkit for the catalogue's modules: a session plan, a training case, a handout or a plain-language letter template.
 */
export interface ToolkitEntry {
  kind: 'toolkit';
  id: Id;
  title: LocalizedText;
  /**
   * One or two sentences shown in search results.
   */
  summary?: LocalizedText;
  /**
   * The languages the entry's texts are written in.
   *
   * @minItems 1
   */
  languages: Locale[];
  /**
   * The territory the entry comes from (absent: general).
   */
  territory?: Id;
  tags: KnowledgeTags;
  /**
   * The day it was published.
   */
  published: IsoDate;
  /**
   * True for invented demonstration content.
   */
  synthetic?: boolean;
  material: ToolkitMaterial;
  /**
   * The catalogue's modules it serves.
   *
   * @minItems 1
   */
  modules: Id[];
  durationMinutes?: number;
  /**
   * The material itself, in plain text with blank lines between paragraphs and lines starting with "- " for lists.
   */
  body: LocalizedText;
  trainerNotes?: LocalizedText;
  /**
   * Where it comes from, for example the id of the self-assessment scenario a case is rewritten from.
   */
  source?: string;
}
/**
 * The manifesto: the principles the cities commit to, for other cities to sign.
 */
export interface ManifestoEntry {
  kind: 'manifesto';
  id: Id;
  title: LocalizedText;
  /**
   * One or two sentences shown in search results.
   */
  summary?: LocalizedText;
  /**
   * The languages the entry's texts are written in.
   *
   * @minItems 1
   */
  languages: Locale[];
  /**
   * The territory the entry comes from (absent: general).
   */
  territory?: Id;
  tags: KnowledgeTags;
  /**
   * The day it was published.
   */
  published: IsoDate;
  /**
   * True for invented demonstration content.
   */
  synthetic?: boolean;
  /**
   * The manifesto's text, in plain text with blank lines between paragraphs.
   */
  body: LocalizedText;
  /**
   * Its principles, one sentence each.
   */
  principles?: LocalizedText[];
}
/**
 * A testimonial: a person's own account, with their consent and the licence it is published under. A withdrawn consent hides it everywhere.
 */
export interface TestimonialEntry {
  kind: 'testimonial';
  id: Id;
  title: LocalizedText;
  /**
   * One or two sentences shown in search results.
   */
  summary?: LocalizedText;
  /**
   * The languages the entry's texts are written in.
   *
   * @minItems 1
   */
  languages: Locale[];
  /**
   * The territory the entry comes from (absent: general).
   */
  territory?: Id;
  tags: KnowledgeTags;
  /**
   * The day it was published.
   */
  published: IsoDate;
  /**
   * True for invented demonstration content.
   */
  synthetic?: boolean;
  text: LocalizedText;
  /**
   * Who speaks, as they agreed to be described (a role, not a name unless they consented to it).
   */
  speaker?: LocalizedText;
  media?: MediaReference;
  consent: ConsentRecord;
  licence: SpdxLicense;
}
/**
 * The modules that close one person's gaps to their role target, in an order that respects prerequisites, with what each step closes and what stays open.
 */
export interface LearningPath {
  $schema?: string;
  respondent: Pseudonym;
  roleProfile?: Id;
  catalogue: {
    id: Uri;
    version: Semver;
  };
  language: Locale;
  budgetHours: number | null;
  totalHours: number;
  steps: PathStep[];
  /**
   * Gaps the path does not close, and why.
   */
  open: OpenGap[];
}
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "GapClosure".
 */
export interface GapClosure {
  competence: Id;
  /**
   * The level before the step (null when none was reached).
   */
  from: Id | null;
  /**
   * The level after the step.
   */
  to: Id;
  target: Id;
}
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "PathStep".
 */
export interface PathStep {
  module: Id;
  hours: number;
  /**
   * The gaps this step narrows or closes; empty for a step that is only a prerequisite of a later one.
   */
  closes: GapClosure[];
  /**
   * Later steps that need this one.
   */
  prerequisiteFor?: Id[];
  reason: 'closes-gaps' | 'prerequisite';
}
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "OpenGap".
 */
export interface OpenGap {
  competence: Id;
  level: Id | null;
  target: Id;
  reason: OpenGapReason;
}
/**
 * A text a person reads, in one or more languages: a map from BCP 47 locale to a non-empty string.
 */
export interface LocalizedText {
  [k: string]: string | undefined;
}
/**
 * One training module: the competences it develops and up to which level, its format, length, languages, prerequisites and group size.
 */
export interface Module {
  $schema?: string;
  id: Id;
  title: LocalizedText;
  description: LocalizedText;
  /**
   * What a participant can do afterwards, in plain words.
   */
  outcomes?: LocalizedText;
  /**
   * The competences the module develops, each up to a level of the framework's scale. A competence appears once.
   *
   * @minItems 1
   * @maxItems 50
   */
  competences: ModuleCompetence[];
  format: ModuleFormat;
  /**
   * Where it can take place. Defaults by format: e-learning is online, the others in person.
   */
  delivery?: 'in-person' | 'online' | 'blended';
  /**
   * Learning time in hours, contact time and self-study together.
   */
  hours: number;
  /**
   * Calendar days a session occupies (defaults to the hours divided by 7, rounded up). Used by the programme planner for the monthly load.
   */
  days?: number;
  /**
   * The languages the module can be given in.
   *
   * @minItems 1
   */
  languages: Locale[];
  /**
   * Ids of modules to complete first.
   */
  prerequisites?: Id[];
  maxGroupSize: number;
  /**
   * Below this many participants a session is not worth running.
   */
  minGroupSize?: number;
  /**
   * Role profiles the module is meant for; absent means everyone.
   */
  roleProfiles?: Id[];
}
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "ModuleCompetence".
 */
export interface ModuleCompetence {
  competence: Id;
  /**
   * The highest level the module brings a participant to.
   */
  upTo: Id;
}
/**
 * A multiplier event: who it is for, when and where, its programme, the outputs presented, registrations against its capacity, and attendance by type of organisation, as funders' reports ask.
 */
export interface MultiplierEvent {
  $schema?: string;
  id: Id;
  territory?: Id;
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * The languages every text of the document is written in.
   *
   * @minItems 1
   */
  locales?: Locale[];
  /**
   * True for invented demonstration data.
   */
  synthetic?: boolean;
  /**
   * Who it is for.
   */
  audience: LocalizedText;
  date: IsoDate;
  /**
   * Where: a venue and address, or "online".
   */
  place: LocalizedText;
  /**
   * Whether people can also attend online.
   */
  online?: boolean;
  programme: ProgrammeItem[];
  /**
   * The knowledge entries presented (ids in the knowledge base).
   */
  outputs: Id[];
  capacity: number;
  /**
   * Registrations so far, by type of organisation.
   */
  registrations: CountsByStakeholderType;
  /**
   * Who came, by type of organisation (after the event).
   */
  attendance?: CountsByStakeholderType;
}
/**
 * One point of the event's programme.
 */
export interface ProgrammeItem {
  /**
   * Local time, HH:MM.
   */
  start: string;
  /**
   * Local time, HH:MM.
   */
  end?: string;
  title: LocalizedText;
  /**
   * Who presents, as a role or an organisation.
   */
  speaker?: LocalizedText;
  /**
   * Knowledge entries presented in this item.
   */
  outputs?: Id[];
}
/**
 * People counted by the type of organisation they come from; no names.
 */
export interface CountsByStakeholderType {
  'public-authority'?: number;
  ngo?: number;
  'migrant-organisation'?: number;
  'vocational-school'?: number;
  university?: number;
  business?: number;
  'volunteers-group'?: number;
  other?: number;
  unaffiliated?: number;
}
/**
 * A territory's needs report as data, as buildNeedsReport() of @competence-kit/needs-analysis returns it: figures, codes and the study's, framework's and programme's texts in the report's locale, but none of the report's own words. Every reason is a code with parameters, so that a report can be saved, sent, reopened and rendered in any language.
 */
export interface NeedsReport {
  $schema?: string;
  /**
   * The locale of the study's and framework's texts in the report.
   */
  locale: Locale;
  territory: {
    id: Id;
    name: string;
    country: string;
  };
  period: {
    start: IsoDate;
    end: IsoDate;
  };
  synthetic: boolean;
  /**
   * The anonymity threshold the figures were computed with.
   */
  minGroupSize: number;
  counts: {
    interviews: number;
    focusGroups: number;
    responses: number;
    findings: number;
  };
  participation: {
    byGroup: {
      group: ParticipantGroup;
      interviews: number;
      focusGroups: number;
    }[];
    questionnaires: {
      id: Id;
      group: ParticipantGroup;
      responses: number;
      invited: number | null;
      responseRate: number | null;
    }[];
    sources: {
      id: Id;
      title: string;
      kind: string;
      publisher: string | null;
      date: IsoDate | null;
      summary: string;
    }[];
  };
  levels: {
    level: VopiLevel;
    findings: {
      strength: ReportFinding[];
      weakness: ReportFinding[];
      opportunity: ReportFinding[];
      threat: ReportFinding[];
      need: ReportFinding[];
    };
  }[];
  priorities: ReportPriority[];
  groupResults: {
    competences: {
      id: Id;
      title: string;
    }[];
    rows: GroupRow[];
  };
  recommendations: ReportRecommendation[];
  /**
   * The territory's local integration strategy, or null when the study names none.
   */
  strategy?: {
    title: string;
    publisher: string | null;
    date: IsoDate | null;
    uri: Uri | null;
    goals: ReportStrategyGoal[];
  } | null;
  /**
   * The administration's review of itself, by area (policies, attitudes, organisation).
   */
  internalReview?: ReportReviewArea[];
  /**
   * Anonymised quotes of participants, with the group and the language they were said in.
   */
  quotes?: ReportQuote[];
  /**
   * What the review could not do, and why, in the report's locale.
   */
  limitations?: string[];
  /**
   * The training programme the priorities are linked to, or null when the report was built without one (the link is not made).
   */
  programme?: {
    id: Id;
    title: string | null;
    period: {
      start: IsoDate;
      end: IsoDate;
    };
  } | null;
}
export interface ReportPriority {
  rank: number;
  competence: Id;
  title: string;
  domain: string;
  priority: number;
  contributions: ReportContribution[];
  findings: Id[];
  /**
   * The goals of the local strategy that the priority's findings bear on, in the strategy's order.
   */
  strategyGoals?: ReportStrategyGoal[];
  /**
   * The modules of the training programme that train the competence, in the order they first run; empty when none does; null when the report was built without a programme.
   */
  programme?: ReportProgrammeModule[] | null;
}
export interface GroupRow {
  role: string;
  label: string;
  n: number | null;
  cells: (number | null)[];
}
export interface ReportRecommendation {
  competence: Id;
  share: number | null;
  /**
   * Titles of the roles most of whose staff are below target, in the report's locale.
   */
  roles: string[];
}
export interface ReportReviewArea {
  area: ReviewArea;
  assessment: string;
  evidence: ReportEvidence[];
}
export interface ReportQuote {
  id: Id;
  group: ParticipantGroup;
  sessionKind: 'interview' | 'focus-group';
  /**
   * The language it was said in.
   */
  language: Locale;
  /**
   * The quote in the report's locale (or the nearest the study has).
   */
  text: string;
  /**
   * The language `text` is in.
   */
  textLanguage: Locale;
  /**
   * The quote as it was said, when the study records it and `text` is a translation; else null.
   */
  original: string | null;
  /**
   * Ids of the report's findings it illustrates.
   */
  findings: Id[];
}
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "ReportStrategyGoal".
 */
export interface ReportStrategyGoal {
  id: Id;
  title: string;
}
/**
 * A module of the programme that trains a priority's competence: when it runs (months counted from the programme's start, 1 for its first month) and how many sessions it has.
 */
export interface ReportProgrammeModule {
  module: Id;
  title: string;
  months: number[];
  start: IsoDate;
  end: IsoDate;
  sessions: number;
}
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "ReportFinding".
 */
export interface ReportFinding {
  id: Id;
  statement: string;
  /**
   * The focus group's validation, or null when not validated.
   */
  validation: ('confirmed' | 'amended' | 'rejected') | null;
  competences: {
    id: Id;
    title: string;
  }[];
  /**
   * The participant groups whose evidence raised the finding.
   */
  groups: ParticipantGroup[];
}
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "ReportContribution".
 */
export interface ReportContribution {
  factor: PriorityFactor;
  value: number | null;
  weight: number;
  contribution: number;
  reason: PriorityReason;
}
/**
 * One territory's needs review: desk research, interviews and focus groups (participants counted by group, never named), questionnaires with their responses, coded findings with their evidence and validation, and optionally the local integration strategy, the administration's internal review, anonymised quotes and the review's limitations.
 */
export interface NeedsStudy {
  $schema?: string;
  id: Uri;
  /**
   * True for demonstration data that describes no real persons.
   */
  synthetic?: boolean;
  territory: {
    id: Id;
    name: LocalizedText;
    /**
     * ISO 3166-1 alpha-2 code.
     */
    country: string;
  };
  period: {
    start: IsoDate;
    end: IsoDate;
  };
  /**
   * The review team, by role and organisation.
   */
  team?: {
    role: string;
    organisation: string;
  }[];
  framework: FrameworkReference;
  sources: DeskSource[];
  sessions: Session[];
  questionnaires: StudyQuestionnaire[];
  findings: Finding[];
  strategy?: LocalStrategy;
  /**
   * The administration's review of itself: its policies, the attitudes of its staff and its organisation, each area at most once.
   *
   * @maxItems 3
   */
  internalReview?: InternalReview[];
  /**
   * The voice of third-country nationals and other participants: anonymised quotes from sessions whose consent was recorded.
   */
  quotes?: Quote[];
  /**
   * What the review could not do, and why.
   */
  limitations?: LocalizedText[];
}
/**
 * A document read in desk research.
 */
export interface DeskSource {
  id: Id;
  title: string;
  kind: 'strategy' | 'policy' | 'legal' | 'statistics' | 'report' | 'evaluation' | 'web' | 'other';
  publisher?: string;
  date?: IsoDate;
  uri?: Uri;
  /**
   * What it says that matters for the review.
   */
  summary: LocalizedText;
}
/**
 * How many of one group took part.
 */
export interface ParticipantCount {
  group: ParticipantGroup;
  count: number;
}
/**
 * An interview or a focus group. Participants are counted by group, never named.
 */
export interface Session {
  id: Id;
  kind: 'interview' | 'focus-group';
  /**
   * Focus groups explore or validate the findings.
   */
  purpose?: 'exploration' | 'validation';
  date: IsoDate;
  language: Locale;
  interpreted?: boolean;
  /**
   * The facilitator's role, not their name.
   */
  facilitator: string;
  /**
   * @minItems 1
   */
  participants: ParticipantCount[];
  consent: {
    /**
     * Informed consent of every participant was recorded.
     */
    recorded: boolean;
    method?: 'written' | 'oral-recorded' | 'oral-witnessed' | 'online-form';
    date?: IsoDate;
  };
  summary: LocalizedText;
}
/**
 * A questionnaire of the review: the instrument answered and its responses.
 */
export interface StudyQuestionnaire {
  id: Id;
  instrument: {
    id: Uri;
    version: Semver;
  };
  group: ParticipantGroup;
  /**
   * How many were invited, for the response rate.
   */
  invited?: number;
  responses: Response[];
}
/**
 * Where a finding comes from: a session, a desk-research source, or a questionnaire (optionally one of its items), and how many participants raised it.
 */
export interface Evidence {
  session?: Id;
  source?: Id;
  questionnaire?: Id;
  item?: Id;
  /**
   * How many participants raised it in that session.
   */
  participants?: number;
  groups?: ParticipantGroup[];
}
/**
 * A coded finding: a statement, its kind, its VOPI level, the competences it concerns, its evidence and the focus group's validation.
 */
export interface Finding {
  id: Id;
  statement: LocalizedText;
  kind: FindingKind;
  level: VopiLevel;
  competences: Id[];
  /**
   * @minItems 1
   */
  evidence: Evidence[];
  /**
   * Ids of the local strategy's goals the finding bears on.
   */
  strategyGoals?: Id[];
  validation?: {
    /**
     * The validating focus group.
     */
    session: Id;
    outcome: 'confirmed' | 'amended' | 'rejected';
    note?: LocalizedText;
  };
}
/**
 * The territory's local integration strategy, whose goals the findings serve.
 */
export interface LocalStrategy {
  title: string;
  publisher?: string;
  date?: IsoDate;
  uri?: Uri;
  goals: StrategyGoal[];
}
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "StrategyGoal".
 */
export interface StrategyGoal {
  id: Id;
  title: LocalizedText;
}
/**
 * One area of the internal review: what was found, and where it comes from.
 */
export interface InternalReview {
  area: ReviewArea;
  /**
   * A paragraph: what the review found.
   */
  assessment: LocalizedText;
  /**
   * @minItems 1
   */
  evidence: Evidence[];
}
/**
 * An anonymised quote from a session whose consent was recorded, with its translations. It names no one and carries no contact detail.
 */
export interface Quote {
  id: Id;
  /**
   * The session it was said in.
   */
  session: Id;
  group: ParticipantGroup;
  /**
   * The language it was said in.
   */
  language: Locale;
  /**
   * The quote: in the language it was said in where recorded, and translated.
   */
  text: LocalizedText;
  /**
   * Ids of the findings it illustrates.
   */
  findings?: Id[];
}
/**
 * A territory's network of the organisations that take part in integration work, and who cooperates with whom, on what and how often.
 */
export interface Network {
  $schema?: string;
  id: Id;
  /**
   * The territory: its id, its name as written locally, its country.
   */
  territory: {
    id: Id;
    name: string;
    /**
     * ISO 3166-1 alpha-2 code.
     */
    country: string;
  };
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * The languages every text of the document is written in.
   *
   * @minItems 1
   */
  locales: Locale[];
  defaultLocale: Locale;
  /**
   * True for invented demonstration data that describes no real organisation's cooperation.
   */
  synthetic?: boolean;
  /**
   * The day the network was last reviewed.
   */
  updated?: IsoDate;
  stakeholders: Stakeholder[];
  cooperations: Cooperation[];
}
/**
 * A person's consent to be named or shown: when it was given, for what, and when it was withdrawn. A withdrawn consent means the name, text or image must be removed.
 */
export interface ConsentRecord {
  date: IsoDate;
  /**
   * What the person agreed to, in the words of the consent form.
   */
  purpose: string;
  /**
   * The day the consent was withdrawn.
   */
  withdrawn?: IsoDate;
}
/**
 * How to reach the organisation: a role and a functional address (an office's mailbox, not a person's). A named person only with their consent.
 */
export interface StakeholderContact {
  /**
   * The role that answers, for example "Integration office, front desk".
   */
  role: LocalizedText;
  /**
   * A functional address.
   */
  email?: string;
  /**
   * A functional phone number, digits, spaces and + ( ) - only.
   */
  phone?: string;
  /**
   * A named contact person; only with `consent`.
   */
  person?: string;
  consent?: ConsentRecord;
}
/**
 * An organisation that takes part in the territory's integration work.
 */
export interface Stakeholder {
  id: Id;
  /**
   * The organisation's own name, not translated.
   */
  name: string;
  type: StakeholderType;
  /**
   * Where it works, when narrower than the network's territory (a municipality, a district).
   */
  territory?: string;
  /**
   * What it does, in a sentence or two.
   */
  description?: LocalizedText;
  website?: Uri;
  contact?: StakeholderContact;
  /**
   * Competences of the framework it brings expertise in.
   */
  competences?: Id[];
}
/**
 * Two stakeholders working together: on what, how often, since when.
 */
export interface Cooperation {
  id: Id;
  /**
   * The ids of the two stakeholders.
   *
   * @minItems 2
   * @maxItems 2
   */
  stakeholders: Id[];
  /**
   * What they work on together.
   */
  topic: LocalizedText;
  frequency: CooperationFrequency;
  since?: IsoDate;
  /**
   * Ids of the action plan's goals the cooperation serves.
   */
  goals?: Id[];
}
/**
 * A territory's training programme: dated sessions of catalogue modules, with place, language, capacity and trainer.
 */
export interface Programme {
  $schema?: string;
  id: Id;
  territory: Id;
  title?: LocalizedText;
  catalogue: {
    id: Uri;
    version: SemverRange;
  };
  period: ProgrammePeriod;
  /**
   * How many people the programme is for.
   */
  cohortSize?: number;
  /**
   * Days on which no session takes place.
   */
  holidays?: Holiday[];
  sessions: ProgrammeSession[];
  /**
   * What the planner could not schedule, and why.
   */
  unplaced?: UnplacedModule[];
}
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "ProgrammePeriod".
 */
export interface ProgrammePeriod {
  start: IsoDate;
  end: IsoDate;
}
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "Holiday".
 */
export interface Holiday {
  start: IsoDate;
  end: IsoDate;
  name?: string;
}
/**
 * One run of a module: its days, place, language, capacity and trainer.
 */
export interface ProgrammeSession {
  id: Id;
  module: Id;
  /**
   * The days the session meets, in order.
   *
   * @minItems 1
   */
  dates: IsoDate[];
  place: SessionPlace;
  language: Locale;
  capacity: number;
  trainer?: string;
  /**
   * Pseudonyms assigned to the session by the planner.
   */
  participants?: Pseudonym[];
}
/**
 * This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema
 * via the `definition` "UnplacedModule".
 */
export interface UnplacedModule {
  module: Id;
  /**
   * How many people could not be placed.
   */
  people?: number;
  reason:
    | 'unknown-module'
    | 'no-language'
    | 'no-dates'
    | 'monthly-load'
    | 'capacity'
    | 'prerequisite-unplaced'
    | 'prerequisite-cycle';
  message: string;
}
/**
 * The answers of one pseudonymous respondent to one version of an instrument. Every item appears once: answered, or explicitly skipped.
 */
export interface Response {
  $schema?: string;
  /**
   * An identifier of this response, unique within its collection.
   */
  id?: string;
  /**
   * The instrument answered: its id and exact version.
   */
  instrument: {
    id: Uri;
    version: Semver;
  };
  respondent: Pseudonym;
  /**
   * The id of the respondent's role profile in the framework.
   */
  roleProfile?: Id;
  /**
   * The organisational unit, as the city names it.
   */
  unit?: string;
  /**
   * The territory, for example landkreis-offenbach.
   */
  territory?: Id;
  /**
   * The participant group, for needs-analysis questionnaires (staff, third-country nationals, stakeholders).
   */
  group?: Id;
  phase: Phase;
  /**
   * The language the respondent answered in.
   */
  locale?: Locale;
  startedAt?: IsoDateTime;
  submittedAt: IsoDateTime;
  answers: Answer[];
}
/**
 * An item's answer: a value, or skipped. Likert: an integer on the item's scale. Single choice and situational judgement: an option id. Multiple choice: option ids. Ranking: every option id, best first. Free text: a string.
 */
export interface Answer {
  item: Id;
  /**
   * A rating or score (an integer), a text of at most 20,000 characters, or at most 50 option ids of at most 100 characters each. Each length applies only to its own type, so this says the same as an `anyOf` of the three forms, without the branches a validator would try one after another.
   *
   * @maxItems 50
   */
  value?: number | string | string[];
  skipped?: true;
  /**
   * Why it was skipped.
   */
  reason?: SkipReason;
}
/**
 * One respondent's scored result: per competence the score, the level reached and the gap to the role's target.
 */
export interface Result {
  $schema?: string;
  responseId?: string;
  instrument: {
    id: Uri;
    version: Semver;
  };
  framework: {
    id: Uri;
    version: Semver;
  };
  respondent: Pseudonym;
  roleProfile?: Id;
  unit?: string;
  territory?: Id;
  group?: Id;
  phase: Phase;
  submittedAt?: IsoDateTime;
  competences: CompetenceScore[];
  summary: ResultSummary;
}
/**
 * The score of one competence. `score`, `level` and `gap` are null when too few items were answered.
 */
export interface CompetenceScore {
  competence: Id;
  /**
   * Weighted mean of the answered items' normalised scores, 0 to 1.
   */
  score: number | null;
  /**
   * Weighted sum of the answered items' raw points.
   */
  raw: number;
  /**
   * The lowest raw sum possible for the answered items.
   */
  rawMin: number;
  /**
   * The highest raw sum possible for the answered items.
   */
  rawMax: number;
  /**
   * Scored items answered.
   */
  answered: number;
  /**
   * Scored items of this competence in the instrument.
   */
  total: number;
  /**
   * Whether enough items were answered (the instrument's minAnsweredShare).
   */
  valid: boolean;
  /**
   * The level reached, by the instrument's thresholds or its anchored items: an id of the framework's levels, or of the instrument's own scale. Null when the score is not valid, and, with `valid` true, when the lowest level is not reached (below the scale).
   */
  level: Id | null;
  /**
   * The role profile's target level; null without one, and for levels of an instrument's own scale.
   */
  target: Id | null;
  /**
   * Levels between the level reached and the target; positive when below target, 0 or negative when it is met. Below the scale (a valid score without a level) it counts from one step below the lowest level.
   */
  gap: number | null;
  /**
   * With anchored scoring: per level of the scale, from the lowest, how its items were answered and whether its statements are endorsed; this explains `level`.
   */
  levels?: LevelEndorsement[];
}
/**
 * How one level's anchored items were answered.
 */
export interface LevelEndorsement {
  level: Id;
  /**
   * The level's items answered.
   */
  answered: number;
  /**
   * The competence's items anchored at this level.
   */
  total: number;
  /**
   * Weighted mean of the level's answered item scores, 0 to 1; null when none is answered.
   */
  score: number | null;
  /**
   * `endorsed`: enough items answered and the score reaches the instrument's endorsement; `not-endorsed`: enough answered, below it; `unknown`: too few answered; `not-asked`: above the role's target, so not asked of the respondent.
   */
  status: EndorsementStatus;
}
/**
 * Over all competences.
 */
export interface ResultSummary {
  /**
   * Scored items answered.
   */
  answered: number;
  /**
   * Items skipped.
   */
  skipped: number;
  /**
   * Scored items.
   */
  total: number;
  validCompetences: number;
  /**
   * Mean of the valid competence scores.
   */
  meanScore: number | null;
  /**
   * Competences with a valid score below the role's target.
   */
  belowTarget: number;
}
