import type { CompiledValidator } from './generated/validators.js';
import {
  escapePointerToken,
  toIssues,
  tooManyIssues,
  type Issue,
  type ParseResult,
} from './issues.js';

/**
 * How much of a document a parser reads before it gives up, so that a hostile or broken input
 * costs time in proportion to its size and no more. Every parser of Competence Kit checks these
 * in one pass over the input before validating it, and stops listing issues at `maxIssues`.
 */
export interface ParseLimits {
  /** Issues listed; the rest are counted in one closing `too-many-issues` issue. */
  maxIssues: number;
  /** Items in one array (code `items-limit-exceeded`). */
  maxItems: number;
  /** Keys of one object (code `properties-limit-exceeded`). */
  maxProperties: number;
  /** UTF-16 code units of one string or key (code `string-limit-exceeded`). */
  maxStringLength: number;
  /** Levels of nesting of arrays and objects; the document itself is level 0 (code `depth-limit-exceeded`). */
  maxDepth: number;
  /** About the length of the document's JSON text, in characters (code `size-limit-exceeded`). */
  maxSize: number;
}

/** The options every parser takes: `limits` overrides any of {@link DEFAULT_LIMITS}. */
export interface ParseOptions {
  limits?: Partial<ParseLimits>;
}

/**
 * The limits a parser applies when the caller sets none. They accept every shipped document and
 * realistic large ones (a framework of 2,000 competences, a needs study with 5,000 questionnaire
 * responses of 100 items, about 25 MB) with room to spare; a public service should set lower
 * ones for what it expects.
 */
export const DEFAULT_LIMITS: Readonly<ParseLimits> = Object.freeze({
  maxIssues: 100,
  maxItems: 100_000,
  maxProperties: 10_000,
  maxStringLength: 100_000,
  maxDepth: 32,
  maxSize: 64 * 1024 * 1024,
});

/** The issue code of each limit. */
export const LIMIT_CODES = Object.freeze({
  maxIssues: 'too-many-issues',
  maxItems: 'items-limit-exceeded',
  maxProperties: 'properties-limit-exceeded',
  maxStringLength: 'string-limit-exceeded',
  maxDepth: 'depth-limit-exceeded',
  maxSize: 'size-limit-exceeded',
} as const satisfies Record<keyof ParseLimits, string>);

const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS) as (keyof ParseLimits)[];

/**
 * {@link DEFAULT_LIMITS} with the caller's overrides. A wrong option is a programmer's mistake,
 * so it throws a `TypeError` naming it: each limit is a positive whole number (or `Infinity`,
 * except `maxIssues` and `maxDepth`).
 *
 * @example
 * ```ts
 * resolveLimits({ maxSize: 1_000_000 }).maxSize; // 1000000
 * ```
 */
export function resolveLimits(
  limits?: Partial<ParseLimits>,
  base: Readonly<ParseLimits> = DEFAULT_LIMITS,
): ParseLimits {
  if (limits === undefined) return { ...base };
  if (limits === null || typeof limits !== 'object') {
    throw new TypeError(
      `options.limits must be an object of limits; got ${describeValue(limits)}.`,
    );
  }
  const resolved = { ...base };
  for (const key of Object.keys(limits)) {
    if (!(LIMIT_NAMES as string[]).includes(key)) {
      throw new TypeError(
        `options.limits.${key} is not a limit; the limits are ${LIMIT_NAMES.join(', ')}.`,
      );
    }
    const name = key as keyof ParseLimits;
    const value = limits[name];
    if (value === undefined) continue;
    const finite = name === 'maxIssues' || name === 'maxDepth';
    if (
      typeof value !== 'number' ||
      !(value >= 1) ||
      (Number.isFinite(value) ? !Number.isInteger(value) : finite)
    ) {
      throw new TypeError(
        `options.limits.${name} must be a positive whole number${finite ? '' : ' or Infinity'}; got ${describeValue(value)}.`,
      );
    }
    resolved[name] = value;
  }
  return resolved;
}

/**
 * Reads a parser's `options` argument: `undefined` or an object with an optional `limits`.
 * Throws a `TypeError` for anything else.
 */
export function resolveParseOptions(
  options: ParseOptions | undefined,
  base: Readonly<ParseLimits> = DEFAULT_LIMITS,
): ParseLimits {
  if (options === undefined) return { ...base };
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `options must be an object such as { limits: { maxSize: 1000000 } }; got ${describeValue(options)}.`,
    );
  }
  return resolveLimits(options.limits, base);
}

/**
 * Checks, at the door of a public function, that an argument which is not a document (an
 * instrument to check against, a context, a framework) is an object, and throws a `TypeError`
 * naming the function, the argument and what was expected: that is a programmer's mistake, not
 * a bad document. `undefined` passes when the argument is optional.
 *
 * @example
 * ```ts
 * checkObjectArgument('parseResponse', 'instrument', null, 'the Instrument the response answers');
 * // TypeError: parseResponse: the argument "instrument" must be the Instrument the response answers (an object); got null.
 * ```
 */
