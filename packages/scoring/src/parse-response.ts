import type {
  Framework,
  Instrument,
  Item,
  LikertScale,
  ParseOptions,
  ParseResult,
  Response,
} from '@competence-kit/schemas';
import {
  checkObjectArgument,
  collectIssues,
  parseSafely,
  pointer,
  resolveParseOptions,
  responseWithinLimits,
  validateWithLimits,
} from '@competence-kit/schemas';
import { validateResponse } from '@competence-kit/schemas/validators';
import { getRoleProfile } from '@competence-kit/model';
import { itemsOf } from './items.js';
import { answerMisfit, type AnswerMisfit } from './answers.js';
import { roleItems } from './role-view.js';

const list = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');

/** What checking responses against one instrument needs, built once per instrument object. */
interface Plan {
  items: Item[];
  /** Each item's id, by item index (read per answer: a plain string array, one shape). */
  ids: string[];
  /**
   * For a Likert item with a declared scale, its min and max (by item index), so the common
   * answer is checked without a call; NaN for other items, which go through answerMisfit.
   */
  likertMin: Float64Array;
  likertMax: Float64Array;
  /** Item index by id. */
  index: Map<string, number>;
  /** The index of each distinct item id, in instrument order. */
  every: number[];
  /** Each item's declared Likert scale (by item index), `undefined` for other items. */
  scales: (LikertScale | undefined)[];
  /** Per item index: the stamp of the response that answered it, and the answer's index. */
  stamp: Int32Array;
  answeredAt: Int32Array;
  /** Incremented per response, so `stamp` never needs clearing. */
  current: number;
  /** Items to try in order before a lookup: none when (broken) item ids repeat. */
  ordered: number;
  /**
   * Per framework and role profile: whether each item (by index) is asked of the role, so that
   * a response naming its role need not list the items the role is not asked (role-view.ts).
   */
  asked: WeakMap<Framework, Map<string, Uint8Array>>;
}

// Parsing thousands of responses must not rebuild these.
const plans = new WeakMap<Instrument, Plan>();

function planOf(instrument: Instrument): Plan {
  let plan = plans.get(instrument);
  if (!plan) {
    const items = itemsOf(instrument);
    const declared = new Map((instrument.likertScales ?? []).map((s) => [s.id, s]));
    // As a Map built from the items: on a (broken) instrument with a repeated id, the last wins.
    const index = new Map<string, number>();
    items.forEach((item, i) => index.set(item.id, i));
    const scales = items.map((item) =>
      item.type === 'likert' ? declared.get(item.scale) : undefined,
    );
    plan = {
      items,
      ids: items.map((item) => item.id),
      likertMin: Float64Array.from(scales, (scale) => scale?.min ?? NaN),
      likertMax: Float64Array.from(scales, (scale) => scale?.max ?? NaN),
      index,
      every: [...index.values()],
      scales,
      stamp: new Int32Array(items.length),
      answeredAt: new Int32Array(items.length),
      current: 0,
      ordered: index.size === items.length ? items.length : 0,
      asked: new WeakMap(),
    };
    plans.set(instrument, plan);
  }
  return plan;
}

/** Whether each item (by index) is asked of `roleProfile`, built once per framework and role. */
function askedOf(
  plan: Plan,
  instrument: Instrument,
  framework: Framework,
  roleProfile: string,
): Uint8Array {
  let byRole = plan.asked.get(framework);
  if (!byRole) plan.asked.set(framework, (byRole = new Map()));
  let flags = byRole.get(roleProfile);
  if (!flags) {
    const { items } = roleItems(instrument, framework, roleProfile);
    flags = Uint8Array.from(plan.items, (item) => (items.has(item.id) ? 1 : 0));
    byRole.set(roleProfile, flags);
  }
  return flags;
}

/** The words for a misfit, as parseResponse has always reported them. */
function describe(item: Item, misfit: AnswerMisfit): string {
  const ids = 'options' in item ? item.options.map((o) => o.id) : [];
  switch (misfit.code) {
    case 'unknown-scale':
      return `The item's scale "${misfit.scale}" is not declared.`;
    case 'not-on-scale':
      return `Expected a whole number from ${misfit.min} to ${misfit.max}.`;
    case 'not-an-option':
      return `Expected one option id: ${list(ids)}.`;
    case 'not-a-list':
      return item.type === 'ranking'
        ? `Expected every option id in order: ${list(ids)}.`
        : `Expected a list of option ids from ${list(ids)}.`;
    case 'unknown-options':
      return `Unknown option(s) ${list(misfit.unknown)}; expected ids from ${list(ids)}.`;
    case 'chosen-twice':
      return 'An option is chosen twice.';
    case 'too-few':
    case 'too-many':
      return `Expected ${misfit.min} to ${misfit.max} options, got ${misfit.count}.`;
    case 'incomplete-ranking':
      return `Expected every option id exactly once, in the chosen order: ${list(ids)}.`;
    case 'not-text':
      return 'Expected text.';
    case 'too-long':
      return `Expected at most ${misfit.max} characters.`;
  }
}

