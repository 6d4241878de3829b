import { html, nothing, type PropertyValues } from 'lit';
import type { Issue, NeedsStudy, ParticipantGroup, VopiLevel } from '@competence-kit/schemas';
import type { NeedsReport } from '@competence-kit/needs-analysis';
import { CkElement } from '../../internal/ck-element.js';
import { numberFormat } from '../../internal/format.js';
import { directionOf } from '../../internal/lang.js';
import { hostTokens, sharedStyles } from '../../styles/shared.js';
import { filterReport, findingGroups, type FilteredReport } from './needs-report.filter.js';
import {
  renderGroupResults,
  renderLevels,
  renderMethods,
  renderPriorities,
  renderRecommendations,
  type SectionContext,
} from './needs-report.sections.js';
import { styles } from './needs-report.styles.js';

/**
 * The needs report of a territory, from `buildNeedsReport()` of
 * `@competence-kit/needs-analysis`, with the content of its HTML rendering (summary, methods
 * and participation, strengths and weaknesses per VOPI level, prioritised training needs with
 * what each rests on, staff results by role under the anonymity rules, recommendations) and
 * filters by VOPI level and, given the `study`, by participant group. The report is in its own
 * language (`report.locale`); the filters in the element's.
 *
 * @summary A territory's needs report, filterable by VOPI level and participant group.
 *
 * @example
 * ```html
 * <ck-needs-report vopi-level="personnel"></ck-needs-report>
 * <script type="module">
 *   import '@competence-kit/elements/define/needs-report';
 *   const element = document.querySelector('ck-needs-report');
 *   element.report = buildNeedsReport(study, framework, 'it', { instruments });
 *   element.study = study; // enables the participant-group filter
 * </script>
 * ```
 *
 * @event ck-data-error - `report` is not a needs report, or `vopi-level` / `participant-group` names no level or group of it; the filter is ignored.
 *
 * @csspart base - The whole element.
 * @csspart filters - The filters and the count of what they leave.
 * @csspart report - The report.
 *
 * @cssproperty --ck-color-surface-subtle - Table headers and the filters.
 * @cssproperty --ck-color-warning - The edge of the notice on synthetic data.
 * @cssproperty --ck-color-text - Text.
 * @cssproperty --ck-color-text-muted - Cells hidden for anonymity, and explanations.
 * @cssproperty --ck-color-border - Table rules.
 */
export class CkNeedsReport extends CkElement {
  static override properties = {
    report: { attribute: false },
    study: { attribute: false },
    vopiLevel: { attribute: 'vopi-level', reflect: true },
    participantGroup: { attribute: 'participant-group', reflect: true },
  };

  static override styles = [hostTokens, sharedStyles, styles];

  /** The report, from `buildNeedsReport()` of `@competence-kit/needs-analysis`. */
  declare report: NeedsReport | undefined;

  /**
   * The needs study the report was built from. It says which participant groups each finding
   * comes from; without it there is no participant-group filter.
   */
  declare study: NeedsStudy | undefined;

  /** Show only this VOPI level (`organisation`, `services-and-access`, `personnel`, `cooperation`); empty for all. */
  declare vopiLevel: VopiLevel | '';

  /** Show only what this participant group raised (`staff`, `third-country-nationals`, `ngos`, `migrant-organisations`, `stakeholders`); empty for all. */
  declare participantGroup: ParticipantGroup | '';

  #groups: Map<string, Set<ParticipantGroup>> | undefined;
  #valid = false;

  constructor() {
    super();
    this.report = undefined;
    this.study = undefined;
    this.vopiLevel = '';
    this.participantGroup = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('study')) this.#groups = this.study ? findingGroups(this.study) : undefined;
    const { report } = this;
    if (changed.has('report')) {
      this.#valid =
        typeof report === 'object' &&
        report !== null &&
        Array.isArray(report.levels) &&
        Array.isArray(report.priorities) &&
        typeof report.messages === 'object';
      if (report !== undefined && !this.#valid) {
        this.emit('ck-data-error', {
          issues: [
            {
              path: '/report',
              code: 'invalid-type',
              message:
                'Expected the result of buildNeedsReport() from @competence-kit/needs-analysis.',
            },
          ],
        });
      }
    }
    if (!report || !this.#valid) return;
    const issues: Issue[] = [];
    if (
      (changed.has('vopiLevel') || changed.has('report')) &&
      this.vopiLevel &&
      !report.levels.some((l) => l.level === this.vopiLevel)
    ) {
      issues.push({
        path: '/vopiLevel',
        code: 'unknown-reference',
        message: `"${this.vopiLevel}" is not a VOPI level of the report; expected one of ${report.levels.map((l) => l.level).join(', ')}.`,
      });
    }
    if (
      (changed.has('participantGroup') || changed.has('report')) &&
      this.participantGroup &&
      !(this.participantGroup in report.messages.groups)
    ) {
      issues.push({
        path: '/participantGroup',
        code: 'unknown-reference',
        message: `"${this.participantGroup}" is not a participant group; expected one of ${Object.keys(report.messages.groups).join(', ')}.`,
      });
    }
    if (issues.length > 0) this.emit('ck-data-error', { issues });
  }

