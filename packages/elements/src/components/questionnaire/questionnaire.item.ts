import { noChange, nothing, render, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import type { Item } from '@competence-kit/schemas';
import type { ResolvedText } from './content-text.js';

// Element ids inside the shadow root: item ids are unique within an instrument.
export const itemId = (item: Item, part = 'item') => `${part}-${item.id}`;

/** The kinds of option, each its own `data-kind`: the change handler reads the answer by it. */
export type OptionKind = 'likert' | 'choice' | 'multi';

/** What an item shows that changes only with the instrument or the locale. */
export interface ItemShell {
  item: Item;
  number: string;
  prompt: ResolvedText;
  scenario: ResolvedText | undefined;
  help: ResolvedText | undefined;
  /** How many options a multiple choice takes, or how a ranking works. */
  hint: string | undefined;
  /** The word for "required", on required items. */
  required: string | undefined;
  /** Radio buttons or checkboxes; `undefined` where a template renders the controls. */
  options: { kind: OptionKind; values: string[]; labels: ResolvedText[] } | undefined;
  /** "Prefer not to answer", on optional items with options. */
  skip: string | undefined;
}

/** What an item shows that changes with its answer and its problem. */
export interface ItemState {
  /** The problem's message while one is shown. */
  problem: string | undefined;
  /** Per option, whether it is chosen. */
  checked: boolean[];
  skipped: boolean;
  /** The controls of a free text or a ranking, rendered by Lit into the item's group. */
  controls: TemplateResult | undefined;
}

const isRadio = (item: Item) =>
  item.type === 'likert' || item.type === 'single-choice' || item.type === 'situational-judgement';

/** The ids of what describes the group: the scene, the help, the hint, the problem. */
export function groupDescribedBy(shell: ItemShell, problem: boolean): string {
  const { item } = shell;
  const ids: string[] = [];
  if (shell.scenario) ids.push(itemId(item, 'scenario'));
  if (shell.help) ids.push(itemId(item, 'help'));
  if (shell.hint) ids.push(itemId(item, 'hint'));
  if (problem) ids.push(itemId(item, 'error'));
  return ids.join(' ');
}

// Made once and cloned: a long questionnaire has a hundred items and hundreds of options,
// and a clone of a few nodes costs a fraction of a template instance with its parts and
// markers, each of which is inserted again into every template around it.
let shellPrototype: HTMLDivElement | undefined;
const optionPrototypes = new Map<string, HTMLLabelElement>();

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string) {
  const made = document.createElement(tag);
  made.className = className;
  return made;
}

/** `<div class="item"><fieldset class="group"><legend class="prompt">` with the number and prompt. */
function cloneShell(): HTMLDivElement {
  if (!shellPrototype) {
    const div = element('div', 'item');
    div.setAttribute('part', 'item');
    const legend = element('legend', 'prompt');
    legend.setAttribute('part', 'prompt');
    // The spaces keep the legend's text, and so the group's name, "1 Prompt required".
    legend.append(element('span', 'number'), ' ', element('span', 'prompt-text'));
    div.append(element('fieldset', 'group'));
    div.firstChild!.appendChild(legend);
    shellPrototype = div;
  }
  return shellPrototype.cloneNode(true) as HTMLDivElement;
}

/** `<label class="option"><input type data-kind /><span></span></label>` */
function cloneOption(type: 'radio' | 'checkbox', kind: string): HTMLLabelElement {
  const key = `${type} ${kind}`;
  let label = optionPrototypes.get(key);
  if (!label) {
    label = element('label', kind === 'skip' ? 'option skip' : 'option');
    const input = document.createElement('input');
    input.type = type;
    input.dataset.kind = kind;
    label.append(input, document.createElement('span'));
    optionPrototypes.set(key, label);
  }
  return label.cloneNode(true) as HTMLLabelElement;
}

/** A content text: a text node, or a `<span lang dir>` when it fell back to another language. */
function textNode({ value, lang, dir }: ResolvedText): Node {
  if (!lang) return document.createTextNode(value);
  const span = document.createElement('span');
  span.lang = lang;
  if (dir) span.dir = dir;
  span.textContent = value;
  return span;
}

function paragraph(className: string, id: string, text: Node | string, part?: string) {
  const p = element('p', className);
  p.id = id;
  if (part) p.setAttribute('part', part);
  p.append(text);
  return p;
}

function setAttribute(target: Element, name: string, value: string | undefined): void {
  if (value) target.setAttribute(name, value);
  else target.removeAttribute(name);
}

const sameText = (a: ResolvedText | undefined, b: ResolvedText | undefined) =>
  a === b || (!!a && !!b && a.value === b.value && a.lang === b.lang && a.dir === b.dir);

/** Whether `next` shows what `shown` shows, but for the answer and the problem. */
function sameShell(shown: ItemShell, next: ItemShell): boolean {
  if (shown.item !== next.item || shown.number !== next.number) return false;
  if (shown.hint !== next.hint || shown.required !== next.required || shown.skip !== next.skip)
    return false;
  if (!sameText(shown.prompt, next.prompt) || !sameText(shown.scenario, next.scenario))
    return false;
  if (!sameText(shown.help, next.help)) return false;
  const [a, b] = [shown.options, next.options];
  if (!a || !b) return a === b;
  return (
    a.kind === b.kind &&
    a.values.length === b.values.length &&
    b.values.every((value, i) => value === a.values[i] && sameText(a.labels[i], b.labels[i]))
  );
}

