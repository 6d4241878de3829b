import {
  ITEM_TYPES,
  type Answer,
  type Instrument,
  type Issue,
  type Item,
  type LikertScale,
} from '@competence-kit/schemas';
import { answerMisfit, LIMIT_MISFITS } from '@competence-kit/scoring/answers';

/** An item with what the questionnaire needs to show it: its section, number and scale. */
export interface IndexedItem {
  item: Item;
  /** The index of its section. */
  section: number;
  /** Its number in the whole instrument, from 1. */
  number: number;
  /** A Likert item's scale. */
  scale?: LikertScale;
}

/** The items of an instrument, in order and by id. */
export interface InstrumentIndex {
  instrument: Instrument;
  items: IndexedItem[];
  byId: Map<string, IndexedItem>;
}

const itemTypes = new Set<string>(ITEM_TYPES);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Indexes an instrument, checking only what the questionnaire relies on to render and to
 * build a response (full validation is `parseInstrument` from `@competence-kit/scoring`, which
 * would weigh more than the element). Returns the issues instead when it cannot be shown.
 */
export function indexInstrument(
  instrument: Instrument,
): { ok: true; value: InstrumentIndex } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const report = (path: string, code: string, message: string) =>
    issues.push({ path, code, message });
  const sections: unknown = isObject(instrument) ? instrument.sections : undefined;
  if (!isObject(instrument) || !Array.isArray(sections) || sections.length === 0) {
    report(
      '/instrument',
      'invalid-instrument',
      'Expected an instrument with at least one section.',
    );
    return { ok: false, issues };
  }
  const scales = new Map((instrument.likertScales ?? []).map((s) => [s.id, s]));
  const items: IndexedItem[] = [];
  const byId = new Map<string, IndexedItem>();
  sections.forEach((section: unknown, s) => {
    const list: unknown = isObject(section) ? section.items : undefined;
    if (!Array.isArray(list) || list.length === 0) {
      report(`/instrument/sections/${s}`, 'invalid-section', 'Expected a section with items.');
      return;
    }
    list.forEach((item: Item, i) => {
      const path = `/instrument/sections/${s}/items/${i}`;
      if (!isObject(item) || typeof item.id !== 'string' || !itemTypes.has(item.type)) {
        report(path, 'invalid-item', 'Expected an item with an id and a known type.');
        return;
      }
      if (byId.has(item.id)) {
        report(`${path}/id`, 'duplicate-id', `Item id "${item.id}" is used twice.`);
        return;
      }
      const entry: IndexedItem = { item, section: s, number: items.length + 1 };
      if (item.type === 'likert') {
        entry.scale = scales.get(item.scale);
        if (!entry.scale)
          report(`${path}/scale`, 'unknown-reference', `Scale "${item.scale}" is not declared.`);
      } else if (item.type !== 'free-text' && !Array.isArray(item.options)) {
        report(`${path}/options`, 'invalid-item', 'Expected a list of options.');
      }
      items.push(entry);
      byId.set(item.id, entry);
    });
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { instrument, items, byId } };
}

/** The options of a choice or ranking item, by id. */
export const optionIds = (item: Item): string[] =>
  'options' in item ? item.options.map((o) => o.id) : [];

/**
 * True when the answer counts: a value or an explicit skip. Blank text and an empty choice of
 * options count as no answer.
 */
export function isAnswered(answer: Answer | undefined): answer is Answer {
  if (!answer) return false;
  if (answer.skipped) return true;
  const { value } = answer;
  if (typeof value === 'string') return value.trim() !== '';
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** Why an item's answer cannot be submitted. */
export type ItemProblem =
  | { code: 'required' }
  | { code: 'too-few'; min: number }
  | { code: 'too-many'; max: number }
  | { code: 'too-long'; max: number };

/**
 * What is wrong with an item's answer, or `undefined` when it can be submitted as it is: a
 * required item without answer, or a limit of the shared rule (`answerMisfit` from
 * `@competence-kit/scoring/answers`, the rule `parseResponse` applies) that the answer misses.
 */
export function problemOf(
  { item, scale }: IndexedItem,
  answer: Answer | undefined,
): ItemProblem | undefined {
  if (!isAnswered(answer)) return item.required ? { code: 'required' } : undefined;
  if (answer.skipped) return undefined;
  const misfit = answerMisfit(item, answer.value, scale);
  switch (misfit?.code) {
    case 'too-few':
      return { code: 'too-few', min: misfit.min };
    case 'too-many':
      return { code: 'too-many', max: misfit.max };
    case 'too-long':
      return { code: 'too-long', max: misfit.max };
    default:
      return undefined;
  }
}

/** The longest text a response may carry (the response schema's limit on an answer's text). */
const MAX_TEXT = 20000;

/**
 * True when `value` has the shape the item takes (a point on the scale, known option ids, a
 * complete ranking, text), by the shared rule `answerMisfit`; limits the respondent can still fix
 * (too few or too many options, too long a text) are left to {@link problemOf}.
 */
export function fits({ item, scale }: IndexedItem, value: unknown): boolean {
  if (item.type === 'free-text' && typeof value === 'string' && value.length > MAX_TEXT)
    return false;
  const misfit = answerMisfit(item, value, scale);
  return misfit === undefined || LIMIT_MISFITS.has(misfit.code);
}
