/**
 * `@competence-kit/schemas`: the JSON Schemas of every file Competence Kit exchanges, their
 * generated TypeScript types, and ahead-of-time compiled validators.
 *
 * @packageDocumentation
 */
export type * from './generated/types.js';
export type { CompiledValidator, ValidatorError } from './generated/validators.js';
export { toIssues, pointer, escapePointerToken, parseSafely } from './issues.js';
export type { Issue, ParseResult } from './issues.js';
export { SCHEMA_IDS, type SchemaName } from './generated/ids.js';
export * from './generated/enums.js';
