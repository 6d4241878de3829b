import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import type { Item } from '@competence-kit/schemas';
import type { ResolvedText } from './content-text.js';
import {
  buildControls,
  element,
  sameControls,
  sameText,
  setAttribute,
  textNode,
  type Controls,
  type ControlsShell,
  type ControlsState,
} from './questionnaire.item-controls.js';

// Element ids inside the shadow root: item ids are unique within an instrument.
export const itemId = (item: Item, part = 'item') => `${part}-${item.id}`;

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
  controls: ControlsShell;
  /** "Prefer not to answer", on optional items. */
  skip: string | undefined;
}

/** What an item shows that changes with its answer and its problem. */
export interface ItemState extends ControlsState {
  /** The problem's message while one is shown. */
  problem: string | undefined;
}

const isRadio = (item: Item) =>
  item.type === 'likert' || item.type === 'single-choice' || item.type === 'situational-judgement';

/** The ids of what describes the group: the scene, the help, the hint, the problem. */
function groupDescribedBy(shell: ItemShell, problem: boolean): string {
  const { item } = shell;
  const ids: string[] = [];
  if (shell.scenario) ids.push(itemId(item, 'scenario'));
  if (shell.help) ids.push(itemId(item, 'help'));
  if (shell.hint) ids.push(itemId(item, 'hint'));
  if (problem) ids.push(itemId(item, 'error'));
  return ids.join(' ');
}

// Made once and cloned: a long questionnaire has a hundred items, and a clone of a few nodes
// costs a fraction of a template instance with its parts and comment markers.
let shellPrototype: HTMLDivElement | undefined;

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

function paragraph(className: string, id: string, text: Node | string, part?: string) {
  const p = element('p', className);
  p.id = id;
  if (part) p.setAttribute('part', part);
  p.append(text);
  return p;
}

/** Whether `next` shows what `shown` shows, but for the answer and the problem. */
function sameShell(shown: ItemShell, next: ItemShell): boolean {
  if (shown.item !== next.item || shown.number !== next.number) return false;
  if (shown.hint !== next.hint || shown.required !== next.required || shown.skip !== next.skip)
    return false;
  if (!sameText(shown.prompt, next.prompt) || !sameText(shown.scenario, next.scenario))
    return false;
  return sameText(shown.help, next.help) && sameControls(shown.controls, next.controls);
}

/** The nodes an item's later renders change. */
interface Built {
  root: HTMLDivElement;
  group: HTMLFieldSetElement;
  /** The node the problem's message follows. */
  beforeError: Node;
  error: HTMLParagraphElement | undefined;
  controls: Controls;
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
  const beforeError = group.lastChild!;
  const errorId = state.problem === undefined ? undefined : itemId(item, 'error');
  const describedBy = groupDescribedBy(shell, errorId !== undefined);
  const context = {
    group,
    id: item.id,
    required: item.required === true,
    skip: shell.skip,
    promptId: legend.id,
  };
  const controls = buildControls(context, shell.controls, state, errorId, describedBy);
  const built: Built = { root, group, beforeError, error: undefined, controls };
  showProblem(built, shell, state.problem, describedBy);
  return built;
}

/** Shows the problem's message (or none), and marks and describes the group by it. */
function showProblem(
  built: Built,
  shell: ItemShell,
  problem: string | undefined,
  describedBy: string,
) {
  const { item } = shell;
  if (problem === undefined) {
    built.error?.remove();
    built.error = undefined;
  } else if (built.error) built.error.textContent = problem;
  else {
    built.error = paragraph('error', itemId(item, 'error'), problem, 'error');
    built.group.insertBefore(built.error, built.beforeError.nextSibling);
  }
  setAttribute(built.group, 'aria-describedby', describedBy);
  setAttribute(built.group, 'aria-invalid', problem === undefined ? undefined : 'true');
}

/** Brings a built item from `shown` to `state`. */
function patch(built: Built, shell: ItemShell, shown: ItemState, state: ItemState): void {
  const { problem } = state;
  const errorId = problem === undefined ? undefined : itemId(shell.item, 'error');
  const describedBy = groupDescribedBy(shell, errorId !== undefined);
  built.controls(state, errorId, describedBy);
  if (problem !== shown.problem) showProblem(built, shell, problem, describedBy);
}

/**
 * Renders one item: `<div class="item">` with its scene, and a fieldset whose legend is the
 * number, the prompt and "required", then its help, hint, problem and controls. Built from
 * cloned nodes rather than templates; later renders of the same item change only what its
 * answer and problem change (the inputs' `checked`, a free text's value and count, a
 * ranking's order, the problem's message and the ARIA attributes that point to it).
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
    if (!this.#built || !shown || !before || !sameShell(shown, shell)) {
      this.#built = build(shell, state);
      return this.#built.root;
    }
    patch(this.#built, shell, before, state);
    return noChange;
  }
}

export const item = directive(ItemDirective);
