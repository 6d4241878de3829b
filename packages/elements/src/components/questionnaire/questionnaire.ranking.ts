import type { Answer, LocalizedText, RankingItem } from '@competence-kit/schemas';
import type { AnswerSheet } from './answer-sheet.js';

/**
 * Moves a ranking's option as its button says (`data-item`, `data-option`, `data-delta`).
 * Returns the new answer, where the option is now, and the button to focus: the moved
 * option's button in the same direction, or the other one at either end, where that one is
 * disabled. `undefined` when nothing moved.
 */
export function moveOption(
  sheet: AnswerSheet,
  { item = '', option = '', delta = '0' }: DOMStringMap,
) {
  const entry = sheet.index.byId.get(item);
  const order = entry && sheet.move(entry, option, Number(delta));
  if (!order) return undefined;
  const to = order.indexOf(option);
  const total = order.length;
  const d = to === 0 || to === total - 1 ? String(-Number(delta)) : delta;
  const label: LocalizedText | undefined = (entry.item as RankingItem).options.find(
    (o) => o.id === option,
  )?.label;
  return {
    entry,
    answer: { item, value: order } satisfies Answer,
    option: label,
    position: to + 1,
    total,
    focus: `button[data-item="${CSS.escape(item)}"][data-option="${CSS.escape(option)}"][data-delta="${d}"]`,
  };
}
