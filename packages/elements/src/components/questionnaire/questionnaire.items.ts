import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { live } from 'lit/directives/live.js';
import type { Answer, Item, LocalizedText } from '@competence-kit/schemas';
import type { MessageKey, MessageParams } from '../../internal/localize.js';
import type { ResolvedText } from './content-text.js';
import {
  groupDescribedBy,
  item as itemDirective,
  itemId,
  type ItemShell,
  type OptionKind,
} from './questionnaire.item.js';
import { renderRanking } from './questionnaire.ranking.js';
import type { IndexedItem, ItemProblem } from './validation.js';

/** What the item templates need from the element: messages, content texts, numbers. */
export interface RenderContext {
  msg<K extends MessageKey>(key: K, ...params: MessageParams<K>): string;
  /** A content text in the element's locale; marked with its `lang` when it fell back. */
  text(text: LocalizedText | undefined): TemplateResult | string;
  /** A content text with the `lang` and `dir` it needs, for nodes made without a template. */
  resolved(text: LocalizedText | undefined): ResolvedText;
  /** A content text as a plain string, for attributes. */
  label(text: LocalizedText | undefined): string;
  number(value: number): string;
}

/** One item as it is shown: its answer, the problem shown with it, a ranking's order. */
export interface ItemView {
  entry: IndexedItem;
  answer: Answer | undefined;
  problem: ItemProblem | undefined;
  /** The order a ranking shows, answered or not. */
  order: string[];
}

function problemText(ctx: RenderContext, problem: ItemProblem): string {
  switch (problem.code) {
    case 'required':
      return ctx.msg('questionnaire.error.required');
    case 'too-few':
      return ctx.msg('questionnaire.error.tooFew', { min: problem.min });
    case 'too-many':
      return ctx.msg('questionnaire.error.tooMany', { max: problem.max });
    case 'too-long':
      return ctx.msg('questionnaire.error.tooLong', { max: problem.max });
  }
}

/** How many options a multiple-choice item takes, when it limits them. */
function choiceHint(ctx: RenderContext, item: Item): string | undefined {
  if (item.type !== 'multiple-choice') return undefined;
  const { minSelected: min = 0, maxSelected: max } = item;
  if (min > 0 && max !== undefined) return ctx.msg('questionnaire.choose.range', { min, max });
  if (min > 0) return ctx.msg('questionnaire.choose.atLeast', { min });
  if (max !== undefined) return ctx.msg('questionnaire.choose.atMost', { max });
  return undefined;
}

export { itemId };

/** An item's options as `ItemShell` lists them; `undefined` for a free text and a ranking. */
function optionsOf(ctx: RenderContext, { entry }: ItemView): ItemShell['options'] {
  const { item, scale } = entry;
  const listed = (kind: OptionKind, list: { id: string; label: LocalizedText }[]) => ({
    kind,
    values: list.map((o) => o.id),
    labels: list.map((o) => ctx.resolved(o.label)),
  });
  switch (item.type) {
    case 'likert': {
      const values: string[] = [];
      const labels: ResolvedText[] = [];
      for (let v = scale!.min; v <= scale!.max; v++) {
        const label = scale!.labels[String(v)];
        values.push(String(v));
        labels.push(label ? ctx.resolved(label) : { value: ctx.number(v) });
      }
      return { kind: 'likert', values, labels };
    }
    case 'single-choice':
    case 'situational-judgement':
      return listed('choice', item.options);
    case 'multiple-choice':
      return listed('multi', item.options);
    default:
      return undefined;
  }
}

/** Per option of the shell, whether the answer chose it. */
function checkedOf(shell: ItemShell, answer: Answer | undefined): boolean[] {
  const value = answer?.value;
  if (!shell.options) return [];
  if (shell.options.kind === 'likert') return shell.options.values.map((v) => value === Number(v));
  if (Array.isArray(value)) return shell.options.values.map((v) => value.includes(v));
  return shell.options.values.map((v) => value === v);
}

/**
 * One item: a fieldset whose legend is the prompt (a radio group for ratings and single
 * choices), its help, its controls and, when shown, its problem, linked with
 * `aria-describedby` and marked `aria-invalid` (see `item` for how it is rendered).
 */
export function renderItem(ctx: RenderContext, view: ItemView): DirectiveResult {
  const { item, number } = view.entry;
  const { problem, answer } = view;
  const hint =
    choiceHint(ctx, item) ??
    (item.type === 'ranking' ? ctx.msg('questionnaire.ranking.hint') : undefined);
  const options = optionsOf(ctx, view);
  const shell: ItemShell = {
    item,
    number: ctx.number(number),
    prompt: ctx.resolved(item.prompt),
    scenario: item.type === 'situational-judgement' ? ctx.resolved(item.scenario) : undefined,
    help: item.help ? ctx.resolved(item.help) : undefined,
    hint,
    required: item.required ? ctx.msg('questionnaire.required') : undefined,
    options,
    skip: options && !item.required ? ctx.msg('questionnaire.skip') : undefined,
  };
  const errorId = problem ? itemId(item, 'error') : undefined;
  return itemDirective(shell, {
    problem: problem && problemText(ctx, problem),
    checked: checkedOf(shell, answer),
    skipped: answer?.skipped === true,
    controls: options
      ? undefined
      : renderControls(ctx, view, errorId, groupDescribedBy(shell, !!problem)),
  });
}

// A free text is described by the group's help and its problem; a ranking's buttons by the
// problem only (the group already is by its help, read on entering it).
function renderControls(
  ctx: RenderContext,
  view: ItemView,
  errorId: string | undefined,
  groupDescribedBy: string,
) {
  const { item } = view.entry;
  const { answer } = view;
  const skip = item.required
    ? nothing
    : html`<label class="option skip"
        ><input
          type="checkbox"
          name=${`${item.id}-skip`}
          .checked=${live(answer?.skipped === true)}
          data-item=${item.id}
          data-kind="skip"
        /><span>${ctx.msg('questionnaire.skip')}</span></label
      >`;
  if (item.type === 'ranking') return html`${renderRanking(ctx, view, errorId ?? nothing)} ${skip}`;
  const text = typeof answer?.value === 'string' ? answer.value : '';
  const maxLength = item.type === 'free-text' ? item.maxLength : undefined;
  return html`<textarea
      class="text"
      part="textarea"
      rows="4"
      maxlength=${maxLength ?? nothing}
      aria-labelledby=${itemId(item, 'prompt')}
      aria-describedby=${groupDescribedBy || nothing}
      aria-invalid=${errorId ? 'true' : nothing}
      aria-required=${item.required ? 'true' : nothing}
      .value=${live(text)}
      data-item=${item.id}
      data-kind="text"
    ></textarea>
    ${
      maxLength !== undefined
        ? html`<p class="help counter">
            ${ctx.msg('questionnaire.characters', { count: [...text].length, max: maxLength })}
          </p>`
        : nothing
    }
    ${skip}`;
}
