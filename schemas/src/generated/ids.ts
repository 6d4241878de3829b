// Generated from schemas/*.schema.json by schemas/scripts/generate.mjs.
// Do not edit; run npm run generate.

/**
 * The `$id` of each schema. The scheme is `https://w3id.org/competence-kit/schemas/<name>/v<major>`:
 * a permanent identifier that changes only with a breaking change of the schema (see
 * docs/decisions/0002-schema-ids.md).
 *
 * @example
 * ```ts
 * const doc = { $schema: SCHEMA_IDS.framework, id: 'https://example.org/fw', ... };
 * ```
 */
export const SCHEMA_IDS = {
  actionPlan: 'https://w3id.org/competence-kit/schemas/action-plan/v1',
  catalogue: 'https://w3id.org/competence-kit/schemas/catalogue/v1',
  city: 'https://w3id.org/competence-kit/schemas/city/v1',
  common: 'https://w3id.org/competence-kit/schemas/common/v1',
  enrolment: 'https://w3id.org/competence-kit/schemas/enrolment/v1',
  frameworkExtension: 'https://w3id.org/competence-kit/schemas/framework-extension/v1',
  framework: 'https://w3id.org/competence-kit/schemas/framework/v1',
  guide: 'https://w3id.org/competence-kit/schemas/guide/v1',
  instrument: 'https://w3id.org/competence-kit/schemas/instrument/v1',
  knowledgeBase: 'https://w3id.org/competence-kit/schemas/knowledge-base/v1',
  learningPath: 'https://w3id.org/competence-kit/schemas/learning-path/v1',
  localizedText: 'https://w3id.org/competence-kit/schemas/localized-text/v1',
  module: 'https://w3id.org/competence-kit/schemas/module/v1',
  multiplierEvent: 'https://w3id.org/competence-kit/schemas/multiplier-event/v1',
  needsReport: 'https://w3id.org/competence-kit/schemas/needs-report/v1',
  needsStudy: 'https://w3id.org/competence-kit/schemas/needs-study/v1',
  network: 'https://w3id.org/competence-kit/schemas/network/v1',
  programme: 'https://w3id.org/competence-kit/schemas/programme/v1',
  response: 'https://w3id.org/competence-kit/schemas/response/v1',
  result: 'https://w3id.org/competence-kit/schemas/result/v1',
} as const;

/** The name of a schema in {@link SCHEMA_IDS}. */
export type SchemaName = keyof typeof SCHEMA_IDS;
