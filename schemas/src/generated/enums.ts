// Generated from schemas/*.schema.json by schemas/scripts/generate.mjs.
// Do not edit; run npm run generate.

import type * as T from './types.js';

// The values of each titled `enum` in the schemas, in the schemas' order, for code that lists,
// loops over or checks them at run time. Use these instead of copying a list: a value added to
// a schema then reaches every list. Each array `satisfies` the generated type of the same name.

/** Every {@link T.CooperationFrequency}, from `network.schema.json#/$defs/frequency`. */
export const COOPERATION_FREQUENCIES = [
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'occasional',
] as const satisfies readonly T.CooperationFrequency[];

/** Every {@link T.Dimension}, from `framework.schema.json#/$defs/dimension`. */
export const DIMENSIONS = [
  'knowledge',
  'skills',
  'attitudes',
  'values',
] as const satisfies readonly T.Dimension[];

/** Every {@link T.EndorsementStatus}, from `result.schema.json#/$defs/levelEndorsement/properties/status`. */
export const ENDORSEMENT_STATUSES = [
  'endorsed',
  'not-endorsed',
  'unknown',
  'not-asked',
] as const satisfies readonly T.EndorsementStatus[];

/** Every {@link T.FindingKind}, from `needs-study.schema.json#/$defs/finding/properties/kind`. */
export const FINDING_KINDS = [
  'strength',
  'weakness',
  'opportunity',
  'threat',
  'need',
] as const satisfies readonly T.FindingKind[];

/** Every {@link T.InstrumentPurpose}, from `city.schema.json#/$defs/instrumentPurpose`. */
export const INSTRUMENT_PURPOSES = [
  'self-assessment',
  'organisational-self-check',
  'needs-analysis',
] as const satisfies readonly T.InstrumentPurpose[];

/** Every {@link T.ItemType}, from `instrument.schema.json#/$defs/item/properties/type`. */
export const ITEM_TYPES = [
  'likert',
  'single-choice',
  'multiple-choice',
  'situational-judgement',
  'free-text',
  'ranking',
] as const satisfies readonly T.ItemType[];

/** Every {@link T.KnowledgeEntryKind}, from `knowledge-base.schema.json#/$defs/entry/properties/kind`. */
export const KNOWLEDGE_ENTRY_KINDS = [
  'practice',
  'toolkit',
  'manifesto',
  'testimonial',
] as const satisfies readonly T.KnowledgeEntryKind[];

/** Every {@link T.LegalBasisCode}, from `city.schema.json#/$defs/legalBasis`. */
export const LEGAL_BASIS_CODES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const satisfies readonly T.LegalBasisCode[];

/** Every {@link T.MeasureStatus}, from `action-plan.schema.json#/$defs/status`. */
export const MEASURE_STATUSES = [
  'planned',
  'in-progress',
  'done',
  'delayed',
  'cancelled',
] as const satisfies readonly T.MeasureStatus[];

/** Every {@link T.ModuleFormat}, from `module.schema.json#/$defs/format`. */
export const MODULE_FORMATS = [
  'workshop',
  'e-learning',
  'job-shadowing',
  'peer-exchange',
  'mentoring',
  'study-visit',
] as const satisfies readonly T.ModuleFormat[];

/** Every {@link T.OpenGapReason}, from `learning-path.schema.json#/$defs/openGap/properties/reason`. */
export const OPEN_GAP_REASONS = [
  'no-module',
  'no-module-in-language',
  'not-for-role',
  'budget',
  'no-score',
] as const satisfies readonly T.OpenGapReason[];

/** Every {@link T.ParticipantGroup}, from `guide.schema.json#/$defs/participantGroup`. */
export const PARTICIPANT_GROUPS = [
  'staff',
  'third-country-nationals',
  'ngos',
  'migrant-organisations',
  'stakeholders',
] as const satisfies readonly T.ParticipantGroup[];

/** Every {@link T.Phase}, from `response.schema.json#/$defs/phase`. */
export const PHASES = ['baseline', 'post', 'follow-up'] as const satisfies readonly T.Phase[];

/** Every {@link T.PriorityFactor}, from `needs-report.schema.json#/$defs/contribution/properties/factor`. */
export const PRIORITY_FACTORS = [
  'gap-size',
  'below-target',
  'perception',
  'findings',
  'breadth',
] as const satisfies readonly T.PriorityFactor[];

/** Every {@link T.ReviewArea}, from `needs-study.schema.json#/$defs/reviewArea`. */
export const REVIEW_AREAS = [
  'policies',
  'attitudes',
  'organisation',
] as const satisfies readonly T.ReviewArea[];

/** Every {@link T.ScoringMethod}, from `instrument.schema.json#/$defs/scoringRules/properties/method`. */
export const SCORING_METHODS = [
  'thresholds',
  'anchored',
] as const satisfies readonly T.ScoringMethod[];

/** Every {@link T.SkipReason}, from `response.schema.json#/$defs/answer/properties/reason`. */
export const SKIP_REASONS = [
  'declined',
  'not-applicable',
  'not-shown',
  'missing',
] as const satisfies readonly T.SkipReason[];

/** Every {@link T.SkosRelation}, from `framework.schema.json#/$defs/skosRelation`. */
export const SKOS_RELATIONS = [
  'exactMatch',
  'closeMatch',
  'broadMatch',
  'narrowMatch',
  'related',
] as const satisfies readonly T.SkosRelation[];

/** Every {@link T.StakeholderType}, from `network.schema.json#/$defs/stakeholderType`. */
export const STAKEHOLDER_TYPES = [
  'public-authority',
  'ngo',
  'migrant-organisation',
  'vocational-school',
  'university',
  'business',
  'volunteers-group',
  'other',
] as const satisfies readonly T.StakeholderType[];

/** Every {@link T.ToolkitMaterial}, from `knowledge-base.schema.json#/$defs/toolkit/properties/material`. */
export const TOOLKIT_MATERIALS = [
  'session-plan',
  'case',
  'handout',
  'letter-template',
] as const satisfies readonly T.ToolkitMaterial[];

/** Every {@link T.VopiLevel}, from `guide.schema.json#/$defs/vopiLevel`. */
export const VOPI_LEVELS = [
  'organisation',
  'services-and-access',
  'personnel',
  'cooperation',
] as const satisfies readonly T.VopiLevel[];
