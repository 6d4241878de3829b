import type { ValidatorError } from './generated/validators.js';

/**
 * One problem found in a document: where (a JSON pointer into the input), what kind (a stable
 * `code` to branch on) and a sentence for a person.
 *
 * @example
 * ```ts
 * { path: '/competences/3/domain', code: 'unknown-reference', message: 'Domain "outreach" does not exist.' }
 * ```
 */
export interface Issue {
  /** JSON pointer (RFC 6901) into the document; `''` is the document itself. */
  path: string;
  /** A stable, kebab-case code, for example `required`, `unknown-property`, `duplicate-id`. */
  code: string;
  /** A readable sentence saying what is wrong and what was expected. */
  message: string;
}

/**
 * The result of every parser in Competence Kit: the typed value, or every issue found.
 * Parsers never throw on bad input.
 *
 * @example
 * ```ts
 * const result = parseFramework(json);
 * if (!result.ok) for (const issue of result.issues) console.error(issue.path, issue.message);
 * ```
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Escapes one reference token for a JSON pointer (RFC 6901). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins reference tokens into a JSON pointer: `pointer('competences', 3, 'id')` is `/competences/3/id`. */
export function pointer(...tokens: (string | number)[]): string {
  return tokens.map((t) => `/${escapePointerToken(t)}`).join('');
}

/** What each shared definition's pattern means, for messages a person can act on. */
const PATTERN_MEANING: Record<string, string> = {
  id: 'a kebab-case id (lowercase letters and digits joined by single hyphens, starting with a letter), such as "plain-language"',
  uri: 'an absolute URI, such as "https://example.org/frameworks/x"',
  locale: 'a BCP 47 language tag, such as "de", "de-AT" or "sr-Latn-RS"',
  semver: 'a semantic version, such as "1.2.0"',
  date: 'a date written YYYY-MM-DD',
  dateTime: 'a date and time with an offset, such as "2026-03-01T09:30:00Z"',
  spdxLicense: 'an SPDX licence expression, such as "CC-BY-4.0"',
};

function definitionOf(schemaPath: string): string | undefined {
  return /#\/\$defs\/(\w+)\/pattern$/.exec(schemaPath)?.[1];
}

