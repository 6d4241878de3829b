/**
 * `@competence-kit/networks`: a territory's integration network, its regional action plan, the
 * knowledge base (best-practice compendium, trainers' toolkit, manifesto, testimonials) and
 * multiplier events (decision 0029). Pure functions on plain data; no I/O; runs in browsers.
 * Their words (for every code and enum returned here) are in `@competence-kit/networks/messages`.
 *
 * @packageDocumentation
 */
export type * from './types.js';

export {
  parseActionPlan,
  parseKnowledgeBase,
  parseMultiplierEvent,
  parseNetwork,
} from './parse.js';
export type {
  ActionPlanContext,
  ConsentParseOptions,
  KnowledgeBaseContext,
  MultiplierEventContext,
} from './parse.js';
export { expectedValue, reviewActionPlan } from './review.js';
export type { ReviewOptions } from './review.js';
export { analyseNetwork } from './analyse.js';
export { eventSummary } from './events.js';
export { dayNumber, daysBetween } from './dates.js';
export * from './search/index.js';