export function checkObjectArgument(
  fn: string,
  name: string,
  value: unknown,
  expected: string,
  { optional = false }: { optional?: boolean } = {},
): void {
  if (value === undefined && optional) return;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(
      `${fn}: the argument "${name}" must be ${expected} (an object${optional ? ' or undefined' : ''}); got ${describeValue(value)}.`,
    );
  }
}

/** `null`, `a string`, `an array`… for messages about a wrong argument. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' || type === 'undefined' ? type : `a ${type}`;
}

const raise = (name: keyof ParseLimits) => `raise options.limits.${name} to accept more`;

/**
 * `issues` cut to `maxIssues`, with a closing `too-many-issues` issue when some were cut.
 *
 * @example
 * ```ts
 * capIssues(issues, 100).length; // at most 101
 * ```
 */
export function capIssues(issues: Issue[], maxIssues: number = DEFAULT_LIMITS.maxIssues): Issue[] {
  if (issues.length <= maxIssues) return issues;
  const shown = issues.slice(0, maxIssues);
  shown.push(tooManyIssues(issues.length - maxIssues, maxIssues));
  return shown;
}

/**
 * Collects issues up to `maxIssues` and only counts the rest, for the rules a parser checks after
 * the schema: `add` one, `list()` them (with the closing `too-many-issues` issue when some were
 * cut), `full` once the list is complete (a rule may stop looking).
 */
export class IssueList {
  readonly #max: number;
  readonly #issues: Issue[] = [];
  #cut = 0;

  constructor(maxIssues: number = DEFAULT_LIMITS.maxIssues) {
    this.#max = maxIssues;
  }