function describe(error: ValidatorError): { path: string; code: string; message: string } {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return {
        path: `${error.instancePath}${pointer(String(p.missingProperty))}`,
        code: 'required',
        message: `Required property "${String(p.missingProperty)}" is missing.`,
      };
    case 'additionalProperties':
      return {
        path: `${error.instancePath}${pointer(String(p.additionalProperty))}`,
        code: 'unknown-property',
        message: `Unknown property "${String(p.additionalProperty)}": the schema does not allow it here (check its spelling).`,
      };
    case 'type':
      return {
        path: error.instancePath,
        code: 'invalid-type',
        message: `Expected ${String(p.type)}.`,
      };
    case 'enum':
      return {
        path: error.instancePath,
        code: 'invalid-value',
        message: `Expected one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`,
      };
    case 'const':
      return {
        path: error.instancePath,
        code: 'invalid-value',
        message: `Expected ${JSON.stringify(p.allowedValue)}.`,
      };
    case 'pattern': {
      const meaning = PATTERN_MEANING[definitionOf(error.schemaPath) ?? ''];
      return {
        path: error.instancePath,
        code: 'invalid-format',
        message: meaning
          ? `Expected ${meaning}.`
          : `Expected a string matching ${String(p.pattern)}.`,
      };
    }
    case 'unevaluatedProperties':
      return {
        path: `${error.instancePath}${pointer(String(p.unevaluatedProperty))}`,
        code: 'unevaluated-property',
        message: `Property "${String(p.unevaluatedProperty)}" does not belong to this kind of entry.`,
      };
    case 'propertyNames':
      return {
        path: `${error.instancePath}${pointer(String(p.propertyName))}`,
        code: 'invalid-key',
        message: `Invalid key "${String(p.propertyName)}".`,
      };
    case 'minItems':
      return {
        path: error.instancePath,
        code: 'too-few-items',
        message: `Expected at least ${String(p.limit)} item(s).`,
      };
    case 'maxItems':
      return {
        path: error.instancePath,
        code: 'too-many-items',
        message: `Expected at most ${String(p.limit)} item(s).`,
      };
    case 'minProperties':
      return {
        path: error.instancePath,
        code: 'too-few-items',
        message: `Expected at least ${String(p.limit)} entry(ies).`,
      };
    case 'minLength':
      return {
        path: error.instancePath,
        code: p.limit === 1 ? 'empty' : 'too-short',
        message:
          p.limit === 1
            ? 'Expected a non-empty string.'
            : `Expected at least ${String(p.limit)} characters.`,
      };
    case 'maxLength':
      return {
        path: error.instancePath,
        code: 'too-long',
        message: `Expected at most ${String(p.limit)} characters.`,
      };
    case 'uniqueItems':
      return {
        path: `${error.instancePath}${pointer(Number(p.i))}`,
        code: 'duplicate-item',
        message: `Item ${String(p.i)} repeats item ${String(p.j)}.`,
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        path: error.instancePath,
        code: 'out-of-range',
        message: `Expected a number ${String(p.comparison)} ${String(p.limit)}.`,
      };
    case 'not':
      return {
        path: error.instancePath,
        code: 'conflicting-properties',
        message: error.schemaPath.endsWith('/then/not')
          ? 'An answer has either a value or "skipped": true, not both.'
          : 'This combination of properties is not allowed here.',
      };
    case 'discriminator':
      return {
        path: `${error.instancePath}${pointer(String(p.tag))}`,
        code:
          p.tagValue === undefined
            ? 'required'
            : p.error === 'tag'
              ? 'invalid-type'
              : 'invalid-value',
        message:
          p.tagValue === undefined
            ? `Required property "${String(p.tag)}" is missing.`
            : p.error === 'tag'
              ? `Expected "${String(p.tag)}" to be a string.`
              : `Unknown ${String(p.tag)} ${JSON.stringify(p.tagValue)}.`,
      };
    default:
      return {
        path: error.instancePath,
        code: error.keyword,
        message: error.message ?? `Fails "${error.keyword}".`,
      };
  }
}

/**
 * Turns a compiled validator's errors into {@link Issue}s: one per problem, with the JSON
 * pointer of the offending value (for a missing or unknown property, of the property itself)
 * and a message that says what was expected. Errors that only restate another (the summary
 * error of a `oneOf`, say) are folded away.
 *
 * @example
 * ```ts
 * if (!validateFramework(doc)) console.log(toIssues(validateFramework.errors));
 * ```
 */
export function toIssues(errors: readonly ValidatorError[] | null | undefined): Issue[] {
  if (!errors) return [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  // A failed `oneOf` reports each branch's errors too; keep only the summary for that place.
  const oneOfPaths = new Set(
    errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath),
  );
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.keyword !== 'oneOf' && oneOfPaths.has(error.instancePath)) continue;
    const issue =
      error.keyword === 'oneOf'
        ? {
            path: error.instancePath,
            code: 'invalid-value',
            message: 'Matches none of the allowed forms.',
          }
        : describe(error);
    const key = `${issue.path}\u0000${issue.code}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/**
 * Runs a parser and turns anything it throws into an `unreadable-input` issue, so that parsers
 * keep their promise never to throw, even on inputs JSON cannot produce (getters that throw,
 * revoked proxies).
 *
 * @example
 * ```ts
 * export const parseThing = (input: unknown) => parseSafely(() => checkThing(input));
 * ```
 */
export function parseSafely<T>(parse: () => ParseResult<T>): ParseResult<T> {
  try {
    return parse();
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          code: 'unreadable-input',
          message: `The input could not be read as JSON data: ${error instanceof Error ? error.message : String(error)}.`,
        },
      ],
    };
  }
}
