import type {
  Answer,
  Framework,
  Instrument,
  Issue,
  Item,
  LikertScale,
  ParseResult,
  Response,
} from '@competence-kit/schemas';
import { pointer, toIssues, parseSafely } from '@competence-kit/schemas';
import { validateResponse } from '@competence-kit/schemas/validators';
import { getRoleProfile } from '@competence-kit/model';
import { itemsOf } from './items.js';

const list = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');

interface Lookup {
  items: Map<string, Item>;
  scales: Map<string, LikertScale>;
  /** Option ids per item id, for choice and ranking items. */
  options: Map<string, Set<string>>;
}

// Built once per instrument object: parsing thousands of responses must not rebuild them.
const lookups = new WeakMap<Instrument, Lookup>();

function lookupOf(instrument: Instrument): Lookup {
  let lookup = lookups.get(instrument);
  if (!lookup) {
    const items = new Map(itemsOf(instrument).map((item) => [item.id, item]));
    const options = new Map<string, Set<string>>();
    for (const item of items.values())
      if ('options' in item) options.set(item.id, new Set(item.options.map((o) => o.id)));
    lookup = {
      items,
      scales: new Map((instrument.likertScales ?? []).map((s) => [s.id, s])),
      options,
    };
    lookups.set(instrument, lookup);
  }
  return lookup;
}

/** Why a value does not fit its item, or `undefined` when it fits. */
function misfit(
  item: Item,
  value: NonNullable<Answer['value']>,
  { scales, options }: Lookup,
): string | undefined {
  switch (item.type) {
    case 'likert': {
      const scale = scales.get(item.scale);
      if (!scale) return `The item's scale "${item.scale}" is not declared.`;
      return typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= scale.min &&
        value <= scale.max
        ? undefined
        : `Expected a whole number from ${scale.min} to ${scale.max}.`;
    }
    case 'single-choice':
    case 'situational-judgement': {
      if (typeof value === 'string' && options.get(item.id)!.has(value)) return undefined;
      return `Expected one option id: ${list(item.options.map((o) => o.id))}.`;
    }
    case 'multiple-choice': {
      const set = options.get(item.id)!;
      const ids = item.options.map((o) => o.id);
      if (!Array.isArray(value)) return `Expected a list of option ids from ${list(ids)}.`;
      const unknown = value.filter((v) => !set.has(v));
      if (unknown.length > 0)
        return `Unknown option(s) ${list(unknown)}; expected ids from ${list(ids)}.`;
      if (new Set(value).size !== value.length) return 'An option is chosen twice.';
      const min = item.minSelected ?? 0;
      const max = item.maxSelected ?? ids.length;
      if (value.length < min || value.length > max)
        return `Expected ${min} to ${max} options, got ${value.length}.`;
      return undefined;
    }
    case 'ranking': {
      const ids = item.options.map((o) => o.id);
      if (!Array.isArray(value)) return `Expected every option id in order: ${list(ids)}.`;
      const complete =
        value.length === ids.length &&
        new Set(value).size === ids.length &&
        value.every((v) => ids.includes(v));
      return complete
        ? undefined
        : `Expected every option id exactly once, in the chosen order: ${list(ids)}.`;
    }
    case 'free-text': {
      if (typeof value !== 'string') return 'Expected text.';
      const max = item.maxLength;
      return max !== undefined && [...value].length > max
        ? `Expected at most ${max} characters.`
        : undefined;
    }
  }
}

/**
 * Validates a response against the instrument it answers: its structure, the instrument's id
 * and exact version, and every answer: the item exists, is answered once, fits its type
 * (a rating on the scale, existing option ids, a complete ranking, text within its length),
 * required items are not skipped, and every item appears (answered or explicitly skipped).
 * Given the framework, the role profile must exist. Never throws.
 *
 * @example
 * ```ts
 * const result = parseResponse(json, instrument, framework);
 * if (result.ok) scoreResponse(instrument, framework, result.value);
 * ```
 */
export function parseResponse(
  input: unknown,
  instrument: Instrument,
  framework?: Framework,
): ParseResult<Response> {
  return parseSafely(() => {
    if (!validateResponse(input)) return { ok: false, issues: toIssues(validateResponse.errors) };
    const response = input;
    const issues: Issue[] = [];
    const report = (path: string, code: string, message: string) =>
      issues.push({ path, code, message });

    if (response.instrument.id !== instrument.id) {
      report(
        '/instrument/id',
        'wrong-instrument',
        `The response answers "${response.instrument.id}", not "${instrument.id}".`,
      );
      return { ok: false, issues };
    }
    if (response.instrument.version !== instrument.version) {
      report(
        '/instrument/version',
        'wrong-instrument-version',
        `The response answers version ${response.instrument.version} of the instrument; this is version ${instrument.version}.`,
      );
      return { ok: false, issues };
    }
    if (
      framework &&
      response.roleProfile !== undefined &&
      !getRoleProfile(framework, response.roleProfile)
    ) {
      report(
        '/roleProfile',
        'unknown-reference',
        `Role profile "${response.roleProfile}" does not exist in the framework.`,
      );
    }
    if (response.startedAt && Date.parse(response.startedAt) > Date.parse(response.submittedAt)) {
      report(
        '/startedAt',
        'invalid-timestamps',
        'The response was started after it was submitted.',
      );
    }

    const lookup = lookupOf(instrument);
    const items = lookup.items;
    const answered = new Map<string, number>();
    response.answers.forEach((answer, i) => {
      const item = items.get(answer.item);
      if (!item) {
        report(
          pointer('answers', i, 'item'),
          'unknown-item',
          `The instrument has no item "${answer.item}".`,
        );
        return;
      }
      const earlier = answered.get(answer.item);
      if (earlier !== undefined) {
        report(
          pointer('answers', i),
          'duplicate-answer',
          `Item "${answer.item}" is already answered at ${pointer('answers', earlier)}.`,
        );
        return;
      }
      answered.set(answer.item, i);
      if (answer.skipped) {
        if (item.required)
          report(
            pointer('answers', i),
            'required-answer-skipped',
            `Item "${item.id}" is required and cannot be skipped.`,
          );
        return;
      }
      const problem = misfit(item, answer.value!, lookup);
      if (problem)
        report(
          pointer('answers', i, 'value'),
          'invalid-answer',
          `Item "${item.id}" (${item.type}): ${problem}`,
        );
    });
    for (const id of items.keys()) {
      if (!answered.has(id)) {
        report(
          '/answers',
          'missing-answer',
          `Item "${id}" is neither answered nor skipped; list it with "skipped": true if it was not answered.`,
        );
      }
    }
    return issues.length === 0 ? { ok: true, value: response } : { ok: false, issues };
  });
}
