import type { Answer, Instrument, Issue, Response } from '@competence-kit/schemas';
import { buildDraft, restoreDraft } from './draft.js';
import type { QuestionnaireDraft } from './questionnaire.types.js';
import { buildResponse, type ResponseContext } from './response.js';
import {
  indexInstrument,
  optionIds,
  problemOf,
  type IndexedItem,
  type InstrumentIndex,
} from './validation.js';

/** What a control reported: its kind (`data-kind`), value and checked state. */
export interface ControlChange {
  kind: string | undefined;
  value: string;
  checked: boolean;
}

/**
 * The state of a questionnaire without the DOM: the answers, the rankings reordered so far,
 * the current section, when answering started, and which items show their problem.
 */
export class AnswerSheet {
  readonly index: InstrumentIndex;
  answers = new Map<string, Answer>();
  /** Rankings reordered but not confirmed, by item id. */
  readonly orders = new Map<string, string[]>();
  section = 0;
  startedAt: string | undefined;
  /** Items whose problems are shown: those checked by a Next or Submit. */
  readonly shown = new Set<string>();

  constructor(index: InstrumentIndex) {
    this.index = index;
  }

  /**
   * A sheet for an instrument, or why it cannot be shown. The answers of `before` stay when
   * it is the same instrument (the same id and version, in a new object).
   */
  static for(
    instrument: Instrument,
    before?: AnswerSheet,
  ): { ok: true; sheet: AnswerSheet } | { ok: false; issues: Issue[] } {
    const indexed = indexInstrument(instrument);
    if (!indexed.ok) return indexed;
    const sheet = new AnswerSheet(indexed.value);
    const previous = before?.index.instrument;
    if (previous?.id === instrument.id && previous.version === instrument.version)
      sheet.restore(before!.draft());
    return { ok: true, sheet };
  }

  /** The answer a control's change gives its item; `null` when the change is not an answer. */
  answerFor(
    entry: IndexedItem,
    { kind, value, checked }: ControlChange,
  ): Answer | undefined | null {
    const item = entry.item.id;
    switch (kind) {
      case 'likert':
        return { item, value: Number(value) };
      case 'choice':
        return { item, value };
      case 'text':
        return value === '' ? undefined : { item, value };
      case 'skip':
        return checked ? { item, skipped: true, reason: 'declined' } : undefined;
      case 'confirm':
        return checked ? { item, value: this.orderOf(entry) } : undefined;
      case 'multi': {
        const current = this.answers.get(item)?.value;
        const chosen = new Set(Array.isArray(current) ? current : []);
        if (checked) chosen.add(value);
        else chosen.delete(value);
        // In the instrument's order, whatever the order of the clicks.
        const ids = optionIds(entry.item).filter((o) => chosen.has(o));
        return ids.length > 0 ? { item, value: ids } : undefined;
      }
      default:
        return null;
    }
  }

  /** Records an answer (or, with `undefined`, removes it); `now` dates the first one. */
  set(id: string, answer: Answer | undefined, now: () => Date): void {
    if (answer) this.answers.set(id, answer);
    else this.answers.delete(id);
    this.startedAt ??= now().toISOString();
  }

  /** The order a ranking shows: its answer, else the order so far, else the instrument's. */
  orderOf(entry: IndexedItem): string[] {
    const answered = this.answers.get(entry.item.id)?.value;
    if (Array.isArray(answered)) return answered;
    return this.orders.get(entry.item.id) ?? optionIds(entry.item);
  }

  /** Moves a ranking's option by `delta` places; its new order, or `undefined` at an end. */
  move(entry: IndexedItem, option: string, delta: number): string[] | undefined {
    const order = [...this.orderOf(entry)];
    const from = order.indexOf(option);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= order.length) return undefined;
    order.splice(to, 0, ...order.splice(from, 1));
    this.orders.set(entry.item.id, order);
    return order;
  }

  /** The items (of one section, or all) whose answers cannot be submitted as they are. */
  problems(section?: number): IndexedItem[] {
    return this.index.items.filter(
      (entry) =>
        (section === undefined || entry.section === section) &&
        problemOf(entry, this.answers.get(entry.item.id)),
    );
  }

  /** The browser's validity flags for the problems; `undefined` when there are none. */
  validityFlags(): ValidityStateFlags | undefined {
    const codes = new Set(
      this.problems().map((entry) => problemOf(entry, this.answers.get(entry.item.id))!.code),
    );
    if (codes.size === 0) return undefined;
    return {
      valueMissing: codes.has('required'),
      rangeUnderflow: codes.has('too-few'),
      rangeOverflow: codes.has('too-many'),
      tooLong: codes.has('too-long'),
    };
  }

  /** True when an item whose problem is shown still has one. */
  showsProblems(): boolean {
    return this.problems().some(({ item }) => this.shown.has(item.id));
  }

  draft(): QuestionnaireDraft {
    return buildDraft(this.index, this.answers, this.section, this.startedAt);
  }

  /** Starts over from a draft (nothing with `undefined`); returns what could not be used. */
  restore(input: unknown): Issue[] {
    this.orders.clear();
    this.shown.clear();
    const restored =
      input === undefined
        ? { answers: new Map<string, Answer>(), section: 0, startedAt: undefined, issues: [] }
        : restoreDraft(input, this.index);
    this.answers = restored.answers;
    this.section = restored.section;
    this.startedAt = restored.startedAt;
    return restored.issues;
  }

  /** The response, submitted at `submittedAt`; `context` says who answered, and where. */
  response(
    context: Omit<ResponseContext, 'startedAt' | 'submittedAt'>,
    submittedAt: Date,
  ): Response {
    const { respondent, phase, roleProfile, unit, territory, group, locale } = context;
    return buildResponse(this.index, this.answers, {
      ...{ respondent, phase, roleProfile, unit, territory, group, locale },
      startedAt: this.startedAt,
      submittedAt: submittedAt.toISOString(),
    });
  }
}
