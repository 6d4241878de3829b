import type { Framework, ParseOptions, ParseResult } from '@competence-kit/schemas';
import {
  DEFAULT_LIMITS,
  collectIssues,
  parseSafely,
  resolveParseOptions,
  validateWithLimits,
} from '@competence-kit/schemas';
import { validateFramework } from '@competence-kit/schemas/validators';
import { FRAMEWORK_RULES } from './rules.js';

/**
 * At most this many issues are listed, then one closing `too-many-issues` issue: the default
 * `maxIssues` of {@link DEFAULT_LIMITS}, which `options.limits.maxIssues` overrides.
 *
 * @deprecated Read `DEFAULT_LIMITS.maxIssues` from `@competence-kit/schemas`.
 */
export const MAX_ISSUES: number = DEFAULT_LIMITS.maxIssues;

/**
 * Validates a framework document: first its size against the limits (one pass, before anything
 * else), then its structure against the framework schema, then the rules a schema cannot
 * express (unique ids, references that resolve, an ordered scale, a descriptor per competence
 * and level, every text in every required locale, canonical locale tags). It never throws on a
 * bad document; it lists at most `maxIssues` issues and then one `too-many-issues`.
 *
 * `options.limits` overrides any of `DEFAULT_LIMITS` (`@competence-kit/schemas`); a wrong
 * option is a programmer's mistake and throws a `TypeError`.
 *
 * The value returned on success is the input itself, typed; it is not copied.
 *
 * @example
 * ```ts
 * import { parseFramework } from '@competence-kit/model';
 * const result = parseFramework(JSON.parse(text), { limits: { maxSize: 2_000_000 } });
 * if (result.ok) console.log(result.value.competences.length);
 * else for (const { path, message } of result.issues) console.error(`${path}: ${message}`);
 * ```
 */
export function parseFramework(input: unknown, options?: ParseOptions): ParseResult<Framework> {
  const limits = resolveParseOptions(options);
  return parseSafely(() => {
    const checked = validateWithLimits(validateFramework, input, limits);
    if (!checked.ok) return checked;
    const framework = checked.value;
    const issues = collectIssues(limits.maxIssues, (report) => {
      for (const rule of FRAMEWORK_RULES) rule(framework, report);
    });
    return issues.length === 0 ? { ok: true, value: framework } : { ok: false, issues };
  });
}
