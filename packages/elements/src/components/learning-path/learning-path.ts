import { html, nothing, type PropertyValues } from 'lit';
import type { Framework } from '@competence-kit/schemas';
// Types only: the path is what recommendPath of @competence-kit/training returns; none of its
// code is loaded with the element.
import type {
  Catalogue,
  Enrolment,
  GapClosure,
  LearningPath as LearningPathData,
  OpenGap,
  PathStep,
  Programme,
} from '@competence-kit/training';
import { CkElement } from '../../internal/ck-element.js';
import type { MessageKey, Messages, Placeholders } from '../../internal/localize.js';
import { hostTokens, sharedStyles } from '../../styles/shared.js';
import { fillMessage, PathTexts } from './learning-path.content.js';
import { enrolmentFor, localToday, sessionsFor } from './learning-path.sessions.js';
import { styles } from './learning-path.styles.js';
import { moduleFormats, openGapReasons, type EnrolmentState } from './learning-path.types.js';

type Enrolled = ReturnType<typeof enrolmentFor>;

/**
 * A person's learning path: the recommended modules in order, each with the gaps it closes
 * ("Plain language: Foundation → Practitioner (target Advanced)"), its format and hours, what it
 * is a prerequisite for, its next sessions from the programme and an Enrol / Cancel enrolment
 * button; then the total hours against the budget and the gaps the path leaves open, with the
 * reason. Pass the `path` made by `recommendPath` of `@competence-kit/training`, the
 * `catalogue` and `framework` it was made from (for the titles) and, optionally, the
 * territory's `programme` and the person's `enrolments`.
 *
 * The element does not change `enrolments` itself: it emits `ck-enrol` and `ck-unenrol`, and
 * shows the new state once the page sets `enrolments` again (after its back end agreed).
 *
 * @summary The modules that close a person's competence gaps, with sessions and enrolment.
 *
 * @example
 * ```html
 * <ck-learning-path heading-level="2"></ck-learning-path>
 * <script type="module">
 *   import '@competence-kit/elements/define/learning-path';
 *   import { recommendPath } from '@competence-kit/training';
 *   const element = document.querySelector('ck-learning-path');
 *   Object.assign(element, { framework, catalogue, programme, enrolments,
 *     path: recommendPath(result, catalogue, { framework, language: 'de', budgetHours: 40 }) });
 *   element.addEventListener('ck-enrol', (e) => book(e.detail.module, e.detail.session));
 * </script>
 * ```
 *
 * @event ck-enrol - The person asked to enrol in a module (`{ module }`) or, with a programme, in one of its sessions (`{ module, session }`).
 * @event ck-unenrol - The person asked to cancel an enrolment (`{ module, session? }`).
 * @event ck-data-error - A step of `path` names a module that is not in `catalogue`; it is shown by its id.
 *
 * @csspart base - The whole path.
 * @csspart summary - The total hours and the budget.
 * @csspart step - One module of the path (a list item).
 * @csspart title - A module's title, and the title of the open gaps.
 * @csspart button - The Enrol and Cancel enrolment buttons.
 * @csspart open - The gaps the path leaves open.
 *
 * @cssproperty --ck-color-surface - The background of each module.
 * @cssproperty --ck-color-border - The outline of each module.
 * @cssproperty --ck-color-text - Titles and gaps.
 * @cssproperty --ck-color-text-muted - Format, hours, places and reasons.
 * @cssproperty --ck-color-accent - The step numbers and the buttons.
 * @cssproperty --ck-color-on-accent - The text of the Enrol button.
 * @cssproperty --ck-color-success - "Enrolled" and "Completed".
 * @cssproperty --ck-color-warning - "On the waiting list".
 * @cssproperty --ck-color-danger - A total over the budget.
 */
