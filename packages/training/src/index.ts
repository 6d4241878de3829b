/**
 * `@competence-kit/training`: module catalogues, learning paths that close one person's gaps,
 * a programme schedule for a territory's cohort and the evaluation of its effect. Pure
 * functions, no I/O. Open Badges 3.0 credentials for completed modules are in
 * `@competence-kit/credentials`.
 *
 * @packageDocumentation
 */
export { parseCatalogue } from './parse-catalogue.js';
export { recommendPath } from './recommend.js';
export type { RecommendPathOptions } from './recommend.js';
export { planProgramme } from './plan.js';
export type {
  PlanNeed,
  PlanConstraints,
  ProgrammePlan,
  UncoveredNeed,
  MonthlyLoad,
} from './plan.js';
export { evaluateProgramme } from './evaluate.js';
export type {
  EvaluateProgrammeOptions,
  ModuleEvaluation,
  ProgrammeEvaluation,
} from './evaluate.js';
export type {
  Catalogue,
  Module,
  ModuleFormat,
  ModuleCompetence,
  Programme,
  ProgrammeSession,
  SessionPlace,
  Holiday,
  UnplacedModule,
  LearningPath,
  PathStep,
  GapClosure,
  OpenGap,
  Enrolment,
} from '@competence-kit/schemas';
