import { html, nothing, type TemplateResult } from 'lit';
import type { InstrumentSection } from '@competence-kit/schemas';
import type { AnswerSheet } from './answer-sheet.js';
import { renderItem, type RenderContext } from './questionnaire.items.js';
import type { QuestionnaireMode } from './questionnaire.types.js';
import { isAnswered, problemOf } from './validation.js';

/** The message under the items: what needs an answer, or that the answers went out. */
export interface Summary {
  text: string;
  done?: boolean;
}

export interface QuestionnaireView {
  sheet: AnswerSheet;
  mode: QuestionnaireMode;
  disabled: boolean;
  summary: Summary;
  /** Said by screen readers only: where a ranking's option moved. */
  status: string;
  onChange: (event: Event) => void;
  onClick: (event: Event) => void;
}

/**
 * The whole questionnaire: title, progress, the current section (or all), the buttons, and
 * two live regions. Controls report through `change`, `input` and `click` events caught on
 * the frame, so no listener is created per option and render.
 */
export function renderQuestionnaire(ctx: RenderContext, view: QuestionnaireView): TemplateResult {
  const { sheet, mode, summary } = view;
  const { instrument, items } = sheet.index;
  const total = items.length;
  const answered = items.filter(({ item }) => isAnswered(sheet.answers.get(item.id))).length;
  const last = instrument.sections.length - 1;
  const paged = mode !== 'all';
  const summaryClass = summary.text ? (summary.done ? 'done' : 'problems') : '';
  const shown = paged ? [sheet.section] : instrument.sections.map((_, i) => i);
  return html`<div part="base" class="questionnaire">
    <h2 class="title" part="title">${ctx.text(instrument.title)}</h2>
    ${
      instrument.description
        ? html`<p class="description">${ctx.text(instrument.description)}</p>`
        : nothing
    }
    <div class="progress" part="progress">
      <progress max=${total} .value=${answered} aria-labelledby="progress-text"></progress>
      <span id="progress-text">${ctx.msg('questionnaire.progress', { answered, total })}</span>
    </div>
    <fieldset
      class="frame"
      ?disabled=${view.disabled}
      @change=${view.onChange}
      @input=${view.onChange}
      @click=${view.onClick}
    >
      ${shown.map((s) => renderSection(ctx, view, s, paged))}
      <p class="summary ${summaryClass}" part="summary" role="status">${summary.text}</p>
      <div class="nav" part="nav">
        ${paged && sheet.section > 0 ? button(ctx.msg('questionnaire.previous'), 'previous') : nothing}
        ${
          paged && sheet.section < last
            ? button(ctx.msg('questionnaire.next'), 'next', 'primary')
            : button(ctx.msg('questionnaire.submit'), 'submit', 'primary')
        }
      </div>
    </fieldset>
    <div class="visually-hidden" role="status">${view.status}</div>
  </div>`;
}

const button = (label: string, kind: string, type = '') =>
  html`<button
    type="button"
    class="button ${type}"
    part=${kind === 'submit' ? 'submit' : nothing}
    data-kind=${kind}
  >
    ${label}
  </button>`;

function renderSection(ctx: RenderContext, view: QuestionnaireView, s: number, paged: boolean) {
  const { sheet } = view;
  const { instrument, items } = sheet.index;
  const section: InstrumentSection = instrument.sections[s]!;
  const count = instrument.sections.length;
  return html`<section class="section" part="section" aria-labelledby="section-${s}">
    <h3 class="section-title" id="section-${s}" tabindex="-1">
      ${
        paged && count > 1
          ? html`<span class="step">
              ${ctx.msg('questionnaire.step', { current: s + 1, total: count })}
            </span>`
          : nothing
      }
      ${ctx.text(section.title)}
    </h3>
    ${
      s === 0 && instrument.instructions
        ? html`<p class="description">${ctx.text(instrument.instructions)}</p>`
        : nothing
    }
    ${
      section.description
        ? html`<p class="description">${ctx.text(section.description)}</p>`
        : nothing
    }
    ${items
      .filter((entry) => entry.section === s)
      .map((entry) => {
        const answer = sheet.answers.get(entry.item.id);
        const problem = sheet.shown.has(entry.item.id) ? problemOf(entry, answer) : undefined;
        const order = entry.item.type === 'ranking' ? sheet.orderOf(entry) : [];
        return renderItem(ctx, { entry, answer, problem, order });
      })}
  </section>`;
}