export class CkLearningPath extends CkElement {
  static override properties = {
    path: { attribute: false },
    catalogue: { attribute: false },
    framework: { attribute: false },
    programme: { attribute: false },
    enrolments: { attribute: false },
    today: { reflect: true },
    maxSessions: { type: Number, attribute: 'max-sessions' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = [hostTokens, sharedStyles, styles];

  /** The learning path to show, as `recommendPath` of `@competence-kit/training` returns it. */
  declare path: LearningPathData | undefined;

  /** The catalogue the path was made from: module titles, formats and hours. Without it, module ids are shown. */
  declare catalogue: Catalogue | undefined;

  /** The framework the path was made for: competence and level titles. Without it, ids are shown. */
  declare framework: Framework | undefined;

  /** The territory's programme: with it, each module lists its next sessions in the path's language, each with its own button. */
  declare programme: Programme | undefined;

  /** The person's enrolments (others' are ignored): they decide which button each module or session shows. */
  declare enrolments: readonly Enrolment[];

  /** Sessions starting before this ISO 8601 date are not offered; by default today. */
  declare today: string;

  /** How many upcoming sessions each module lists at most. */
  declare maxSessions: number;

  /** The heading level (1–6) of the module titles and of the open gaps, to fit the page's outline. */
  declare headingLevel: number;

  constructor() {
    super();
    this.path = undefined;
    this.catalogue = undefined;
    this.framework = undefined;
    this.programme = undefined;
    this.enrolments = [];
    this.today = '';
    this.maxSessions = 3;
    this.headingLevel = 3;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { path, catalogue } = this;
    if ((changed.has('path') || changed.has('catalogue')) && path && catalogue) {
      const known = new Set(catalogue.modules.map((m) => m.id));
      const issues = path.steps.flatMap((step, i) =>
        known.has(step.module)
          ? []
          : [
              {
                path: `/path/steps/${i}/module`,
                code: 'unknown-reference',
                message: `Module "${step.module}" is not in the catalogue ${catalogue.id}.`,
              },
            ],
      );
      if (issues.length > 0) this.emit('ck-data-error', { issues });
    }
  }

  /** The data's texts for the current render, in the current locale. */
  #texts!: PathTexts;

  protected override render() {
    const { path } = this;
    if (!path) return nothing;
    this.#texts = new PathTexts({
      catalogue: this.catalogue,
      framework: this.framework,
      locale: this.locale,
      messageLocale: this.messageLocale,
    });
    const over = path.budgetHours !== null && path.totalHours > path.budgetHours;
    const hours = this.#hours(path.totalHours);
    return html`<div part="base" class="path" lang=${this.langFor(this.messageLocale)}>
      <p part="summary" class="summary ${over ? 'over-budget' : ''}">
        ${
          path.budgetHours === null
            ? this.msg('learning-path.total', { hours })
            : this.msg('learning-path.totalOfBudget', {
                hours,
                budget: this.#hours(path.budgetHours),
              })
        }
      </p>
      ${
        path.steps.length === 0
          ? html`<p>
              ${this.msg(path.open.length === 0 ? 'learning-path.empty' : 'learning-path.noSteps')}
            </p>`
          : html`<ol class="steps" aria-label=${this.msg('learning-path.steps')}>
              ${path.steps.map((step) => this.#renderStep(step))}
            </ol>`
      }
      ${path.open.length > 0 ? this.#renderOpen(path.open) : nothing}
    </div>`;
  }

  #renderStep(step: PathStep) {
    const catalogued = this.#texts.module(step.module);
    const format = catalogued?.format;
    const formatName = (moduleFormats as readonly string[]).includes(format ?? '')
      ? this.msg(`learning-path.format.${format as (typeof moduleFormats)[number]}`)
      : format;
    const prerequisiteFor = step.prerequisiteFor ?? [];
    return html`<li part="step" class="step">
      <div class="title" part="title" role="heading" aria-level=${this.#headingLevel()}>
        ${this.#texts.moduleTitle(step.module)}
      </div>
      <p class="meta">
        ${formatName ? html`<span>${formatName}</span> · ` : nothing}${this.#hours(step.hours)}
      </p>
      ${
        step.closes.length > 0
          ? html`<ul class="closes">
              ${step.closes.map((c) => html`<li>${this.#renderClosure(c)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        prerequisiteFor.length > 0
          ? html`<p class="note">
              ${this.#compose('learning-path.prerequisiteFor', {
                modules: this.#texts.list(prerequisiteFor.map((id) => this.#texts.moduleTitle(id))),
              })}
            </p>`
          : nothing
      }
      ${this.programme ? this.#renderSessions(step.module, this.programme) : this.#renderModule(step.module)}
    </li>`;
  }

  #renderClosure(c: GapClosure) {
    const values = {
      competence: this.#texts.competenceTitle(c.competence),
      to: this.#texts.levelTitle(c.to),
      target: this.#texts.levelTitle(c.target),
    };
    return c.from === null
      ? this.#compose('learning-path.closesFromNone', values)
      : this.#compose('learning-path.closes', { ...values, from: this.#texts.levelTitle(c.from) });
  }

