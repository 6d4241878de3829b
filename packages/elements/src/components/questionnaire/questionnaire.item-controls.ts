import type { ResolvedText } from './content-text.js';

/** The kinds of option, each its own `data-kind`: the change handler reads the answer by it. */
export type OptionKind = 'likert' | 'choice' | 'multi';

/** A ranking's option: its text and its buttons' names ("Move up: …", "Move down: …"). */
export interface RankOption {
  text: ResolvedText;
  up: string;
  down: string;
}

/** An item's controls as far as they change only with the instrument or the locale. */
export type ControlsShell =
  | { kind: OptionKind; values: string[]; labels: ResolvedText[] }
  | { kind: 'text'; maxLength: number | undefined }
  | { kind: 'ranking'; options: Map<string, RankOption>; positions: string[]; confirm: string };

/** What the controls show of the answer and the problem. */
export interface ControlsState {
  /** Per option, whether it is chosen. */
  checked: boolean[];
  skipped: boolean;
  /** A free text's answer, and its "n of max characters" where it has a maximum. */
  text: string;
  counter: string | undefined;
  /** The order a ranking shows, and whether it is the answer. */
  order: string[];
  confirmed: boolean;
}

/** Where the controls go and what they belong to. */
export interface ControlsContext {
  group: HTMLFieldSetElement;
  id: string;
  required: boolean;
  /** "Prefer not to answer", on optional items. */
  skip: string | undefined;
  promptId: string;
}

/** Built controls: brings them to a state, with the problem's id and the group's description. */
export type Controls = (state: ControlsState, errorId?: string, groupDescribedBy?: string) => void;

// Made once and cloned: a long questionnaire has hundreds of options, and a clone of a few
// nodes costs a fraction of a template instance with its parts and markers.
const prototypes = new Map<string, Element>();

function cloned<T extends Element>(key: string, make: () => T): T {
  let prototype = prototypes.get(key);
  if (!prototype) prototypes.set(key, (prototype = make()));
  return prototype.cloneNode(true) as T;
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string) {
  const made = document.createElement(tag);
  made.className = className;
  return made;
}

/** A content text: a text node, or a `<span lang dir>` when it fell back to another language. */
export function textNode({ value, lang, dir }: ResolvedText): Node {
  if (!lang) return document.createTextNode(value);
  const span = document.createElement('span');
  span.lang = lang;
  if (dir) span.dir = dir;
  span.textContent = value;
  return span;
}

/** Sets an attribute, or removes it for no value; leaves it alone when it already says so. */
export function setAttribute(target: Element, name: string, value: string | undefined): void {
  if (value) {
    if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  } else if (target.hasAttribute(name)) target.removeAttribute(name);
}

export const sameText = (a: ResolvedText | undefined, b: ResolvedText | undefined) =>
  a === b || (!!a && !!b && a.value === b.value && a.lang === b.lang && a.dir === b.dir);

const sameRank = (a: RankOption | undefined, b: RankOption) =>
  !!a && sameText(a.text, b.text) && a.up === b.up && a.down === b.down;

/** Whether two controls show the same, but for the answer and the problem. */
export function sameControls(a: ControlsShell, b: ControlsShell): boolean {
  if (a.kind === 'text') return b.kind === 'text' && a.maxLength === b.maxLength;
  if (a.kind === 'ranking')
    return (
      b.kind === 'ranking' &&
      a.confirm === b.confirm &&
      a.positions.join() === b.positions.join() &&
      a.options.size === b.options.size &&
      [...b.options].every(([id, o]) => sameRank(a.options.get(id), o))
    );
  if (b.kind === 'text' || b.kind === 'ranking') return false;
  return (
    a.kind === b.kind &&
    a.values.length === b.values.length &&
    b.values.every((value, i) => value === a.values[i] && sameText(a.labels[i], b.labels[i]))
  );
}

