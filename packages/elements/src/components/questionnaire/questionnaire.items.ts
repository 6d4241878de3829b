import type { TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import type { Answer, ChoiceOption, Item, LocalizedText } from '@competence-kit/schemas';
import type { MessageKey, MessageParams } from '../../internal/localize.js';
import type { ResolvedText } from './content-text.js';
import { item as itemDirective, itemId, type ItemShell } from './questionnaire.item.js';
import type {
  ControlsShell,
  ControlsState,
  OptionKind,
  RankOption,
} from './questionnaire.item-controls.js';
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

const listed = (ctx: RenderContext, kind: OptionKind, list: ChoiceOption[]): ControlsShell => ({
  kind,
  values: list.map((o) => o.id),
  labels: list.map((o) => ctx.resolved(o.label)),
});

/** An item's controls as far as they change only with the instrument or the locale. */
function controlsOf(ctx: RenderContext, { entry }: ItemView): ControlsShell {
  const { item, scale } = entry;
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
      return listed(ctx, 'choice', item.options);
    case 'multiple-choice':
      return listed(ctx, 'multi', item.options);
    case 'free-text':
      return { kind: 'text', maxLength: item.maxLength };
    case 'ranking': {
      const options = new Map<string, RankOption>();
      for (const { id, label } of item.options) {
        const option = ctx.label(label);
        options.set(id, {
          text: ctx.resolved(label),
          up: ctx.msg('questionnaire.ranking.up', { option }),
          down: ctx.msg('questionnaire.ranking.down', { option }),
        });
      }
      return {
        kind: 'ranking',
        options,
        positions: item.options.map((_, i) => ctx.number(i + 1)),
        confirm: ctx.msg('questionnaire.ranking.confirm'),
      };
    }
  }
}

/** The controls' part of what the answer shows. */
function stateOf(ctx: RenderContext, controls: ControlsShell, view: ItemView): ControlsState {
  const { answer, order } = view;
  const value = answer?.value;
  const text = typeof value === 'string' ? value : '';
  const state: ControlsState = {
    checked: [],
    skipped: answer?.skipped === true,
    text,
    counter: undefined,
    order,
    confirmed: Array.isArray(value),
  };
  if (controls.kind === 'text') {
    if (controls.maxLength !== undefined)
      state.counter = ctx.msg('questionnaire.characters', {
        count: [...text].length,
        max: controls.maxLength,
      });
  } else if (controls.kind === 'likert')
    state.checked = controls.values.map((v) => value === Number(v));
  else if (controls.kind === 'multi') {
    const chosen = Array.isArray(value) ? value : [];
    state.checked = controls.values.map((v) => chosen.includes(v));
  } else if (controls.kind === 'choice') state.checked = controls.values.map((v) => value === v);
  return state;
}

/**
 * One item: a fieldset whose legend is the prompt (a radio group for ratings and single
 * choices), its help, its controls and, when shown, its problem, linked with
 * `aria-describedby` and marked `aria-invalid` (see `item` for how it is rendered).
 */
export function renderItem(ctx: RenderContext, view: ItemView): DirectiveResult {
  const { item, number } = view.entry;
  const { problem } = view;
  const hint =
    choiceHint(ctx, item) ??
    (item.type === 'ranking' ? ctx.msg('questionnaire.ranking.hint') : undefined);
  const controls = controlsOf(ctx, view);
  const shell: ItemShell = {
    item,
    number: ctx.number(number),
    prompt: ctx.resolved(item.prompt),
    scenario: item.type === 'situational-judgement' ? ctx.resolved(item.scenario) : undefined,
    help: item.help ? ctx.resolved(item.help) : undefined,
    hint,
    required: item.required ? ctx.msg('questionnaire.required') : undefined,
    controls,
    skip: item.required ? undefined : ctx.msg('questionnaire.skip'),
  };
  return itemDirective(shell, {
    ...stateOf(ctx, controls, view),
    problem: problem && problemText(ctx, problem),
  });
}
