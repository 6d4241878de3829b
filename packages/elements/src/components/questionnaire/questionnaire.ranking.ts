import { html, type nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Answer, LocalizedText, RankingItem } from '@competence-kit/schemas';
import type { AnswerSheet } from './answer-sheet.js';
import type { ItemView, RenderContext } from './questionnaire.items.js';

/**
 * A ranking as an ordered list with a "Move up" and a "Move down" button per option, named
 * after the option, so it works with the keyboard and a screen reader and without dragging.
 * The element announces each move and keeps the focus on the moved option. "This is my
 * order" records the order as it is; a move records it too.
 */
export function renderRanking(
  ctx: RenderContext,
  { entry, answer, order }: ItemView,
  describedBy: string | typeof nothing,
) {
  const item = entry.item as RankingItem;
  const labels = new Map(item.options.map((o) => [o.id, o.label]));
  const last = order.length - 1;
  const up = (label: string) => ctx.msg('questionnaire.ranking.up', { option: label });
  const down = (label: string) => ctx.msg('questionnaire.ranking.down', { option: label });
  // One template per option, its two buttons written out: a template instance each would
  // triple the work of a long questionnaire's rankings.
  return html`<ol class="ranking" part="ranking">
      ${order.map((id, i) => {
        const text = labels.get(id);
        const label = ctx.label(text);
        return html`<li class="rank">
          <span class="position" aria-hidden="true">${ctx.number(i + 1)}</span>
          <span class="rank-label">${ctx.text(text)}</span>
          <span class="moves"
            ><button
              type="button"
              class="move"
              part="move-button"
              ?disabled=${i === 0}
              aria-label=${up(label)}
              aria-describedby=${describedBy}
              data-item=${item.id}
              data-kind="move"
              data-option=${id}
              data-delta="-1"
            >
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path d="M8 3l5 6H3z"></path>
              </svg></button
            ><button
              type="button"
              class="move"
              part="move-button"
              ?disabled=${i === last}
              aria-label=${down(label)}
              aria-describedby=${describedBy}
              data-item=${item.id}
              data-kind="move"
              data-option=${id}
              data-delta="1"
            >
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path d="M8 13l5-6H3z"></path>
              </svg></button
          ></span>
        </li>`;
      })}
    </ol>
    <label class="option confirm"
      ><input
        type="checkbox"
        .checked=${live(Array.isArray(answer?.value))}
        data-item=${item.id}
        data-kind="confirm"
        aria-describedby=${describedBy}
      /><span>${ctx.msg('questionnaire.ranking.confirm')}</span></label
    >`;
}

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
