import { getCompetence, getDomain, getLevel } from '@competence-kit/model/read';
import type { Framework, Issue, ParseOptions } from '@competence-kit/schemas';
import {
  DEFAULT_LIMITS,
  IssueList,
  checkObjectArgument,
  describeValue,
  pointer,
  resolveParseOptions,
} from '@competence-kit/schemas';
import type { CkSelectDetail } from '../../events/ck-select.js';

/** What a framework browser shows: a domain, a competence and two levels side by side. */
export type FrameworkSelection = CkSelectDetail;

/** Nothing selected: every competence listed, no detail open. */
export const emptySelection: FrameworkSelection = Object.freeze({
  domain: null,
  competence: null,
  compare: null,
});

/** The result of {@link parseSelection}: what could be used, and what could not. */
export interface ParsedSelection {
  selection: FrameworkSelection;
  issues: Issue[];
}

const KEYS = new Set(['domain', 'competence', 'compare']);

/**
 * The limits of {@link parseSelection}: the shared defaults, but at most 2,048 characters of
 * text (a selection takes well under 200); `options.limits` overrides them.
 */
export const SELECTION_LIMITS = Object.freeze({ ...DEFAULT_LIMITS, maxSize: 2048 });

/**
 * Reads a selection written as URL parameters (`competence=plain-language&compare=practitioner,advanced`,
 * with or without a leading `#`), keeping only what exists in `framework`. Never throws on a bad
 * text: each unknown key, unknown id, repeated key or malformed comparison is an issue, its part
 * dropped; a text longer than `maxSize` is not read (`size-limit-exceeded`); at most `maxIssues`
 * issues are listed, then `too-many-issues`. Linear in the length of the text. The domain follows
 * the competence when both are given. A `text` that is not a string, or a `framework` that is not
 * an object, is a programmer's mistake: a `TypeError`.
 */
export function parseSelection(
  text: string,
  framework: Framework,
  options?: ParseOptions,
): ParsedSelection {
  if (typeof text !== 'string') {
    throw new TypeError(
      `parseSelection: the argument "text" must be a string (a URL hash or query); got ${describeValue(text)}.`,
    );
  }
  checkObjectArgument('parseSelection', 'framework', framework, 'the Framework shown');
  const limits = resolveParseOptions(options, SELECTION_LIMITS);
  const list = new IssueList(limits.maxIssues);
  const selection = { ...emptySelection } as {
    -readonly [K in keyof FrameworkSelection]: FrameworkSelection[K];
  };
  const done = () => ({ selection, issues: list.list() });
  if (text.length > limits.maxSize) {
    list.add({
      path: '/selection',
      code: 'size-limit-exceeded',
      message: `The selection is ${text.length} characters long; at most ${limits.maxSize} are read (raise options.limits.maxSize to accept more).`,
    });
    return done();
  }
  const source = text.startsWith('#') ? text.slice(1) : text;
  if (source.trim() === '') return done();
  // One pass over the parameters: each key's values, in the order the keys first appear.
  const params = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(source)) {
    const values = params.get(key);
    if (values) values.push(value);
    else params.set(key, [value]);
  }
  const issue = (key: string, code: string, message: string) =>
    list.add({ path: pointer('selection', key), code, message });

  for (const [key, values] of params) {
    if (!KEYS.has(key)) {
      issue(
        key,
        'unknown-property',
        `"${key}" is not part of a selection; expected domain, competence or compare.`,
      );
    } else if (values.length > 1) {
      issue(key, 'duplicate-key', `"${key}" is given ${values.length} times; expected it once.`);
    }
  }
  const single = (key: string) => {
    const values = params.get(key);
    return values?.length === 1 ? values[0]! : null;
  };

  const domain = single('domain');
  if (domain !== null) {
    if (getDomain(framework, domain)) selection.domain = domain;
    else
      issue('domain', 'unknown-reference', `Domain "${domain}" does not exist in the framework.`);
  }
  const competence = single('competence');
  if (competence !== null) {
    const found = getCompetence(framework, competence);
    if (found) {
      selection.competence = competence;
      selection.domain = found.domain;
    } else {
      issue(
        'competence',
        'unknown-reference',
        `Competence "${competence}" does not exist in the framework.`,
      );
    }
  }
  const compare = single('compare');
  if (compare !== null) {
    const levels = compare.split(',');
    const unknown = levels.filter((l) => !getLevel(framework, l));
    if (levels.length !== 2) {
      issue(
        'compare',
        'invalid-format',
        `"compare" takes two level ids separated by a comma; got "${compare}".`,
      );
    } else if (unknown.length > 0) {
      issue(
        'compare',
        'unknown-reference',
        `Level "${unknown[0]}" does not exist on the framework's scale.`,
      );
    } else {
      selection.compare = [levels[0]!, levels[1]!];
    }
  }
  return done();
}

/**
 * Writes a selection as URL parameters, the domain left out when the competence implies it:
 * `competence=plain-language&compare=practitioner,advanced`. Empty for nothing selected.
 */
export function serializeSelection(selection: FrameworkSelection): string {
  const parts: string[] = [];
  if (selection.competence) parts.push(`competence=${encodeURIComponent(selection.competence)}`);
  else if (selection.domain) parts.push(`domain=${encodeURIComponent(selection.domain)}`);
  if (selection.compare)
    parts.push(`compare=${selection.compare.map(encodeURIComponent).join(',')}`);
  return parts.join('&');
}

/** Whether two selections show the same thing. */
export function sameSelection(a: FrameworkSelection, b: FrameworkSelection): boolean {
  return serializeSelection(a) === serializeSelection(b);
}

/** `text` percent-decoded, or as it is when it is not valid percent-encoding (never throws). */
export function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
