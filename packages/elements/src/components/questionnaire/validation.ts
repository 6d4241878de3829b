import type { Answer, Instrument, Issue, Item, LikertScale } from '@competence-kit/schemas';

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

const itemTypes = new Set<string>([
  'likert',
  'single-choice',
  'multiple-choice',
  'situational-judgement',
  'free-text',
  'ranking',
]);

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

/** What is wrong with an item's answer, or `undefined` when it can be submitted as it is. */
export function problemOf(
  { item }: IndexedItem,
  answer: Answer | undefined,
): ItemProblem | undefined {
  if (!isAnswered(answer)) return item.required ? { code: 'required' } : undefined;
  const value = answer.value;
  if (item.type === 'multiple-choice' && Array.isArray(value)) {
    const min = item.minSelected ?? 0;
    const max = item.maxSelected ?? item.options.length;
    if (value.length < min) return { code: 'too-few', min };
    if (value.length > max) return { code: 'too-many', max };
  }
  if (item.type === 'free-text' && typeof value === 'string' && item.maxLength !== undefined) {
    // Counted in code points, as parseResponse counts them.
    if ([...value].length > item.maxLength) return { code: 'too-long', max: item.maxLength };
  }
  return undefined;
}

const isPermutation = (value: string[], ids: string[]) =>
  value.length === ids.length &&
  new Set(value).size === ids.length &&
  value.every((v) => ids.includes(v));

/**
 * True when `value` has the shape the item takes (a point on the scale, known option ids, a
 * complete ranking, text); limits the respondent can still fix (too many options, too long a
 * text) are left to {@link problemOf}.
 */
export function fits({ item, scale }: IndexedItem, value: unknown): boolean {
  switch (item.type) {
    case 'likert':
      return (
        typeof value === 'number' &&
        Number.isInteger(value) &&
        !!scale &&
        value >= scale.min &&
        value <= scale.max
      );
    case 'single-choice':
    case 'situational-judgement':
      return typeof value === 'string' && optionIds(item).includes(value);
    case 'multiple-choice': {
      const ids = optionIds(item);
      return (
        Array.isArray(value) &&
        new Set(value).size === value.length &&
        value.every((v) => ids.includes(v as string))
      );
    }
    case 'ranking':
      return Array.isArray(value) && isPermutation(value as string[], optionIds(item));
    case 'free-text':
      return typeof value === 'string' && value.length <= 20000;
  }
}
