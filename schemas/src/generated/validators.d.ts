// Generated from schemas/*.schema.json by schemas/scripts/generate.mjs.
// Do not edit; run npm run generate.

import type * as T from "./types.js";

/** One error as the compiled validators report it (the shape of ajv's ErrorObject). */
export interface ValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Options of a compiled validator. */
export interface ValidatorOptions {
  /**
   * Errors recorded in full; each further one is recorded as a placeholder with the keyword
   * `errorLimit` (which `toIssues` turns into `too-many-issues`), so that a document full of
   * errors costs no more per byte than a valid one. Whether the document is valid is unchanged.
   * Default: no limit.
   */
  maxErrors?: number;
}

/** A compiled validator. On failure, `errors` holds ajv's error objects; see `toIssues`. */
export interface CompiledValidator<Doc> {
  (data: unknown, options?: ValidatorOptions): data is Doc;
  errors?: ValidatorError[] | null;
}

/** Validates a document against `https://w3id.org/competence-kit/schemas/action-plan/v1`. */
export declare const validateActionPlan: CompiledValidator<T.ActionPlan>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/catalogue/v1`. */
export declare const validateCatalogue: CompiledValidator<T.Catalogue>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/city/v1`. */
export declare const validateCity: CompiledValidator<T.City>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/enrolment/v1`. */
export declare const validateEnrolment: CompiledValidator<T.Enrolment>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/framework-extension/v1`. */
export declare const validateFrameworkExtension: CompiledValidator<T.FrameworkExtension>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/framework/v1`. */
export declare const validateFramework: CompiledValidator<T.Framework>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/guide/v1`. */
export declare const validateGuide: CompiledValidator<T.Guide>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/instrument/v1`. */
export declare const validateInstrument: CompiledValidator<T.Instrument>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/knowledge-base/v1`. */
export declare const validateKnowledgeBase: CompiledValidator<T.KnowledgeBase>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/learning-path/v1`. */
export declare const validateLearningPath: CompiledValidator<T.LearningPath>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/localized-text/v1`. */
export declare const validateLocalizedText: CompiledValidator<T.LocalizedText>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/module/v1`. */
export declare const validateModule: CompiledValidator<T.Module>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/multiplier-event/v1`. */
export declare const validateMultiplierEvent: CompiledValidator<T.MultiplierEvent>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/needs-report/v1`. */
export declare const validateNeedsReport: CompiledValidator<T.NeedsReport>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/needs-study/v1`. */
export declare const validateNeedsStudy: CompiledValidator<T.NeedsStudy>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/network/v1`. */
export declare const validateNetwork: CompiledValidator<T.Network>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/programme/v1`. */
export declare const validateProgramme: CompiledValidator<T.Programme>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/response/v1`. */
export declare const validateResponse: CompiledValidator<T.Response>;
/** Validates a document against `https://w3id.org/competence-kit/schemas/result/v1`. */
export declare const validateResult: CompiledValidator<T.Result>;
