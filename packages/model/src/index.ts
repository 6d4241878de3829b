/**
 * `@competence-kit/model`: competence frameworks as data. Parse and validate them with clear
 * issues, localise their texts with a BCP 47 fallback chain, look things up, extend a framework
 * for a city, and compare two versions.
 *
 * @packageDocumentation
 */
export { parseFramework, MAX_ISSUES } from './parse.js';
export { localize, resolveText, fallbackChain, canonicalLocale } from './locales.js';
export type { LocalizeOptions, ResolvedText } from './locales.js';
export { translationCoverage } from './coverage.js';
export type { LocaleCoverage } from './coverage.js';
export { collectTexts } from './texts.js';
export type { TextEntry } from './texts.js';
export {
  getCompetence,
  getDomain,
  getLevel,
  levelIndex,
  nextLevel,
  getRoleProfile,
  competencesByDomain,
  competencesByDimension,
  getDescriptor,
} from './lookup.js';
export { extendFramework } from './extend.js';
export { diffFrameworks } from './diff.js';
export type { FrameworkDiff, FrameworkChange, Impact, EntityKind } from './diff.js';
export type {
  Framework,
  FrameworkExtension,
  Competence,
  Domain,
  ProficiencyLevel,
  ProficiencyScale,
  RoleProfile,
  Mapping,
  Dimension,
  SkosRelation,
  LocalizedText,
  Issue,
  ParseResult,
} from '@competence-kit/schemas';
