import type { Framework, Issue, ParseResult } from '@competence-kit/schemas';
import { toIssues, parseSafely } from '@competence-kit/schemas';
import { validateFramework } from '@competence-kit/schemas/validators';
import { FRAMEWORK_RULES } from './rules.js';

/** At most this many issues are listed; the rest are counted in one closing issue. */
export const MAX_ISSUES = 500;

function capped(issues: Issue[]): Issue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const shown = issues.slice(0, MAX_ISSUES);
  shown.push({
    path: '',
    code: 'too-many-issues',
    message: `${issues.length - MAX_ISSUES} more issue(s) not listed; fix the ones above and parse again.`,
  });
  return shown;
}

/**
 * Validates a framework document: first its structure against the framework schema, then the
 * rules a schema cannot express (unique ids, references that resolve, an ordered scale, a
 * descriptor per competence and level, every text in every required locale, canonical locale
 * tags). It never throws, whatever the input.
 *
 * The value returned on success is the input itself, typed; it is not copied.
 *
 * @example
 * ```ts
 * import { parseFramework } from '@competence-kit/model';
 * const result = parseFramework(JSON.parse(text));
 * if (result.ok) console.log(result.value.competences.length);
 * else for (const { path, message } of result.issues) console.error(`${path}: ${message}`);
 * ```
 */
export function parseFramework(input: unknown): ParseResult<Framework> {
  return parseSafely(() => {
    if (!validateFramework(input)) {
      return { ok: false, issues: capped(toIssues(validateFramework.errors)) };
    }
    const issues: Issue[] = [];
    const report = (issue: Issue) => issues.push(issue);
    for (const rule of FRAMEWORK_RULES) rule(input, report);
    return issues.length === 0 ? { ok: true, value: input } : { ok: false, issues: capped(issues) };
  });
}
