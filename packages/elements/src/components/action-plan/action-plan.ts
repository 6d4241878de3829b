import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import {
  reviewActionPlan,
  type ActionPlanReview,
  type ReviewNeeds,
} from '@competence-kit/networks';
import {
  lateText,
  localized,
  measureStatusName,
  namesFrom,
  offTrackText,
  unaddressedText,
  unmeasuredText,
  type NameLookup,
} from '@competence-kit/networks/messages';
import type { ActionPlan, Framework, Issue, Network } from '@competence-kit/schemas';
import { CkElement } from '../../internal/ck-element.js';
import { contentText } from '../../internal/content-text.js';
import { numberFormat } from '../../internal/format.js';
import { hostTokens, sharedStyles } from '../../styles/shared.js';
import { tableStyles } from '../../styles/table.js';
import type {} from './action-plan.events.js';
import { styles } from './action-plan.styles.js';
import {
  currentDay,
  daysBetween,
  elementWords,
  hrefFor,
  isDay,
  wordText,
  type ElementWords,
} from '../../internal/networks-words.js';

type Measure = ActionPlan['measures'][number];
type Indicator = Measure['indicators'][number];
type MeasureStatus = Measure['status'];

/** The statuses, in the order the select offers them. */
const STATUSES: readonly MeasureStatus[] = [
  'planned',
  'in-progress',
  'done',
  'delayed',
  'cancelled',
];

/** What was wrong with a measurement typed into an indicator's form. */
interface FormErrors {
  date?: string;
  value?: string;
}

/**
 * A territory's regional action plan: its goals, each with the needs it answers, its measures as
 * a table (owner, partners, dates, status, budget, indicators from baseline over the latest
 * measurement to target) and a timeline of the measures over the plan's period; on top, the
 * review of `reviewActionPlan` from `@competence-kit/networks` in words: what is late, which
 * indicators are off track or not measured yet, which needs no measure addresses. With
 * `editable`, each status is a select and each indicator takes a new measurement; the element
 * shows the change at once and tells the page with an event, which saves it.
 *
 * @summary A regional action plan by goal, with its review, timeline and keyboard editing.
 *
 * @example
 * ```html
 * <ck-action-plan editable measure-href="/ravenna/action-plan/measures/{id}"></ck-action-plan>
 * <script type="module">
 *   import '@competence-kit/elements/define/action-plan';
 *   const element = document.querySelector('ck-action-plan');
 *   Object.assign(element, { plan, network, needs: { priorities } });
 *   element.addEventListener('ck-measure-status', ({ detail }) => save(detail));
 * </script>
 * ```
 *
 * @event ck-measure-status - The user chose another status for a measure (`editable`); `detail` is `{ measure, status }`.
 * @event ck-measurement-add - The user added a valid measurement to an indicator (`editable`); `detail` is `{ measure, indicator, date, value }`.
 * @event ck-data-error - `plan` is not an action plan, `network` is not a network or `today` is not a date; the element shows "not available", or reviews on the current date.
 *
 * @csspart base - The whole element.
 * @csspart review - The review: late measures, indicators off track, needs not addressed.
 * @csspart goal - A goal with its measures and timeline.
 * @csspart timeline - The timeline of a goal's measures (hidden from screen readers; the table has the same dates).
 *
 * @cssproperty --ck-color-surface-subtle - Table headers and the review.
 * @cssproperty --ck-color-accent - Timeline bars of measures under way.
 * @cssproperty --ck-color-danger - Errors, and the bars of late measures.
 * @cssproperty --ck-color-warning - The edge of the notice on synthetic data.
 * @cssproperty --ck-color-text - Text.
 * @cssproperty --ck-color-border - Table rules and the timeline's track.
 */
export class CkActionPlan extends CkElement {
  static override properties = {
    plan: { attribute: false },
    network: { attribute: false },
    needs: { attribute: false },
    framework: { attribute: false },
    today: {},
    editable: { type: Boolean, reflect: true },
    measureHref: { attribute: 'measure-href' },
  };

  static override styles = [hostTokens, sharedStyles, tableStyles, styles];