  /** The filter in force: values that name nothing in the report are left out. */
  #filtered(report: NeedsReport): FilteredReport {
    const level = report.levels.some((l) => l.level === this.vopiLevel) ? this.vopiLevel : '';
    const group =
      this.#groups && this.participantGroup in report.messages.groups ? this.participantGroup : '';
    return filterReport(report, { level, group }, this.#groups);
  }

  protected override render() {
    const { report } = this;
    const messageLang = this.langFor(this.messageLocale);
    if (!report || !this.#valid) {
      return html`<div part="base" class="needs-report" lang=${messageLang}>
        <p>${this.msg('common.notAvailable')}</p>
      </div>`;
    }
    const m = report.messages;
    const reportLocale = report.messagesLocale;
    const reportLang = this.langFor(reportLocale);
    const filtered = this.#filtered(report);
    const percent = numberFormat(reportLocale, { style: 'percent', maximumFractionDigits: 0 });
    const decimal = numberFormat(reportLocale, { maximumFractionDigits: 2 });
    const ctx: SectionContext = {
      report,
      percent: (v) => percent.format(v),
      decimal: (v) => decimal.format(v),
      msg: (key, ...params) => this.msg(key, ...params),
      ownLang: reportLang === nothing ? messageLang : this.messageLocale,
      englishLang: (reportLang === nothing ? this.locale : reportLocale).startsWith('en')
        ? nothing
        : 'en',
    };
    return html`<div part="base" class="needs-report">
      ${this.#renderFilters(report, filtered, reportLang)}
      <article
        part="report"
        class="report"
        lang=${reportLang}
        dir=${reportLang === nothing ? nothing : directionOf(reportLocale)}
      >
        <h2>${report.title}</h2>
        ${report.synthetic ? html`<p class="notice">${m.synthetic}</p>` : nothing}
        <p>${m.period(report.period.start, report.period.end)}</p>
        <section aria-labelledby="summary">
          <h3 id="summary">${m.summary}</h3>
          <p>${report.summary}</p>
        </section>
        ${renderMethods(ctx)} ${renderLevels(ctx, filtered)} ${renderPriorities(ctx, filtered)}
        ${renderGroupResults(ctx)} ${renderRecommendations(ctx, filtered)}
      </article>
    </div>`;
  }

  #renderFilters(
    report: NeedsReport,
    filtered: FilteredReport,
    reportLang: string | typeof nothing,
  ) {
    const groups = [
      ...new Set([
        ...report.participation.byGroup.map((g) => g.group),
        ...report.participation.questionnaires.map((q) => q.group),
      ]),
    ];
    return html`<div part="filters" class="filters" lang=${this.langFor(this.messageLocale)}>
      <label>
        <span>${this.msg('needs-report.level')}</span>
        <select
          @change=${(e: Event) => (this.vopiLevel = (e.target as HTMLSelectElement).value as VopiLevel | '')}
        >
          <option value="" ?selected=${this.vopiLevel === ''}>
            ${this.msg('needs-report.allLevels')}
          </option>
          ${report.levels.map(
            (l) =>
              html`<option
                value=${l.level}
                ?selected=${this.vopiLevel === l.level}
                lang=${reportLang}
              >
                ${l.title}
              </option>`,
          )}
        </select>
      </label>
      ${
        this.#groups
          ? html`<label>
              <span>${this.msg('needs-report.group')}</span>
              <select
                @change=${(e: Event) =>
                  (this.participantGroup = (e.target as HTMLSelectElement).value as
                    ParticipantGroup | '')}
              >
                <option value="" ?selected=${this.participantGroup === ''}>
                  ${this.msg('needs-report.allGroups')}
                </option>
                ${groups.map(
                  (g) =>
                    html`<option
                      value=${g}
                      ?selected=${this.participantGroup === g}
                      lang=${reportLang}
                    >
                      ${report.messages.groups[g]}
                    </option>`,
                )}
              </select>
            </label>`
          : nothing
      }
      <p class="status" role="status">
        ${this.msg('needs-report.shown', {
          findings: filtered.findingCount,
          needs: filtered.priorities.length,
        })}
      </p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-needs-report': CkNeedsReport;
  }
}