  /** Without a programme: one button for the module. */
  #renderModule(module: string) {
    const respondent = this.path!.respondent;
    const enrolled = enrolmentFor(this.enrolments, { respondent, module });
    return html`<div class="actions">
      ${this.#renderAction(module, undefined, enrolled, this.#texts.plainModuleTitle(module))}
    </div>`;
  }

  /** With a programme: the next sessions, each with its button while none is booked. */
  #renderSessions(module: string, programme: Programme) {
    const respondent = this.path!.respondent;
    const booked = enrolmentFor(this.enrolments, {
      respondent,
      module,
      programme: programme.id,
    });
    const sessions = sessionsFor(programme, module, {
      language: this.path!.language,
      today: this.today || localToday(),
      max: this.maxSessions,
      keep: booked?.enrolment.session,
    });
    if (sessions.length === 0)
      return html`<p class="note">${this.msg('learning-path.noSessions')}</p>`;
    return html`<ul class="sessions" aria-label=${this.msg('learning-path.sessions')}>
      ${sessions.map((session) => {
        const mine = booked?.enrolment.session === session.id ? booked : undefined;
        const dates = this.#texts.dates(session.dates);
        return html`<li class="session">
          <span
            >${this.#texts.list(dates.map((d) => html`<time datetime=${d.iso}>${d.text}</time>`))}</span
          >
          <span class="place">${this.#texts.place(session, this.msg('learning-path.online'))}</span>
          ${
            booked && !mine
              ? nothing
              : this.#renderAction(
                  module,
                  session.id,
                  mine,
                  this.#texts.plainModuleTitle(module),
                  this.#texts.listText(dates.map((d) => d.text)),
                )
          }
        </li>`;
      })}
    </ul>`;
  }

  #renderAction(
    module: string,
    session: string | undefined,
    enrolled: Enrolled,
    title: string,
    dates?: string,
  ) {
    const state: EnrolmentState | undefined = enrolled?.state;
    const status = state
      ? html`<span class="status ${state}">${this.msg(`learning-path.status.${state}`)}</span>`
      : nothing;
    if (state === 'completed') return status;
    const cancel = state !== undefined;
    const label =
      dates === undefined
        ? this.msg(cancel ? 'learning-path.unenrolModule' : 'learning-path.enrolModule', {
            module: title,
          })
        : this.msg(cancel ? 'learning-path.unenrolSession' : 'learning-path.enrolSession', {
            module: title,
            dates,
          });
    // Cancelling without a programme still names the session the enrolment is for.
    const which = session ?? enrolled?.enrolment.session;
    const detail = which === undefined ? { module } : { module, session: which };
    // One button whose label and action change, so focus stays on it when the state flips.
    return html`${status}<button
        part="button"
        class=${cancel ? 'cancel' : 'enrol'}
        type="button"
        aria-label=${label}
        @click=${() => this.emit(cancel ? 'ck-unenrol' : 'ck-enrol', detail)}
      >
        ${this.msg(cancel ? 'learning-path.unenrol' : 'learning-path.enrol')}
      </button>`;
  }

  #renderOpen(open: readonly OpenGap[]) {
    const language = this.#texts.languageName(this.path!.language);
    return html`<div part="open" class="open">
      <div part="title" class="title" role="heading" aria-level=${this.#headingLevel()}>
        ${this.msg('learning-path.open')}
      </div>
      <ul>
        ${open.map((gap) => {
          const values = {
            competence: this.#texts.competenceTitle(gap.competence),
            target: this.#texts.levelTitle(gap.target),
          };
          const reason = (openGapReasons as readonly string[]).includes(gap.reason)
            ? this.msg(`learning-path.reason.${gap.reason}`, { language })
            : gap.reason;
          return html`<li>
            ${
              gap.level === null
                ? this.#compose('learning-path.openGapNoLevel', values)
                : this.#compose('learning-path.openGap', {
                    ...values,
                    level: this.#texts.levelTitle(gap.level),
                  })
            }
            <span class="reason">${reason}</span>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #headingLevel(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
  }

  #hours(hours: number): string {
    return this.formatNumber(hours, {
      style: 'unit',
      unit: 'hour',
      unitDisplay: 'long',
      maximumFractionDigits: 1,
    });
  }

  /** A message whose placeholders hold rendered content: titles marked with their language. */
  #compose<K extends MessageKey>(
    key: K,
    values: Record<Placeholders<Messages[K]>, unknown>,
  ): unknown[] {
    const names = Object.keys(values);
    const template = (this.msg as (key: MessageKey, params: Record<string, string>) => string)(
      key,
      Object.fromEntries(names.map((n) => [n, `{${n}}`])),
    );
    return fillMessage(template, values);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-learning-path': CkLearningPath;
  }
}
