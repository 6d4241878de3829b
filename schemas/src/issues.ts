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
  hexColor: 'a colour written #rrggbb, such as "#0b5cad"',
  countryCode: 'an ISO 3166-1 alpha-2 country code in capitals, such as "DE", "IT" or "ES"',
  timezone: 'an IANA time zone name, such as "Europe/Rome"',
  email: 'an e-mail address, such as "training@example.org"',
  phone: 'a phone number in international form, such as "+49 69 90009 123"',
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
    case 'dependentRequired':
      // `person` given without `consent` (ajv: property, missingProperty, deps).
      return {
        path: `${error.instancePath}${pointer(String(p.missingProperty))}`,
        code: 'required',
        message: `Required property "${String(p.missingProperty)}" is missing: "${String(p.property)}" is given only with it.`,
      };
    case 'additionalProperties':
      return {
        path: `${error.instancePath}${pointer(String(p.additionalProperty))}`,
        code: 'unknown-property',
        message: `Unknown property "${String(p.additionalProperty)}": the schema does not allow it here (check its spelling).`,
      };
    case 'type': {
      // A list of types (`integer,string,array`) reads as a sentence.
      const types = String(p.type).split(',');
      return {
        path: error.instancePath,
        code: 'invalid-type',
        message:
          types.length === 1
            ? `Expected ${types[0]!}.`
            : `Expected ${types.slice(0, -1).map(article).join(', ')} or ${article(types.at(-1)!)}.`,
      };
    }
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
    case 'linearUniqueItems':
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
 * The closing issue of a list cut at `maxIssues`, counting the `cut` issues not listed (when
 * they were counted: validation stops recording errors past a budget).
 */
export function tooManyIssues(cut: number | undefined, maxIssues: number): Issue {
  const more = cut === undefined ? 'More issues were found and' : `${cut} more issue(s)`;
  return {
    path: '',
    code: 'too-many-issues',
    message: `${more} not listed: at most ${Number.isFinite(maxIssues) ? maxIssues : 'all recorded'} are (raise options.limits.maxIssues to list more); fix the ones above and parse again.`,
  };
}

/** `integer` -> `an integer`, `array` -> `an array`. */
function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** What one branch of an `anyOf` expected, read from the errors that branch reported. */
function expectedOf(branch: readonly ValidatorError[]): string {
  const type = branch.find((e) => e.keyword === 'type');
  if (type) return article(String(type.params.type));
  const limit = branch.find((e) => e.keyword === 'maxLength');
  if (limit) return `a string of at most ${String(limit.params.limit)} characters`;
  const required = branch.find((e) => e.keyword === 'required');
  if (required) return `an object with "${String(required.params.missingProperty)}"`;
  const items = branch.find((e) => e.keyword === 'maxItems');
  if (items) return `an array of at most ${String(items.params.limit)} items`;
  return 'a value of another form';
}

/**
 * The issue for a failed `anyOf`: the value fits none of the alternatives. Its branch errors at
 * the same place (which all precede it) say what each alternative expected.
 */
function describeAnyOf(error: ValidatorError, branches: readonly ValidatorError[]): Issue {
  const prefix = `${error.schemaPath}/`;
  const byBranch = new Map<string, ValidatorError[]>();
  for (const e of branches) {
    if (!e.schemaPath.startsWith(prefix)) continue;
    const branch = e.schemaPath.slice(prefix.length).split('/')[0]!;
    const list = byBranch.get(branch) ?? [];
    list.push(e);
    byBranch.set(branch, list);
  }
  const expected = [...byBranch.values()].map(expectedOf);
  const allTypes =
    byBranch.size > 0 && [...byBranch.values()].every((b) => b.some((e) => e.keyword === 'type'));
  const list =
    expected.length === 0
      ? 'a value of one of the allowed forms'
      : expected.length === 1
        ? expected[0]!
        : `${expected.slice(0, -1).join(', ')} or ${expected.at(-1)!}`;
  return {
    path: error.instancePath,
    code: allTypes ? 'invalid-type' : 'invalid-value',
    message: `Expected ${list}.`,
  };
}

/** Options of {@link toIssues}. */
export interface ToIssuesOptions {
  /** Issues listed; the rest are counted in one closing `too-many-issues` issue. Default: all. */
  maxIssues?: number;
}

/**
 * Turns a compiled validator's errors into {@link Issue}s: one per problem, with the JSON
 * pointer of the offending value (for a missing or unknown property, of the property itself)
 * and a message that says what was expected. Errors that only restate another (the branch
 * errors of a `oneOf` or an `anyOf`, say) are folded into one issue. With `maxIssues`, at most
 * that many are listed, then one `too-many-issues` issue counting the rest. Linear in the
 * number of errors.
 *
 * @example
 * ```ts
 * if (!validateFramework(doc)) console.log(toIssues(validateFramework.errors, { maxIssues: 100 }));
 * ```
 */
export function toIssues(
  errors: readonly ValidatorError[] | null | undefined,
  options: ToIssuesOptions = {},
): Issue[] {
  if (!errors) return [];
  const max = options.maxIssues ?? Infinity;
  const issues: Issue[] = [];
  let cut = 0;
  const seen = new Set<string>();
  // A failed `oneOf` or `anyOf` reports each branch's errors too; keep only the summary there.
  const summaries = new Map<string, string>();
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') summaries.set(e.instancePath, e.keyword);
  }
  // The branch errors of each `anyOf` place, to say what its alternatives expected.
  const anyOfBranches = new Map<string, ValidatorError[]>();
  // Errors past a validator's `maxErrors` are placeholders: more issues exist than were recorded.
  let unrecorded = false;
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.keyword === 'errorLimit') {
      unrecorded = true;
      continue;
    }
    const summary = summaries.get(error.instancePath);
    if (summary !== undefined && error.keyword !== summary) {
      if (summary === 'anyOf') {
        const list = anyOfBranches.get(error.instancePath) ?? [];
        list.push(error);
        anyOfBranches.set(error.instancePath, list);
      }
      continue;
    }
    const issue =
      error.keyword === 'oneOf'
        ? {
            path: error.instancePath,
            code: 'invalid-value',
            message: 'Matches none of the allowed forms.',
          }
        : error.keyword === 'anyOf'
          ? describeAnyOf(error, anyOfBranches.get(error.instancePath) ?? [])
          : describe(error);
    const key = `${issue.path}\u0000${issue.code}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (issues.length < max) issues.push(issue);
    else cut++;
  }
  if (cut > 0 || unrecorded) issues.push(tooManyIssues(unrecorded ? undefined : cut, max));
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
