import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Answer, Item, LocalizedText } from '@competence-kit/schemas';
import type { MessageKey, MessageParams } from '../../internal/localize.js';
import { renderRanking } from './questionnaire.ranking.js';
import type { IndexedItem, ItemProblem } from './validation.js';

/** What the item templates need from the element: messages, content texts, numbers. */
export interface RenderContext {
  msg<K extends MessageKey>(key: K, ...params: MessageParams<K>): string;
  /** A content text in the element's locale; marked with its `lang` when it fell back. */
  text(text: LocalizedText | undefined): TemplateResult | string;
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

// Element ids inside the shadow root: item ids are unique within an instrument.
export const itemId = (item: Item, part = 'item') => `${part}-${item.id}`;

const isRadio = (item: Item) =>
  item.type === 'likert' || item.type === 'single-choice' || item.type === 'situational-judgement';

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

/**
 * One item: a fieldset whose legend is the prompt (a radio group for ratings and single
 * choices), its help, its controls and, when shown, its problem, linked with
 * `aria-describedby` and marked `aria-invalid`.
 */
export function renderItem(ctx: RenderContext, view: ItemView): TemplateResult {
  const { item, number } = view.entry;
  const { problem } = view;
  const hint =
    choiceHint(ctx, item) ??
    (item.type === 'ranking' ? ctx.msg('questionnaire.ranking.hint') : undefined);
  const errorId = problem ? itemId(item, 'error') : undefined;
  const describedBy = [
    item.type === 'situational-judgement' && itemId(item, 'scenario'),
    item.help && itemId(item, 'help'),
    hint && itemId(item, 'hint'),
    errorId,
  ]
    .filter(Boolean)
    .join(' ');
  const radio = isRadio(item);
  return html`<div class="item" part="item" id=${itemId(item)}>
    ${
      item.type === 'situational-judgement'
        ? html`<p class="scenario" part="scenario" id=${itemId(item, 'scenario')}>
            ${ctx.text(item.scenario)}
          </p>`
        : nothing
    }
    <fieldset
      class="group"
      role=${radio ? 'radiogroup' : nothing}
      aria-describedby=${describedBy || nothing}
      aria-invalid=${problem ? 'true' : nothing}
      aria-required=${radio && item.required ? 'true' : nothing}
    >
      <legend class="prompt" part="prompt" id=${itemId(item, 'prompt')}>
        <span class="number">${ctx.number(number)}</span>
        <span class="prompt-text">${ctx.text(item.prompt)}</span>
        ${
          item.required
            ? html`<span class="required">${ctx.msg('questionnaire.required')}</span>`
            : nothing
        }
      </legend>
      ${
        item.help
          ? html`<p class="help" id=${itemId(item, 'help')}>${ctx.text(item.help)}</p>`
          : nothing
      }
      ${hint ? html`<p class="help" id=${itemId(item, 'hint')}>${hint}</p>` : nothing}
      ${
        problem
          ? html`<p class="error" part="error" id=${errorId}>${problemText(ctx, problem)}</p>`
          : nothing
      }
      ${renderControls(ctx, view, errorId, describedBy)}
    </fieldset>
  </div>`;
}

type OptionKind = 'likert' | 'choice' | 'multi';
type OptionTemplate = (
  name: string,
  value: string,
  label: unknown,
  checked: boolean,
  describedBy: string | typeof nothing,
) => TemplateResult;

const optionTemplates: Record<OptionKind, OptionTemplate> = {
  likert: (name, value, label, checked, describedBy) =>
    html`<label class="option"
      ><input
        type="radio"
        name=${name}
        .value=${value}
        .checked=${live(checked)}
        data-item=${name}
        data-kind="likert"
        aria-describedby=${describedBy}
      /><span>${label}</span></label
    >`,
  choice: (name, value, label, checked, describedBy) =>
    html`<label class="option"
      ><input
        type="radio"
        name=${name}
        .value=${value}
        .checked=${live(checked)}
        data-item=${name}
        data-kind="choice"
        aria-describedby=${describedBy}
      /><span>${label}</span></label
    >`,
  multi: (name, value, label, checked, describedBy) =>
    html`<label class="option"
      ><input
        type="checkbox"
        name=${name}
        .value=${value}
        .checked=${live(checked)}
        data-item=${name}
        data-kind="multi"
        aria-describedby=${describedBy}
      /><span>${label}</span></label
    >`,
};

// Options and buttons are described by the item's problem only; the group already is by its
// help, and its description is read on entering it. A text field is described by both.
function renderControls(
  ctx: RenderContext,
  view: ItemView,
  errorId: string | undefined,
  groupDescribedBy: string,
) {
  const { item, scale } = view.entry;
  const { answer } = view;
  const describedBy = errorId ?? nothing;
  // One template per kind of option, its type and kind written in it: a long questionnaire
  // creates hundreds of options, and each binding fewer is work saved on every one.
  const option = (kind: OptionKind, value: string | number, label: unknown, checked: boolean) =>
    optionTemplates[kind](item.id, String(value), label, checked, describedBy);
  const skip = (type: 'radio' | 'checkbox') =>
    item.required
      ? nothing
      : html`<label class="option skip"
          ><input
            type=${type}
            name=${type === 'radio' ? item.id : `${item.id}-skip`}
            .checked=${live(answer?.skipped === true)}
            data-item=${item.id}
            data-kind="skip"
          /><span>${ctx.msg('questionnaire.skip')}</span></label
        >`;
  switch (item.type) {
    case 'likert': {
      const points: TemplateResult[] = [];
      for (let v = scale!.min; v <= scale!.max; v++) {
        const label = scale!.labels[String(v)];
        points.push(
          option('likert', v, label ? ctx.text(label) : ctx.number(v), answer?.value === v),
        );
      }
      return html`<div class="scale">${points}</div>
        ${skip('radio')}`;
    }
    case 'single-choice':
    case 'situational-judgement':
      return html`<div class="options">
        ${item.options.map((o) =>
          option('choice', o.id, ctx.text(o.label), answer?.value === o.id),
        )}
        ${skip('radio')}
      </div>`;
    case 'multiple-choice': {
      const chosen = Array.isArray(answer?.value) ? answer.value : [];
      return html`<div class="options">
        ${item.options.map((o) => option('multi', o.id, ctx.text(o.label), chosen.includes(o.id)))}
        ${skip('checkbox')}
      </div>`;
    }
    case 'free-text': {
      const text = typeof answer?.value === 'string' ? answer.value : '';
      return html`<textarea
          class="text"
          part="textarea"
          rows="4"
          maxlength=${item.maxLength ?? nothing}
          aria-labelledby=${itemId(item, 'prompt')}
          aria-describedby=${groupDescribedBy || nothing}
          aria-invalid=${errorId ? 'true' : nothing}
          aria-required=${item.required ? 'true' : nothing}
          .value=${live(text)}
          data-item=${item.id}
          data-kind="text"
        ></textarea>
        ${
          item.maxLength !== undefined
            ? html`<p class="help counter">
                ${ctx.msg('questionnaire.characters', {
                  count: [...text].length,
                  max: item.maxLength,
                })}
              </p>`
            : nothing
        }
        ${skip('checkbox')}`;
    }
    case 'ranking':
      return html`${renderRanking(ctx, view, describedBy)} ${skip('checkbox')}`;
  }
}
