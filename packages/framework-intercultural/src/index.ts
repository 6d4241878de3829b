/**
 * `@competence-kit/framework-intercultural`: the intercultural competence framework for public
 * administration, as data. Content licensed CC-BY-4.0.
 *
 * @packageDocumentation
 */
import type { Framework } from '@competence-kit/schemas';
import data from '../content/framework.json' with { type: 'json' };

/**
 * The framework, typed. It passes `parseFramework` with no issues (tested) and is complete in
 * German, Italian, Spanish and English. Treat it as read-only: to adapt it for a city, use
 * `extendFramework` from `@competence-kit/model`.
 *
 * @example
 * ```ts
 * import { framework } from '@competence-kit/framework-intercultural';
 * import { localize } from '@competence-kit/model';
 * for (const c of framework.competences) console.log(localize(c.title, 'it'));
 * ```
 */
export const framework: Framework = data as unknown as Framework;

/** The framework's permanent URI. */
export const FRAMEWORK_ID: string = framework.id;

/** The locales in which every text of the framework is complete. */
export const PILOT_LOCALES = ['de', 'it', 'es', 'en'] as const;

export { staffSelfAssessment, organisationalSelfCheck } from './instruments.js';
export {
  staffNeedsQuestionnaire,
  tcnQuestionnaire,
  stakeholderQuestionnaire,
  needsAnalysisGuides,
} from './needs-analysis.js';
export { catalogue, programmeTemplate } from './training.js';
export { compendium, toolkit } from './knowledge.js';
export { sampleNetworks, sampleActionPlans, sampleEvents } from './networks.js';
export type { NetworkSampleTerritory } from './networks.js';
