import { getCompetence, getDomain, getLevel } from '@competence-kit/model/read';
import type { Framework, Issue } from '@competence-kit/schemas';
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
 * Reads a selection written as URL parameters (`competence=plain-language&compare=practitioner,advanced`,
 * with or without a leading `#`), keeping only what exists in `framework`. Never throws: each
 * unknown key, unknown id, repeated key or malformed comparison is an issue, its part dropped.
 * The domain follows the competence when both are given.
 */
export function parseSelection(text: string, framework: Framework): ParsedSelection {
  const issues: Issue[] = [];
  const selection = { ...emptySelection } as {
    -readonly [K in keyof FrameworkSelection]: FrameworkSelection[K];
  };
  const source = text.startsWith('#') ? text.slice(1) : text;
  if (source.trim() === '') return { selection, issues };
  const params = new URLSearchParams(source);
  const issue = (key: string, code: string, message: string) =>
    issues.push({ path: `/selection/${key}`, code, message });

  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
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
  const single = (key: string) => (params.getAll(key).length === 1 ? params.get(key) : null);

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
  return { selection, issues };
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