  /** The action plan (`schemas/action-plan.schema.json`), for example as `parseActionPlan` returns it. */
  declare plan: ActionPlan | undefined;

  /** The plan's network, for the names of owners and partners (ids are shown without it). */
  declare network: Network | undefined;

  /** The needs report's priorities, so that the review names the needs no goal answers. */
  declare needs: ReviewNeeds | undefined;

  /** The framework, for the titles of the needs (competence ids are shown without it). */
  declare framework: Framework | undefined;

  /** The day of the review, `YYYY-MM-DD`; empty for the current day (in UTC). */
  declare today: string;

  /** Lets the user change each measure's status and add measurements to its indicators. */
  declare editable: boolean;

  /** A link for each measure's title, `{id}` replaced by the measure's id; empty for no links. */
  declare measureHref: string;

  /** The plan as shown: the given plan with the user's changes not yet passed back. */
  #shown: ActionPlan | undefined;
  #review: ActionPlanReview | undefined;
  #errors = new Map<string, FormErrors>();
  #announcement = '';
  #focusError: string | undefined;

  constructor() {
    super();
    this.plan = undefined;
    this.network = undefined;
    this.needs = undefined;
    this.framework = undefined;
    this.today = '';
    this.editable = false;
    this.measureHref = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const issues: Issue[] = [];
    if (changed.has('plan')) {
      this.#errors.clear();
      this.#shown = undefined;
      const { plan } = this;
      if (isPlan(plan)) this.#shown = structuredClone(plan);
      else if (plan !== undefined) {
        issues.push({
          path: '/plan',
          code: 'invalid-type',
          message: 'Expected an action plan with period, goals and measures (action-plan/v1).',
        });
      }
    }
    if (changed.has('network') && this.network !== undefined && !isNetwork(this.network)) {
      issues.push({
        path: '/network',
        code: 'invalid-type',
        message: 'Expected a network with stakeholders and cooperations (network/v1).',
      });
    }
    if (changed.has('today') && this.today && !isDay(this.today)) {
      issues.push({
        path: '/today',
        code: 'invalid-type',
        message: `"${this.today}" is not a day written YYYY-MM-DD; the current day is used.`,
      });
    }
    if (changed.has('needs') && this.needs !== undefined && !isNeeds(this.needs)) {
      issues.push({
        path: '/needs',
        code: 'invalid-type',
        message: "Expected the needs report's priorities: { priorities: [{ competence, rank }] }.",
      });
    }
    if (issues.length > 0) this.emit('ck-data-error', { issues });
    if (changed.has('plan') || changed.has('today') || changed.has('needs')) this.#reviewShown();
  }

  protected override updated(): void {
    if (this.#focusError) {
      this.renderRoot.querySelector<HTMLElement>(`#${this.#focusError}`)?.focus();
      this.#focusError = undefined;
    }
  }

