/**
 * `@competence-kit/model/read`: what a page needs to show a framework — localised texts and
 * lookups — without the parsing, extending and diffing of the main entry, which pull in the
 * CommonJS `semver` package. Web components import this entry, so that they also load
 * unbundled, through an import map.
 *
 * @packageDocumentation
 */
export { localize, resolveText, fallbackChain, canonicalLocale } from './locales.js';
export type { LocalizeOptions, ResolvedText } from './locales.js';
export { formatMessage, placeholdersOf, pluralKey, resolveMessage } from './messages.js';
export type { MessageCatalogue, Placeholders, ResolvedMessage } from './messages.js';
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
export type {
  Framework,
  Competence,
  Domain,
  ProficiencyLevel,
  ProficiencyScale,
  RoleProfile,
  Mapping,
  Dimension,
  SkosRelation,
  LocalizedText,
} from '@competence-kit/schemas';
