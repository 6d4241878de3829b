/**
 * `@competence-kit/model`: competence frameworks as data. Parse and validate them with clear
 * issues, localise their texts with a BCP 47 fallback chain, look things up, extend a framework
 * for a city, and compare two versions.
 *
 * @packageDocumentation
 */
export { parseFramework, MAX_ISSUES } from './parse.js';
// Texts and lookups: the part a page needs, also published alone as `@competence-kit/model/read`.
export * from './read.js';
export { translationCoverage } from './coverage.js';
export type { LocaleCoverage } from './coverage.js';
export { collectTexts } from './texts.js';
export type { TextEntry } from './texts.js';
export { extendFramework } from './extend.js';
export { diffFrameworks } from './diff.js';
export type { FrameworkDiff, FrameworkChange, Impact, EntityKind } from './diff.js';
export type { FrameworkExtension, Issue, ParseResult } from '@competence-kit/schemas';