/**
 * Validates a response against the instrument it answers: its structure, the instrument's id
 * and exact version, and every answer: the item exists, is answered once, fits its type
 * (a rating on the scale, existing option ids, a complete ranking, text within its length),
 * required items are not skipped, and every item appears (answered or explicitly skipped).
 * Given the framework, the role profile must exist, and a response that names one need list
 * only the items that role is asked (see `roleItems`: the competences the role has a target
 * for, and anchored items up to that target); answers to other items are still checked.
 * Never throws.
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
  options?: ParseOptions,
): ParseResult<Response> {
  checkObjectArgument(
    'parseResponse',
    'instrument',
    instrument,
    'the Instrument the response answers',
  );
  checkObjectArgument('parseResponse', 'framework', framework, 'a Framework', { optional: true });
  const limits = resolveParseOptions(options);
  return parseSafely(() => {
    // The limits proved on a response's known shape; anything else is read by the full pass.
    const checked = validateWithLimits(validateResponse, input, limits, responseWithinLimits);
    if (!checked.ok) return checked;
    const response = checked.value;
    const issues = collectIssues(limits.maxIssues, (add) =>
      checkAnswers(response, instrument, framework, (path, code, message) =>
        add({ path, code, message }),
      ),
    );
    return issues.length === 0 ? { ok: true, value: response } : { ok: false, issues };
  });
}

/** The rules between a structurally valid response and its instrument (and framework). */
function checkAnswers(
  response: Response,
  instrument: Instrument,
  framework: Framework | undefined,
  report: (path: string, code: string, message: string) => void,
): void {
  if (response.instrument.id !== instrument.id) {
    report(
      '/instrument/id',
      'wrong-instrument',
      `The response answers "${response.instrument.id}", not "${instrument.id}".`,
    );
    return;
  }
  if (response.instrument.version !== instrument.version) {
    report(
      '/instrument/version',
      'wrong-instrument-version',
      `The response answers version ${response.instrument.version} of the instrument; this is version ${instrument.version}.`,
    );
    return;
  }
  // With the framework, a response that names an existing role lists the items the role is
  // asked (role-view.ts); answers to other items of the instrument are still read and checked.
  let asked: Uint8Array | undefined;
  if (framework && response.roleProfile !== undefined) {
    if (!getRoleProfile(framework, response.roleProfile))
      report(
        '/roleProfile',
        'unknown-reference',
        `Role profile "${response.roleProfile}" does not exist in the framework.`,
      );
    else asked = askedOf(planOf(instrument), instrument, framework, response.roleProfile);
  }
  if (response.startedAt && Date.parse(response.startedAt) > Date.parse(response.submittedAt)) {
    report('/startedAt', 'invalid-timestamps', 'The response was started after it was submitted.');
  }

  const plan = planOf(instrument);
  const { items, ids, likertMin, likertMax, index, every, scales, stamp, answeredAt, ordered } =
    plan;
  // A fresh stamp per response; after 2^31 responses start again from a cleared table.
  if (plan.current === 0x7fffffff) {
    stamp.fill(0);
    plan.current = 0;
  }
  const current = ++plan.current;
  const answers = response.answers;
  // Answers usually come in instrument order: try the item after the last one first, and look
  // the id up only when that guess is wrong (a string compare is cheaper than a Map lookup).
  let guess = 0;
  for (let i = 0; i < answers.length; i++) {
    const answer = answers[i]!;
    const at = guess < ordered && ids[guess] === answer.item ? guess : index.get(answer.item);
    if (at === undefined) {
      report(
        pointer('answers', i, 'item'),
        'unknown-item',
        `The instrument has no item "${answer.item}".`,
      );
      continue;
    }
    if (stamp[at] === current) {
      report(
        pointer('answers', i),
        'duplicate-answer',
        `Item "${answer.item}" is already answered at ${pointer('answers', answeredAt[at]!)}.`,
      );
      continue;
    }
    stamp[at] = current;
    answeredAt[at] = i;
    guess = at + 1;
    const item = items[at]!;
    if (answer.skipped) {
      if (item.required)
        report(
          pointer('answers', i),
          'required-answer-skipped',
          `Item "${item.id}" is required and cannot be skipped.`,
        );
      continue;
    }
    const value = answer.value;
    // The common case, a rating on its scale, without a call (answerMisfit says the same).
    if (
      typeof value === 'number' &&
      Number.isInteger(value) &&
      value >= likertMin[at]! &&
      value <= likertMax[at]!
    )
      continue;
    const misfit = answerMisfit(item, value, scales[at]);
    if (misfit)
      report(
        pointer('answers', i, 'value'),
        'invalid-answer',
        `Item "${item.id}" (${item.type}): ${describe(item, misfit)}`,
      );
  }
  for (const at of every) {
    if (stamp[at] !== current && (asked === undefined || asked[at] === 1)) {
      report(
        '/answers',
        'missing-answer',
        `Item "${items[at]!.id}" is neither answered nor skipped; list it with "skipped": true if it was not answered.`,
      );
    }
  }
}
