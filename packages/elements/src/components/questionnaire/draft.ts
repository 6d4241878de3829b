import type { Answer, Instrument, Issue } from '@competence-kit/schemas';
import type { QuestionnaireDraft } from './questionnaire.types.js';
import { fits, isAnswered, type InstrumentIndex } from './validation.js';

/** A draft applied to an instrument: what of it can be used, and why the rest cannot. */
export interface RestoredDraft {
  answers: Map<string, Answer>;
  /** The index of the draft's section; 0 when it has none or an unknown one. */
  section: number;
  startedAt: string | undefined;
  issues: Issue[];
}

/** The draft of the answers so far, in the instrument's order. */
export function buildDraft(
  index: InstrumentIndex,
  answers: ReadonlyMap<string, Answer>,
  section: number,
  startedAt: string | undefined,
): QuestionnaireDraft {
  const { instrument } = index;
  const draft: QuestionnaireDraft = {
    instrument: { id: instrument.id, version: instrument.version },
    answers: index.items.flatMap(({ item }) => {
      const answer = answers.get(item.id);
      return answer ? [answer] : [];
    }),
    section: instrument.sections[section]?.id,
  };
  if (startedAt) draft.startedAt = startedAt;
  return draft;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Applies a draft (from the `draft` property or storage, so untrusted) to an instrument. A
 * draft of another instrument or version is not used at all; answers that do not fit their
 * item are left out, each with an issue whose `path` points into the draft.
 */
export function restoreDraft(input: unknown, index: InstrumentIndex): RestoredDraft {
  const restored: RestoredDraft = {
    answers: new Map(),
    section: 0,
    startedAt: undefined,
    issues: [],
  };
  const report = (path: string, code: string, message: string) =>
    restored.issues.push({ path: `/draft${path}`, code, message });
  const { instrument } = index;
  if (!isObject(input) || !Array.isArray(input.answers)) {
    report('', 'invalid-draft', 'Expected a draft with a list of answers.');
    return restored;
  }
  const answered = isObject(input.instrument) ? input.instrument : {};
  if (answered.id !== instrument.id || answered.version !== instrument.version) {
    report(
      '/instrument',
      'wrong-instrument',
      `The draft answers ${JSON.stringify(answered.id)} version ${JSON.stringify(answered.version)}, not "${instrument.id}" version ${instrument.version}.`,
    );
    return restored;
  }
  input.answers.forEach((answer: unknown, i) => {
    const entry =
      isObject(answer) && typeof answer.item === 'string' && index.byId.get(answer.item);
    if (!entry) {
      report(`/answers/${i}`, 'unknown-item', 'Expected an answer to an item of the instrument.');
    } else if (answer.skipped === true) {
      if (entry.item.required)
        report(`/answers/${i}`, 'required-answer-skipped', `Item "${entry.item.id}" is required.`);
      else
        restored.answers.set(entry.item.id, {
          item: entry.item.id,
          skipped: true,
          reason: 'declined',
        });
    } else if (fits(entry, answer.value)) {
      const value = answer.value as Answer['value'];
      const copy: Answer = {
        item: entry.item.id,
        value: Array.isArray(value) ? [...value] : value,
      };
      if (isAnswered(copy)) restored.answers.set(entry.item.id, copy);
    } else {
      report(
        `/answers/${i}/value`,
        'invalid-answer',
        `The value does not fit item "${entry.item.id}".`,
      );
    }
  });
  const section = instrument.sections.findIndex((s) => s.id === input.section);
  restored.section = Math.max(section, 0);
  if (typeof input.startedAt === 'string' && dateTime.test(input.startedAt))
    restored.startedAt = input.startedAt;
  return restored;
}

/**
 * The draft stored under `key` in localStorage: `undefined` when there is none (or storage is
 * unavailable), an issue when it is not JSON.
 */
export function readStoredDraft(key: string): { draft?: unknown; issues: Issue[] } {
  let text: string | null = null;
  try {
    text = localStorage.getItem(key);
  } catch {
    return { issues: [] }; // storage blocked (privacy settings): nothing to resume
  }
  if (text === null) return { issues: [] };
  try {
    return { draft: JSON.parse(text) as unknown, issues: [] };
  } catch {
    return {
      issues: [
        {
          path: '/draft',
          code: 'invalid-json',
          message: `The draft stored in localStorage under "${key}" is not JSON; it was ignored.`,
        },
      ],
    };
  }
}

/** Stores or (with `undefined`) removes the draft; a full or blocked storage is not an error. */
export function writeStoredDraft(key: string, draft: QuestionnaireDraft | undefined): void {
  try {
    if (draft) localStorage.setItem(key, JSON.stringify(draft));
    else localStorage.removeItem(key);
  } catch {
    // The draft still goes out with ck-draft-change; the page can keep it elsewhere.
  }
}

/**
 * Where a questionnaire's draft comes from: the page's `draft` property, kept until the
 * instrument is there, else localStorage, read once per key and instrument version. A draft
 * the page gave wins over the stored one.
 */
export class DraftSources {
  #given: { value: unknown } | undefined;
  #fromPage = false;
  #storedFor: string | undefined;

  /** The page set `draft`; `undefined` (to start over) counts as a draft only once one exists. */
  give(value: unknown): void {
    this.#fromPage ||= value !== undefined;
    this.#given = value === undefined ? undefined : { value };
  }

  /** The draft the page gave and nobody used yet. */
  takeGiven(): { value: unknown } | undefined {
    const given = this.#given;
    this.#given = undefined;
    return given;
  }

  /** The stored draft to resume under `key`, the first time it is asked for this instrument. */
  takeStored(key: string, instrument: Instrument): { draft?: unknown; issues: Issue[] } {
    const marker = `${key}\n${instrument.id}\n${instrument.version}`;
    if (!key || this.#storedFor === marker) return { issues: [] };
    this.#storedFor = marker;
    return this.#fromPage ? { issues: [] } : readStoredDraft(key);
  }
}