  /** Adds one issue, or counts it when the list is full. */
  add(issue: Issue): void {
    if (this.#issues.length < this.#max) this.#issues.push(issue);
    else this.#cut++;
  }

  /** Whether `maxIssues` issues are listed already. */
  get full(): boolean {
    return this.#issues.length >= this.#max;
  }

  /** How many issues were added, listed or not. */
  get count(): number {
    return this.#issues.length + this.#cut;
  }

  /** The issues, and a closing `too-many-issues` issue when some were cut. */
  list(): Issue[] {
    return this.#cut === 0
      ? [...this.#issues]
      : [...this.#issues, tooManyIssues(this.#cut, this.#max)];
  }
}

const STOP = Symbol('issue list full');

/**
 * Runs the rules a parser checks after the schema, collecting what they `report`. Once
 * `maxIssues` are listed, the next report stops the rules at once (a rule that compares every
 * competence with every level stops after `maxIssues` findings, not after all of them) and the
 * list closes with a `too-many-issues` issue.
 *
 * @example
 * ```ts
 * const issues = collectIssues(100, (report) => {
 *   if (doc.title === '') report({ path: '/title', code: 'empty', message: 'Expected a title.' });
 * });
 * ```
 */
export function collectIssues(
  maxIssues: number,
  check: (report: (issue: Issue) => void) => void,
): Issue[] {
  const issues: Issue[] = [];
  try {
    check((issue) => {
      if (issues.length >= maxIssues) throw STOP;
      issues.push(issue);
    });
  } catch (error) {
    if (error !== STOP) throw error;
    issues.push(tooManyIssues(undefined, maxIssues));
  }
  return issues;
}

/** Whether Object.prototype has an enumerable key (a polluted prototype). */
function inheritsEnumerableKeys(): boolean {
  for (const _ in {}) return true;
  return false;
}

/** Whether `value` is an object, not an array, whose prototype is Object.prototype or null. */
function plainObject(value: unknown): value is object {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The characters of a number in JSON, without building its text for the usual small integers. */
function numberSize(value: number): number {
  if (!Number.isInteger(value) || value <= -1e15 || value >= 1e15) return String(value).length;
  let digits = value < 0 ? 2 : 1;
  for (let rest = Math.abs(value); rest >= 10; rest = Math.floor(rest / 10)) digits++;
  return digits;
}

/**
 * Checks a document against `limits` in one pass, before any validation, and returns an issue
 * per limit exceeded (at most `maxIssues`, then `too-many-issues`). It never descends into an
 * array or object over its limit nor below `maxDepth`, and it stops at once when the document
 * passes `maxSize`, so its cost is bounded by the limits whatever the input. A string input is
 * measured by its length (the JSON text, before it is parsed).
 *
 * @example
 * ```ts
 * checkLimits({ tags: ['a', 'b', 'c'] }, { ...DEFAULT_LIMITS, maxItems: 2 });
 * // [{ path: '/tags', code: 'items-limit-exceeded', message: 'This array has 3 items; at most 2 are read (raise …).' }]
 * ```
 */
export function checkLimits(
  input: unknown,
  limits: Readonly<ParseLimits> = DEFAULT_LIMITS,
): Issue[] {
  const issues = new IssueList(limits.maxIssues);
  // The path to the value being read, as one token per level (`tokens[d]` is the key or index
  // taken at depth d): overwritten, never pushed and popped, and turned into a JSON pointer only
  // for an issue. This pass runs before every parse, so it is kept lean.
  const tokens: (string | number)[] = [];
  const path = (depth: number, last?: string | number) => {
    let out = '';
    for (let d = 0; d < depth; d++) out += `/${escapePointerToken(tokens[d]!)}`;
    return last === undefined ? out : `${out}/${escapePointerToken(last)}`;
  };
  const { maxItems, maxProperties, maxStringLength, maxDepth, maxSize } = limits;
  let size = 0;
  let stopped = false;
  const tooLong = (length: number, at: string) =>
    issues.add({
      path: at,
      code: LIMIT_CODES.maxStringLength,
      message: `This text is ${length} characters long; at most ${maxStringLength} are read (${raise('maxStringLength')}).`,
    });

  // `depth` is the nesting level of `value`, an object or array; `tokens[0..depth)` its path.
  const visit = (value: object, depth: number): void => {
    if (depth >= maxDepth) {
      issues.add({
        path: path(depth),
        code: LIMIT_CODES.maxDepth,
        message: `This value is nested ${depth + 1} levels deep; at most ${maxDepth} levels are read (${raise('maxDepth')}).`,
      });
      return;
    }
    if (Array.isArray(value)) {
      const length = value.length;
      if (length > maxItems) {
        issues.add({
          path: path(depth),
          code: LIMIT_CODES.maxItems,
          message: `This array has ${length} items; at most ${maxItems} are read (${raise('maxItems')}).`,
        });
        return;
      }
      size += length + 1;
      for (let i = 0; i < length; i++) {
        const item: unknown = value[i];
        // Scalars are counted here, without a call or a path.
        if (typeof item === 'string') {
          size += item.length + 2;
          if (item.length > maxStringLength) tooLong(item.length, path(depth, i));
        } else if (item !== null && typeof item === 'object') {
          tokens[depth] = i;
          visit(item, depth + 1);
        } else size += typeof item === 'number' ? numberSize(item) : 5;
        if (size > maxSize || stopped) {
          stopped = true;
          return;
        }
      }
      return;
    }
    // Every object's keys by `Object.keys`: one collection of its keys, whatever its shape. (A
    // `for…in` to count and another to read, tried on 2026-12-05, allocates nothing for a small
    // object but collects a wide one's keys twice, and made a hostile document of 10,000 keys
    // cost 3.5 times a valid one per MB: decision 0033.)
    const keys = Object.keys(value);
    if (keys.length > maxProperties) {
      issues.add({
        path: path(depth),
        code: LIMIT_CODES.maxProperties,
        message: `This object has ${keys.length} keys; at most ${maxProperties} are read (${raise('maxProperties')}).`,
      });
      return;
    }
    size += keys.length + 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      size += key.length + 3;
      if (key.length > maxStringLength) tooLong(key.length, path(depth, key));
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'string') {
        size += item.length + 2;
        if (item.length > maxStringLength) tooLong(item.length, path(depth, key));
      } else if (item !== null && typeof item === 'object') {
        tokens[depth] = key;
        visit(item, depth + 1);
      } else size += typeof item === 'number' ? numberSize(item) : 5;
      if (size > maxSize || stopped) {
        stopped = true;
        return;
      }
    }
  };

  if (typeof input === 'string') stopped = input.length > maxSize;
  else if (input !== null && typeof input === 'object') visit(input, 0);
  else size = typeof input === 'number' ? numberSize(input) : 5;
  if (stopped || size > maxSize) {
    issues.add({
      path: '',
      code: LIMIT_CODES.maxSize,
      message: `The document is longer than ${maxSize} characters of JSON; at most ${maxSize} are read (${raise('maxSize')}).`,
    });
  }
  return issues.list();
}

/**
 * Whether `input` is a response (response.schema.json) whose every part the limits allow,
 * proved by reading the parts a response has: its known top-level keys, `instrument`'s id and
 * version, and `answers` with `item`, `value` (a number, a text or a list of texts), `skipped`
 * and `reason`. Anything else there, any limit reached, or a polluted `Object.prototype`, and it
 * answers `false`: then {@link checkLimits} reads the document and says what is wrong. When it
 * answers `true`, {@link checkLimits} finds nothing (the same measures, in the same units; a
 * property test checks it).
 *
 * Why a second reader for one kind of document: {@link checkLimits} reads every kind through one
 * function, whose property loads V8 serves from one cache of object shapes; once it has met more
 * than four shapes (a server checks instruments, frameworks and responses alike) every load goes
 * the slow way, and the pass over a response costs a third more. Responses are what a city's
 * portal reads most, hundreds a second, and this function only ever sees their few shapes.
 *
 * @example
 * ```ts
 * responseWithinLimits({ answers: [] }, DEFAULT_LIMITS); // true
 * responseWithinLimits({ answers: [], extra: {} }, DEFAULT_LIMITS); // false: checkLimits decides
 * ```
 */
export function responseWithinLimits(input: unknown, limits: Readonly<ParseLimits>): boolean {
  const { maxItems, maxProperties, maxStringLength, maxDepth, maxSize } = limits;
  // Depth: the response 0, `answers` and `instrument` 1, an answer 2, a list of option ids 3.
  if (maxDepth < 4 || inheritsEnumerableKeys()) return false;
  if (!plainObject(input)) return false;
  const text = (value: string) => value.length <= maxStringLength;
  let size = 1;
  let count = 0;
  for (const key in input) {
    count++;
    if (!text(key)) return false;
    size += key.length + 3;
    const value = (input as Record<string, unknown>)[key];
    if (typeof value === 'string') {
      if (!text(value)) return false;
      size += value.length + 2;
    } else if (key === 'answers') {
      if (!Array.isArray(value) || value.length > maxItems) return false;
      size += value.length + 1;
      for (let i = 0; i < value.length; i++) {
        const answer: unknown = value[i];
        if (!plainObject(answer)) return false;
        let keys = 0;
        for (const name in answer) {
          keys++;
          if (!text(name)) return false;
          size += name.length + 3;
          const part = (answer as Record<string, unknown>)[name];
          if (typeof part === 'string') {
            if (!text(part)) return false;
            size += part.length + 2;
          } else if (typeof part === 'number') size += numberSize(part);
          else if (typeof part === 'boolean') size += 5;
          else if (Array.isArray(part) && part.length <= maxItems) {
            size += part.length + 1;
            for (let j = 0; j < part.length; j++) {
              const option: unknown = part[j];
              if (typeof option !== 'string' || !text(option)) return false;
              size += option.length + 2;
            }
          } else return false;
        }
        if (keys > maxProperties) return false;
        size += keys + 1;
        if (size > maxSize) return false;
      }
    } else if (key === 'instrument') {
      if (!plainObject(value)) return false;
      let keys = 0;
      for (const name in value) {
        keys++;
        const part = (value as Record<string, unknown>)[name];
        if (!text(name) || typeof part !== 'string' || !text(part)) return false;
        size += name.length + 3 + part.length + 2;
      }
      if (keys > maxProperties) return false;
      size += keys + 1;
    } else return false;
  }
  if (count > maxProperties) return false;
  size += count;
  return size <= maxSize;
}

/**
 * The errors a validation records in full for `maxIssues` issues. One issue may fold several
 * errors (the same problem reported twice), so five per issue; the
 * branches of an open `oneOf` or `anyOf` are recorded whatever the budget (the validators stop
 * only outside them), so a failed alternative still says what each branch expected. Twenty per
 * issue (before) spent most of a hostile document's time on errors that no issue shows: 100,000
 * empty sections of a guide cost 3 × a valid guide per MB, with five 2.2 ×.
 */
export function errorBudget(maxIssues: number): number {
  return maxIssues * 5 + 100;
}

/**
 * The first step of every parser: checks `input` against the limits in one pass, then against
 * the compiled schema validator, and returns the typed document or the issues (at most
 * `maxIssues`, then `too-many-issues`). The caller then checks its own rules on `value`.
 * `within`, when given, is a cheaper proof for one kind of document that the limits hold (such
 * as {@link responseWithinLimits}); when it answers `false`, the full pass decides.
 *
 * @example
 * ```ts
 * import { validateFramework } from '@competence-kit/schemas/validators';
 * const checked = validateWithLimits(validateFramework, doc, resolveLimits({ maxSize: 2_000_000 }));
 * ```
 */
export function validateWithLimits<T>(
  validate: CompiledValidator<T>,
  input: unknown,
  limits: Readonly<ParseLimits> = DEFAULT_LIMITS,
  within?: (input: unknown, limits: Readonly<ParseLimits>) => boolean,
): ParseResult<T> {
  const exceeded = within?.(input, limits) ? [] : checkLimits(input, limits);
  if (exceeded.length > 0) return { ok: false, issues: exceeded };
  if (validate(input, { maxErrors: errorBudget(limits.maxIssues) }))
    return { ok: true, value: input };
  return { ok: false, issues: toIssues(validate.errors, { maxIssues: limits.maxIssues }) };
}
