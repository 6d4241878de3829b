/**
 * The compiled validators, one per document schema. They are plain functions generated ahead
 * of time (no `new Function` at run time), so they work under a strict Content-Security-Policy.
 *
 * @example
 * ```ts
 * import { validateFramework } from '@competence-kit/schemas/validators';
 * import { toIssues } from '@competence-kit/schemas';
 * if (!validateFramework(doc)) console.log(toIssues(validateFramework.errors));
 * ```
 *
 * @packageDocumentation
 */
export * from './generated/validators.js';