  #reviewShown(): void {
    const plan = this.#shown;
    if (!plan) {
      this.#review = undefined;
      return;
    }
    const today = isDay(this.today) ? this.today : currentDay();
    const needs = isNeeds(this.needs) ? this.needs : undefined;
    try {
      this.#review = reviewActionPlan(plan, today, needs ? { needs } : {});
    } catch (error) {
      // A plan that passed the shallow check but not the engine's (a malformed date deep inside).
      this.#review = undefined;
      this.emit('ck-data-error', {
        issues: [
          {
            path: '/plan',
            code: 'invalid-type',
            message: `The plan could not be reviewed: ${error instanceof Error ? error.message : String(error)}`,
          },
        ],
      });
    }
  }

  /** A text of the plan in the element's language, marked with its own where it fell back. */
  #text(text: ActionPlan['title'] | undefined): TemplateResult | string {
    const found = contentText(text, this.locale, this.#shown?.defaultLocale);
    if (!found) return '';
    return found.lang === nothing && found.dir === nothing
      ? found.value
      : html`<span lang=${found.lang} dir=${found.dir}>${found.value}</span>`;
  }

  #plain(text: ActionPlan['title'] | undefined): string {
    return localized(text, this.locale, this.#shown?.defaultLocale);
  }

  #competenceTitle(id: string, locale = this.locale): string {
    const competence = this.framework?.competences?.find((c) => c.id === id);
    return competence
      ? localized(competence.title, locale, this.framework?.defaultLocale) || id
      : id;
  }

  /** Names for the engine's sentences, in the sentences' language (English where they fall back). */
  #names(locale: string): NameLookup {
    const network = isNetwork(this.network) ? this.network : undefined;
    return {
      ...namesFrom({ plan: this.#shown, ...(network ? { network } : {}) }, locale),
      competence: (id) => this.#competenceTitle(id, locale),
    };
  }

  #date(day: string): string {
    return this.formatDate(`${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  }

  #number(value: number): string {
    return this.formatNumber(value, { maximumFractionDigits: 2 });
  }

  protected override render() {
    const plan = this.#shown;
    const review = this.#review;
    const messageLang = this.langFor(this.messageLocale);
    if (!plan || !review) {
      return html`<div part="base" class="action-plan" lang=${messageLang}>
        <p>${this.msg('common.notAvailable')}</p>
      </div>`;
    }
    const w = elementWords(this.locale);
    const names = this.#names(w.words.locale);
    return html`<div part="base" class="action-plan" lang=${messageLang}>
      <h2>${this.#text(plan.title)}</h2>
      ${
        plan.synthetic
          ? html`<p class="notice">${wordText(w, w.words.text('label.synthetic'))}</p>`
          : nothing
      }
      <p>
        ${this.msg('action-plan.period', {
          start: this.#date(plan.period.start),
          end: this.#date(plan.period.end),
        })}
      </p>
      ${this.#renderReview(review, w, names)}
      ${plan.goals.map((goal, index) => this.#renderGoal(plan, goal, index, w))}
      <p class="visually-hidden" role="status">${this.#announcement}</p>
    </div>`;
  }

  #renderReview(review: ActionPlanReview, w: ElementWords, names: NameLookup) {
    const { words } = w;
    const list = (id: string, label: string, items: string[]) =>
      items.length === 0
        ? nothing
        : html`<h4 id=${`review-${id}`}>${wordText(w, label)}</h4>
            <ul data-review=${id} aria-labelledby=${`review-${id}`} lang=${w.lang}>
              ${items.map((item) => html`<li>${item}</li>`)}
            </ul>`;
    const clean =
      review.late.length + review.offTrack.length + review.unaddressed.length === 0 &&
      review.unmeasured.length === 0;
    const budget = Object.entries(review.budget).map(([currency, amount]) =>
      this.#money(amount, currency),
    );
    const statuses = STATUSES.filter((s) => review.byStatus[s] > 0).map(
      (s) => `${measureStatusName(words, s)}: ${this.#number(review.byStatus[s])}`,
    );
    return html`<section part="review" class="review" aria-labelledby="review-heading">
      <h3 id="review-heading">
        ${this.msg('action-plan.review', { date: this.#date(review.today) })}
      </h3>
      <dl class="totals">
        <div>
          <dt>${wordText(w, words.text('label.byStatus'))}</dt>
          <dd lang=${w.lang}>${statuses.length > 0 ? statuses.join(', ') : '—'}</dd>
        </div>
        <div>
          <dt>${wordText(w, words.text('label.budget'))}</dt>
          <dd>${budget.length > 0 ? budget.join(', ') : '—'}</dd>
        </div>
      </dl>
      ${clean ? html`<p class="clean">${this.msg('action-plan.onTrack')}</p>` : nothing}
      ${list(
        'late',
        words.text('label.late'),
        review.late.map((late) => lateText(words, late, names)),
      )}
      ${list(
        'off-track',
        words.text('label.offTrack'),
        review.offTrack.map((o) => offTrackText(words, o, names)),
      )}
      ${list(
        'unmeasured',
        words.text('label.unmeasured'),
        review.unmeasured.map((u) => unmeasuredText(words, u, names)),
      )}
      ${list(
        'unaddressed',
        words.text('label.unaddressed'),
        review.unaddressed.map((u) => unaddressedText(words, u, names)),
      )}
    </section>`;
  }

  #money(amount: number, currency: string): string {
    try {
      return numberFormat(this.locale, { style: 'currency', currency }).format(amount);
    } catch {
      return `${this.#number(amount)} ${currency}`;
    }
  }

  #renderGoal(plan: ActionPlan, goal: ActionPlan['goals'][number], index: number, w: ElementWords) {
    const measures = plan.measures.filter((m) => m.goal === goal.id);
    const headingId = `goal-${index}`;
    const captionId = `goal-${index}-caption`;
    const needs = goal.needs.map((id) => this.#competenceTitle(id));
    return html`<section part="goal" class="goal" data-goal=${goal.id} aria-labelledby=${headingId}>
      <h3 id=${headingId}>${this.#text(goal.title)}</h3>
      ${
        needs.length > 0
          ? html`<p class="needs">${this.msg('action-plan.needs', { needs: needs.join(', ') })}</p>`
          : nothing
      }
      ${
        measures.length === 0
          ? html`<p>${this.msg('action-plan.noMeasures')}</p>`
          : html`<div class="scroll" role="region" tabindex="0" aria-labelledby=${captionId}>
                <table>
                  <caption id=${captionId}>
                    ${this.msg('action-plan.caption', { goal: this.#plain(goal.title) })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${this.msg('action-plan.measure')}</th>
                      <th scope="col">${this.msg('action-plan.owner')}</th>
                      <th scope="col">${this.msg('action-plan.partners')}</th>
                      <th scope="col">${this.msg('action-plan.when')}</th>
                      <th scope="col">${this.msg('action-plan.status')}</th>
                      <th scope="col" class="num">${wordText(w, w.words.text('label.budget'))}</th>
                      <th scope="col">${this.msg('action-plan.indicators')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${measures.map((m) => this.#renderMeasure(plan, m, w))}
                  </tbody>
                </table>
              </div>
              ${this.#renderTimeline(plan, measures)}`
      }
    </section>`;
  }

  #stakeholder(id: string): string {
    const network = isNetwork(this.network) ? this.network : undefined;
    return network?.stakeholders.find((s) => s.id === id)?.name ?? id;
  }

  #renderMeasure(plan: ActionPlan, measure: Measure, w: ElementWords) {
    const href = hrefFor(this.measureHref, measure.id);
    const title = this.#text(measure.title);
    const late = this.#review?.late.some((l) => l.measure === measure.id);
    return html`<tr data-measure=${measure.id}>
      <th scope="row">${href ? html`<a href=${href}>${title}</a>` : title}</th>
      <td>${this.#stakeholder(measure.owner)}</td>
      <td>
        ${
          measure.partners.length === 0
            ? '—'
            : html`<ul>
                ${measure.partners.map((p) => html`<li>${this.#stakeholder(p)}</li>`)}
              </ul>`
        }
      </td>
      <td class="dates">
        ${this.msg('action-plan.range', {
          start: this.#date(measure.start),
          end: this.#date(measure.end),
        })}
      </td>
      <td class=${late ? 'status late' : 'status'}>${this.#renderStatus(measure, w)}</td>
      <td class="num">
        ${measure.budget ? this.#money(measure.budget.amount, measure.budget.currency) : '—'}
      </td>
      <td>
        ${
          measure.indicators.length === 0
            ? '—'
            : html`<ul class="indicators">
                ${measure.indicators.map((i, n) => this.#renderIndicator(plan, measure, i, n))}
              </ul>`
        }
      </td>
    </tr>`;
  }

  #renderStatus(measure: Measure, w: ElementWords) {
    const name = (s: MeasureStatus) => measureStatusName(w.words, s);
    if (!this.editable) return wordText(w, name(measure.status));
    return html`<select
      aria-label=${this.msg('action-plan.statusOf', { measure: this.#plain(measure.title) })}
      @change=${(e: Event) =>
        this.#changeStatus(measure, (e.target as HTMLSelectElement).value as MeasureStatus)}
    >
      ${STATUSES.map(
        (s) =>
          html`<option value=${s} ?selected=${s === measure.status} lang=${w.lang}>
            ${name(s)}
          </option>`,
      )}
    </select>`;
  }

  #changeStatus(measure: Measure, status: MeasureStatus): void {
    if (!STATUSES.includes(status) || status === measure.status) return;
    measure.status = status;
    this.emit('ck-measure-status', { measure: measure.id, status });
    this.#announcement = this.msg('action-plan.statusChanged', {
      measure: this.#plain(measure.title),
      status: measureStatusName(elementWords(this.locale).words, status),
    });
    this.#reviewShown();
    this.requestUpdate();
  }

  #renderIndicator(plan: ActionPlan, measure: Measure, indicator: Indicator, n: number) {
    const latest = latestOf(indicator);
    const unit = this.#plain(indicator.unit);
    const values = this.msg('action-plan.values', {
      baseline: this.#number(indicator.baseline),
      latest: latest ? this.#number(latest.value) : this.msg('action-plan.notMeasured'),
      target: this.#number(indicator.target),
      unit,
    });
    const offTrack = this.#review?.offTrack.some(
      (o) => o.measure === measure.id && o.indicator === indicator.id,
    );
    return html`<li data-indicator=${indicator.id} class=${offTrack ? 'off-track' : nothing}>
      <span class="indicator-title">${this.#text(indicator.title)}</span>:
      <span class="values">${values}</span>
      ${latest ? html`<span class="measured">(${this.#date(latest.date)})</span>` : nothing}
      ${this.editable ? this.#renderForm(plan, measure, indicator, n) : nothing}
    </li>`;
  }

  #renderForm(plan: ActionPlan, measure: Measure, indicator: Indicator, n: number) {
    const key = `${measure.id}\u0000${indicator.id}`;
    const errors = this.#errors.get(key) ?? {};
    const base = `m-${plan.measures.indexOf(measure)}-${n}`;
    const start = maxDay(measure.start, plan.period.start);
    return html`<form
      class="add"
      novalidate
      @submit=${(e: SubmitEvent) => this.#addMeasurement(e, plan, measure, indicator, key)}
    >
      <fieldset>
        <legend>
          ${this.msg('action-plan.addMeasurement', { indicator: this.#plain(indicator.title) })}
        </legend>
        <label>
          <span>${this.msg('action-plan.date')}</span>
          <input
            type="date"
            name="date"
            id=${`${base}-date`}
            data-field="date"
            min=${start}
            max=${plan.period.end}
            aria-invalid=${errors.date ? 'true' : nothing}
            aria-describedby=${errors.date ? `${base}-date-error` : nothing}
          />
        </label>
        <label>
          <span>${this.msg('action-plan.value', { unit: this.#plain(indicator.unit) })}</span>
          <input
            type="text"
            inputmode="decimal"
            name="value"
            id=${`${base}-value`}
            data-field="value"
            autocomplete="off"
            aria-invalid=${errors.value ? 'true' : nothing}
            aria-describedby=${errors.value ? `${base}-value-error` : nothing}
          />
        </label>
        <button type="submit">${this.msg('action-plan.add')}</button>
        ${
          errors.date
            ? html`<p class="error" id=${`${base}-date-error`}>${errors.date}</p>`
            : nothing
        }
        ${
          errors.value
            ? html`<p class="error" id=${`${base}-value-error`}>${errors.value}</p>`
            : nothing
        }
      </fieldset>
    </form>`;
  }

  #addMeasurement(
    event: SubmitEvent,
    plan: ActionPlan,
    measure: Measure,
    indicator: Indicator,
    key: string,
  ): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const dateInput = form.querySelector<HTMLInputElement>('[data-field="date"]')!;
    const valueInput = form.querySelector<HTMLInputElement>('[data-field="value"]')!;
    const start = maxDay(measure.start, plan.period.start);
    const date = dateInput.value;
    const value = parseNumber(valueInput.value);
    const errors: FormErrors = {};
    if (!isDay(date) || date < start || date > plan.period.end) {
      errors.date = this.msg('action-plan.errorDate', {
        start: this.#date(start),
        end: this.#date(plan.period.end),
      });
    }
    if (value === undefined) errors.value = this.msg('action-plan.errorValue');
    if (errors.date || errors.value) {
      this.#errors.set(key, errors);
      // The first invalid field of this form gets the focus, its error read with it.
      const base = `m-${plan.measures.indexOf(measure)}-${measure.indicators.indexOf(indicator)}`;
      this.#focusError = `${base}-${errors.date ? 'date' : 'value'}`;
      this.requestUpdate();
      return;
    }
    this.#errors.delete(key);
    indicator.measurements = [...indicator.measurements, { date, value: value! }];
    this.emit('ck-measurement-add', {
      measure: measure.id,
      indicator: indicator.id,
      date,
      value: value!,
    });
    this.#announcement = this.msg('action-plan.measurementAdded', {
      value: this.#number(value!),
      indicator: this.#plain(indicator.title),
      date: this.#date(date),
    });
    form.reset();
    this.#reviewShown();
    this.requestUpdate();
  }

  /** A bar per measure over the plan's period, and a line for the day reviewed. */
  #renderTimeline(plan: ActionPlan, measures: Measure[]) {
    const span = Math.max(1, daysBetween(plan.period.start, plan.period.end));
    const at = (day: string) =>
      Math.min(100, Math.max(0, (daysBetween(plan.period.start, day) / span) * 100));
    const today = this.#review!.today;
    const rtl = this.getAttribute('dir') === 'rtl';
    const late = new Set(this.#review!.late.map((l) => l.measure));
    return html`<div part="timeline" class="timeline" aria-hidden="true">
      <p class="timeline-heading">
        <span>${this.#date(plan.period.start)}</span>
        <span>${this.#date(plan.period.end)}</span>
      </p>
      <ol>
        ${measures.map((m) => {
          const x = at(m.start);
          const width = Math.max(0.5, at(m.end) - x);
          const state = late.has(m.id) ? 'late' : m.status;
          return html`<li data-bar=${m.id}>
            <span class="bar-label">${this.#plain(m.title)}</span>
            <svg class="track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              <g transform=${rtl ? 'matrix(-1 0 0 1 100 0)' : nothing}>
                <rect class="rail" x="0" y="4" width="100" height="2"></rect>
                ${svg`<rect class=${`bar ${state}`} x=${x} y="1" width=${width} height="8"></rect>`}
                ${svg`<line class="today" x1=${at(today)} x2=${at(today)} y1="0" y2="10"></line>`}
              </g>
            </svg>
          </li>`;
        })}
      </ol>
    </div>`;
  }
}

/** The latest measurement by date; on a tie, the later one in the list. */
function latestOf(indicator: Indicator): Indicator['measurements'][number] | undefined {
  let latest: Indicator['measurements'][number] | undefined;
  for (const m of indicator.measurements) if (!latest || m.date >= latest.date) latest = m;
  return latest;
}

const maxDay = (a: string, b: string) => (a > b ? a : b);

/** A typed number: `12`, `-3.5` or `3,5` (a decimal comma); `undefined` for anything else. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(trimmed)) return undefined;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

function isPlan(value: unknown): value is ActionPlan {
  if (typeof value !== 'object' || value === null) return false;
  const plan = value as Partial<ActionPlan>;
  return (
    Array.isArray(plan.goals) &&
    Array.isArray(plan.measures) &&
    typeof plan.period === 'object' &&
    plan.period !== null &&
    isDay(plan.period.start) &&
    isDay(plan.period.end) &&
    plan.measures.every(
      (m) =>
        typeof m === 'object' &&
        m !== null &&
        Array.isArray(m.indicators) &&
        Array.isArray(m.partners) &&
        isDay(m.start) &&
        isDay(m.end),
    ) &&
    plan.goals.every((g) => typeof g === 'object' && g !== null && Array.isArray(g.needs))
  );
}

function isNetwork(value: unknown): value is Network {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as Network).stakeholders) &&
    Array.isArray((value as Network).cooperations)
  );
}

function isNeeds(value: unknown): value is ReviewNeeds {
  return (
    typeof value === 'object' && value !== null && Array.isArray((value as ReviewNeeds).priorities)
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-action-plan': CkActionPlan;
  }
}