/** `<label class="option"><input type data-kind /><span></span></label>` */
function option(type: 'radio' | 'checkbox', kind: string, className = 'option') {
  const label = cloned(`${type} ${kind}`, () => {
    const made = element('label', className);
    const input = document.createElement('input');
    input.type = type;
    input.dataset.kind = kind;
    made.append(input, document.createElement('span'));
    return made;
  });
  return { label, input: label.firstChild as HTMLInputElement };
}

/** "Prefer not to answer": a radio button of the item's group, or a checkbox of its own. */
function skipOption(context: ControlsContext, type: 'radio' | 'checkbox') {
  const { label, input } = option(type, 'skip', 'option skip');
  input.name = type === 'radio' ? context.id : `${context.id}-skip`;
  input.dataset.item = context.id;
  label.lastChild!.textContent = context.skip!;
  return { label, input };
}

/** Sets `checked` where it differs from the input, as `live()` does: an untaken click is undone. */
function check(input: HTMLInputElement | undefined, checked: boolean): void {
  if (input && input.checked !== checked) input.checked = checked;
}

/** Radio buttons or checkboxes, described by the problem only (the group is by its help). */
function buildChoices(
  context: ControlsContext,
  { kind, values, labels }: Extract<ControlsShell, { kind: OptionKind }>,
  state: ControlsState,
): Controls {
  const type = kind === 'multi' ? 'checkbox' : 'radio';
  const box = element('div', kind === 'likert' ? 'scale' : 'options');
  const inputs = values.map((value, i) => {
    const { label, input } = option(type, kind);
    input.name = context.id;
    input.value = value;
    input.dataset.item = context.id;
    if (state.checked[i]) input.checked = true;
    label.lastChild!.appendChild(textNode(labels[i]!));
    box.appendChild(label);
    return input;
  });
  context.group.appendChild(box);
  let skip: HTMLInputElement | undefined;
  if (context.skip) {
    // Likert's follows its scale; a choice's closes its list.
    const made = skipOption(context, type);
    (kind === 'likert' ? context.group : box).appendChild(made.label);
    skip = made.input;
    if (state.skipped) skip.checked = true;
  }
  let describedBy: string | undefined;
  return (next, errorId) => {
    inputs.forEach((input, i) => check(input, next.checked[i] === true));
    check(skip, next.skipped);
    if (errorId === describedBy) return;
    describedBy = errorId;
    for (const input of inputs) setAttribute(input, 'aria-describedby', errorId);
  };
}

/** A free text, described by the group's help and the problem, with its character count. */
function buildText(
  context: ControlsContext,
  { maxLength }: Extract<ControlsShell, { kind: 'text' }>,
  state: ControlsState,
): Controls {
  const { group } = context;
  const area = element('textarea', 'text');
  area.setAttribute('part', 'textarea');
  area.rows = 4;
  if (maxLength !== undefined) area.maxLength = maxLength;
  area.setAttribute('aria-labelledby', context.promptId);
  if (context.required) area.setAttribute('aria-required', 'true');
  area.dataset.item = context.id;
  area.dataset.kind = 'text';
  area.value = state.text;
  group.appendChild(area);
  let counter: HTMLParagraphElement | undefined;
  if (state.counter !== undefined) {
    counter = element('p', 'help counter');
    counter.textContent = state.counter;
    group.appendChild(counter);
  }
  let skip: HTMLInputElement | undefined;
  if (context.skip) {
    const made = skipOption(context, 'checkbox');
    group.appendChild(made.label);
    skip = made.input;
    if (state.skipped) skip.checked = true;
  }
  return (next, errorId, groupDescribedBy) => {
    if (area.value !== next.text) area.value = next.text;
    if (counter && counter.textContent !== next.counter) counter.textContent = next.counter!;
    check(skip, next.skipped);
    setAttribute(area, 'aria-describedby', groupDescribedBy);
    setAttribute(area, 'aria-invalid', errorId && 'true');
  };
}

const svgNs = 'http://www.w3.org/2000/svg';

