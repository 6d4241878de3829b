/**
 * `@competence-kit/schemas`: the JSON Schemas of every file Competence Kit exchanges, their
 * generated TypeScript types, and ahead-of-time compiled validators.
 *
 * @packageDocumentation
 */
export type * from './generated/types.js';
export type { CompiledValidator, ValidatorError } from './generated/validators.js';
export { toIssues, pointer, escapePointerToken, parseSafely, tooManyIssues } from './issues.js';
export type { Issue, ParseResult, ToIssuesOptions } from './issues.js';
export {
  DEFAULT_LIMITS,
  LIMIT_CODES,
  IssueList,
  capIssues,
  checkObjectArgument,
  collectIssues,
  checkLimits,
  responseWithinLimits,
  describeValue,
  resolveLimits,
  resolveParseOptions,
  validateWithLimits,
} from './limits.js';
export type { ParseLimits, ParseOptions } from './limits.js';
export { SCHEMA_IDS, type SchemaName } from './generated/ids.js';
export * from './generated/enums.js';