/** The nodes an item's later renders change. */
interface Built {
  root: HTMLDivElement;
  group: HTMLFieldSetElement;
  /** The node the problem's message follows. */
  beforeError: Node;
  error: HTMLParagraphElement | undefined;
  inputs: HTMLInputElement[];
  skip: HTMLInputElement | undefined;
}

function build(shell: ItemShell, state: ItemState): Built {
  const { item } = shell;
  const root = cloneShell();
  root.id = itemId(item);
  const group = root.firstChild as HTMLFieldSetElement;
  const legend = group.firstChild as HTMLLegendElement;
  legend.id = itemId(item, 'prompt');
  legend.firstChild!.textContent = shell.number;
  legend.lastChild!.appendChild(textNode(shell.prompt));
  if (shell.required) {
    const required = element('span', 'required');
    required.textContent = shell.required;
    legend.append(' ', required);
  }
  if (shell.scenario)
    root.insertBefore(
      paragraph('scenario', itemId(item, 'scenario'), textNode(shell.scenario), 'scenario'),
      group,
    );
  if (isRadio(item)) {
    group.setAttribute('role', 'radiogroup');
    if (item.required) group.setAttribute('aria-required', 'true');
  }
  if (shell.help) group.appendChild(paragraph('help', itemId(item, 'help'), textNode(shell.help)));
  if (shell.hint) group.appendChild(paragraph('help', itemId(item, 'hint'), shell.hint));
  const built: Built = {
    root,
    group,
    beforeError: group.lastChild!,
    error: undefined,
    inputs: [],
    skip: undefined,
  };
  if (shell.options) buildOptions(built, shell, state);
  else render(state.controls, group);
  patch(built, shell, undefined, state);
  return built;
}

function buildOptions(built: Built, shell: ItemShell, state: ItemState): void {
  const { item } = shell;
  const { kind, values, labels } = shell.options!;
  const type = kind === 'multi' ? 'checkbox' : 'radio';
  const box = element('div', kind === 'likert' ? 'scale' : 'options');
  values.forEach((value, i) => {
    const label = cloneOption(type, kind);
    const input = label.firstChild as HTMLInputElement;
    input.name = item.id;
    input.value = value;
    input.dataset.item = item.id;
    if (state.checked[i]) input.checked = true;
    label.lastChild!.appendChild(textNode(labels[i]!));
    box.appendChild(label);
    built.inputs.push(input);
  });
  built.group.appendChild(box);
  if (!shell.skip) return;
  // Likert's skip follows its scale; a choice's closes its list.
  const label = cloneOption(type, 'skip');
  const input = label.firstChild as HTMLInputElement;
  input.name = type === 'radio' ? item.id : `${item.id}-skip`;
  input.dataset.item = item.id;
  if (state.skipped) input.checked = true;
  label.lastChild!.textContent = shell.skip;
  (kind === 'likert' ? built.group : box).appendChild(label);
  built.skip = input;
}

/** Brings the item from `shown` (`undefined`: as built) to `state`. */
function patch(built: Built, shell: ItemShell, shown: ItemState | undefined, state: ItemState) {
  const { item } = shell;
  const { problem } = state;
  if (shown && state.controls) render(state.controls, built.group);
  // Each input's `checked` compared with the input itself, as `live()` does: a click that
  // did not become the answer is undone.
  if (shown) {
    built.inputs.forEach((input, i) => {
      const checked = state.checked[i] === true;
      if (input.checked !== checked) input.checked = checked;
    });
    if (built.skip && built.skip.checked !== state.skipped) built.skip.checked = state.skipped;
  }
  if (shown && problem === shown.problem) return;
  if (problem === undefined) {
    built.error?.remove();
    built.error = undefined;
  } else if (built.error) built.error.textContent = problem;
  else {
    built.error = paragraph('error', itemId(item, 'error'), problem, 'error');
    built.group.insertBefore(built.error, built.beforeError.nextSibling);
  }
  const errorId = problem === undefined ? undefined : itemId(item, 'error');
  setAttribute(built.group, 'aria-describedby', groupDescribedBy(shell, errorId !== undefined));
  setAttribute(built.group, 'aria-invalid', errorId && 'true');
  // Options are described by the problem only; the group already is by its help.
  if (shown || errorId)
    for (const input of built.inputs) setAttribute(input, 'aria-describedby', errorId);
}

/**
 * Renders one item: `<div class="item">` with its scene, and a fieldset whose legend is the
 * number, the prompt and "required", then its help, hint, problem and controls. Built from
 * cloned nodes rather than templates; later renders of the same item change only what its
 * answer and problem change (the inputs' `checked`, the problem's message and the ARIA
 * attributes that point to it). A free text's or a ranking's controls are a Lit template
 * rendered into the group.
 */
class ItemDirective extends Directive {
  #shell: ItemShell | undefined;
  #state: ItemState | undefined;
  #built: Built | undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('item() belongs between elements');
  }

  render(_shell: ItemShell, _state: ItemState): unknown {
    return nothing;
  }

  override update(_part: unknown, [shell, state]: [ItemShell, ItemState]) {
    const shown = this.#shell;
    const before = this.#state;
    this.#shell = shell;
    this.#state = state;
    if (!this.#built || !shown || !sameShell(shown, shell)) {
      this.#built = build(shell, state);
      return this.#built.root;
    }
    patch(this.#built, shell, before, state);
    return noChange;
  }
}

export const item = directive(ItemDirective);