/** A ranking's "Move up" (`delta` -1) or "Move down" (1) button with its arrow. */
function moveButton(id: string, delta: -1 | 1, disabled: boolean): HTMLButtonElement {
  const button = cloned(`move ${delta}`, () => {
    const made = element('button', 'move');
    made.type = 'button';
    made.setAttribute('part', 'move-button');
    made.dataset.kind = 'move';
    made.dataset.delta = String(delta);
    const svg = document.createElementNS(svgNs, 'svg');
    for (const [name, value] of [
      ['viewBox', '0 0 16 16'],
      ['width', '16'],
      ['height', '16'],
      ['aria-hidden', 'true'],
      ['focusable', 'false'],
    ] as const)
      svg.setAttribute(name, value);
    const path = document.createElementNS(svgNs, 'path');
    path.setAttribute('d', delta < 0 ? 'M8 3l5 6H3z' : 'M8 13l5-6H3z');
    svg.appendChild(path);
    made.appendChild(svg);
    return made;
  });
  button.dataset.item = id;
  if (disabled) button.disabled = true;
  return button;
}

/**
 * A ranking: an ordered list with a "Move up" and a "Move down" button per option, then "This
 * is my order". Positions keep their nodes; a move changes which option each one shows.
 */
function buildRanking(
  context: ControlsContext,
  { options, positions, confirm }: Extract<ControlsShell, { kind: 'ranking' }>,
  state: ControlsState,
): Controls {
  const list = element('ol', 'ranking');
  list.setAttribute('part', 'ranking');
  const last = state.order.length - 1;
  const ranks = state.order.map((_, i) => {
    const li = element('li', 'rank');
    const position = element('span', 'position');
    position.setAttribute('aria-hidden', 'true');
    position.textContent = positions[i] ?? String(i + 1);
    const label = element('span', 'rank-label');
    const moves = element('span', 'moves');
    const up = moveButton(context.id, -1, i === 0);
    const down = moveButton(context.id, 1, i === last);
    moves.append(up, down);
    li.append(position, label, moves);
    list.appendChild(li);
    return { label, up, down, shows: '' };
  });
  const box = option('checkbox', 'confirm', 'option confirm');
  box.input.dataset.item = context.id;
  box.label.lastChild!.textContent = confirm;
  context.group.append(list, box.label);
  let skip: HTMLInputElement | undefined;
  if (context.skip) {
    const made = skipOption(context, 'checkbox');
    context.group.appendChild(made.label);
    skip = made.input;
  }
  let describedBy: string | undefined;
  return (next, errorId) => {
    next.order.forEach((id, i) => {
      const rank = ranks[i]!;
      if (rank.shows === id) return;
      const shown = options.get(id);
      rank.shows = id;
      rank.label.replaceChildren(shown ? textNode(shown.text) : '');
      rank.up.dataset.option = rank.down.dataset.option = id;
      rank.up.setAttribute('aria-label', shown?.up ?? '');
      rank.down.setAttribute('aria-label', shown?.down ?? '');
    });
    check(box.input, next.confirmed);
    check(skip, next.skipped);
    if (errorId === describedBy) return;
    describedBy = errorId;
    for (const { up, down } of ranks) {
      setAttribute(up, 'aria-describedby', errorId);
      setAttribute(down, 'aria-describedby', errorId);
    }
    setAttribute(box.input, 'aria-describedby', errorId);
  };
}

/** Builds an item's controls at the end of its group, as `state` shows them. */
export function buildControls(
  context: ControlsContext,
  shell: ControlsShell,
  state: ControlsState,
  errorId: string | undefined,
  groupDescribedBy: string,
): Controls {
  const controls =
    shell.kind === 'text'
      ? buildText(context, shell, state)
      : shell.kind === 'ranking'
        ? buildRanking(context, shell, state)
        : buildChoices(context, shell, state);
  controls(state, errorId, groupDescribedBy);
  return controls;
}
